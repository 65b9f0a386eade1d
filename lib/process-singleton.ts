/**
 * One value per server process, shared by every bundle Next.js makes of this code (the proxy, route handlers
 * and pages each get their own copy of a module, so a module-level variable would exist several times, but
 * they share one globalThis). `Symbol.for` gives every copy the same key. The first caller creates the value.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, unknown>
  const key = Symbol.for(`open-medical-encyclopedia.${name}`)
  if (!(key in store)) store[key] = create()
  return store[key] as T
}
