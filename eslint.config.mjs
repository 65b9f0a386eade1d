import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.build/**',
    'node_modules/**',
    'bench/out/**',
    'dist/**',
    'next-env.d.ts',
    'coverage/**',
  ]),
  {
    rules: {
      // `any` needs a comment saying why: an eslint-disable line with its reason.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
])
