import '@testing-library/jest-dom'

// Content warnings are part of what tests assert; keep the rest of the output quiet.
process.env.LOG_QUIET = '1'

// Unit suites share two cores with the e2e suites' servers and browsers; Jest's default 5 s is too tight
// there (testTimeout is not a per-project option).
jest.setTimeout(30_000)
