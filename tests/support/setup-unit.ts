import '@testing-library/jest-dom'

// Content warnings are part of what tests assert; keep the rest of the output quiet.
process.env.LOG_QUIET = '1'
