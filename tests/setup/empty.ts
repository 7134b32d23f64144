// Stands in for the "server-only" package in tests: vitest does not run with
// the react-server condition, and lib code is server code anyway.
export {};
