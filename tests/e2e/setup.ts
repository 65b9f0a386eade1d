// End-to-end tests start servers and browsers; give them room (testTimeout is not a per-project option).
jest.setTimeout(120_000)
