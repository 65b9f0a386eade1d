import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

// Packages published only as ES modules: Jest on Node 20 must transform them (see STACK-NOTES).
const ESM_PACKAGES = ['@portabletext', 'next-sanity', 'sanity', '@sanity', 'groq', 'nanoid', 'get-it', 'rxjs']

const common = {
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/.build/'],
  modulePathIgnorePatterns: ['<rootDir>/.build/', '<rootDir>/.next/'],
}

/** next/jest only appends to transformIgnorePatterns; replace them so the ESM packages get transformed. */
async function project(config) {
  const resolved = await createJestConfig({ ...common, ...config })()
  resolved.transformIgnorePatterns = [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)(?!.*/node_modules/)`]
  return resolved
}

export default async function jestConfig() {
  return {
    projects: [
      await project({
        displayName: 'unit',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/{unit,content,components,routes,studio,scripts}/**/*.test.{ts,tsx}'],
        setupFilesAfterEnv: ['<rootDir>/tests/support/setup-unit.ts'],
      }),
      await project({
        displayName: 'e2e',
        testEnvironment: 'node',
        testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
        globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
        setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.ts'],
      }),
    ],
  }
}
