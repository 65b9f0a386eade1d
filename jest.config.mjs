import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

// Packages published only as ES modules: Jest runs tests as CommonJS, so it must transform them. A new ESM-only
// dependency fails with "Cannot use import statement outside a module" until it is listed here.
const ESM_PACKAGES = [
  ...[
    '@portabletext',
    'next-sanity',
    'sanity',
    '@sanity',
    'groq',
    'nanoid',
    'get-it',
    'rxjs',
    'eventsource',
    'eventsource-parser',
  ],
  // ESM-only dependencies (some nested) of `sanity` itself, loaded by tests/studio.
  ...[
    'react-rx',
    'ui5',
    'is-network-error',
    'lodash-es',
    'quick-lru',
    '@mdit/plugin-alert',
    'arrify',
    'leven',
    'groq-js',
    'obug',
    'uuid',
  ],
]

const common = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/.build/'],
  modulePathIgnorePatterns: ['<rootDir>/.build/', '<rootDir>/.next/'],
}

/** next/jest only appends to transformIgnorePatterns; replace them so the ESM packages get transformed. */
async function project(config, { rewriteImportMeta = false } = {}) {
  const resolved = await createJestConfig({ ...common, ...config })()
  resolved.transformIgnorePatterns = [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)(?!.*/node_modules/)`]
  if (rewriteImportMeta) wrapTransformer(resolved)
  return resolved
}

/**
 * Tests that import `sanity` itself (tests/studio: schema and document validation) need its `import.meta`
 * rewritten before SWC runs; tests/support/import-meta-transformer.cjs wraps next/jest's transformer for that.
 */
function wrapTransformer(resolved) {
  const [pattern, entry] = Object.entries(resolved.transform).find(([, t]) =>
    String(Array.isArray(t) ? t[0] : t).includes('jest-transformer'),
  )
  const [inner, innerOptions] = Array.isArray(entry) ? entry : [entry, {}]
  resolved.transform[pattern] = ['<rootDir>/tests/support/import-meta-transformer.cjs', { inner, innerOptions }]
}

export default async function jestConfig() {
  return {
    projects: [
      await project(
        {
          displayName: 'unit',
          testEnvironment: 'node',
          testMatch: ['<rootDir>/tests/{unit,content,components,routes,studio,scripts}/**/*.test.{ts,tsx}'],
          setupFilesAfterEnv: ['<rootDir>/tests/support/setup-unit.ts'],
        },
        { rewriteImportMeta: true },
      ),
      await project({
        displayName: 'e2e',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
        testPathIgnorePatterns: [...common.testPathIgnorePatterns, '/tests/e2e/lighthouse.test.ts'],
        globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
        setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts'],
      }),
      // Lighthouse times the page's main-thread work, so it runs on its own (`npm test` starts it after the
      // other projects): sharing the two cores with other suites costs the entry page its performance score.
      await project({
        displayName: 'lighthouse',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/e2e/lighthouse.test.ts'],
        globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
        setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts'],
      }),
    ],
  }
}
