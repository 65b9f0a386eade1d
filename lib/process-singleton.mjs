// @ts-check
/**
 * One value per server process, shared by every bundle Next.js makes of this code (the proxy, route handlers
 * and pages each get their own copy of a module, so a module-level variable would exist several times, but
 * they share one globalThis). `Symbol.for` gives every copy the same key. The first caller creates the value.
 * Plain JavaScript, so that the shared cache handler (which Next.js loads outside the bundler) uses it too.
 */

/** @param {string} name */
const keyOf = (name) => Symbol.for(`open-medical-encyclopedia.${name}`)
const store = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))

/**
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
export function processSingleton(name, create) {
  const key = keyOf(name)
  if (!(key in store)) store[key] = create()
  return /** @type {T} */ (store[key])
}

/**
 * The value of `name` if some code made it, without making it (for code that only uses what another part
 * of the server set up).
 * @template T
 * @param {string} name
 * @returns {T | undefined}
 */
export function existingProcessValue(name) {
  return /** @type {T | undefined} */ (store[keyOf(name)])
}
