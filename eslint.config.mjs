import next from "eslint-config-next";

const config = [
  { ignores: ["lib/db/generated/**", ".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "tests/.artifacts/**"] },
  ...next,
  // Playwright fixtures take a `use` callback that is not a React hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
