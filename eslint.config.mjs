import next from "eslint-config-next";

// Links come from components/ui/link: no prefetch unless a link asks for it (decision 031).
const GEEN_NEXT_LINK = {
  name: "next/link",
  message: "Gebruik Link uit @/components/ui/link: die prefetcht niet vanzelf (decision 031).",
};

const config = [
  { ignores: ["lib/db/generated/**", ".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "tests/.artifacts/**"] },
  ...next,
  // The layers (DESIGN.md): app → components → lib, never back. lib/ never
  // imports a route or a component; components never touch the database and get
  // their data through props (enum types only, from the generated enums).
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/generated/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
              message: "lib/ importeert nooit uit app/ of components/: de afhankelijkheid loopt app → components → lib.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [GEEN_NEXT_LINK] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [GEEN_NEXT_LINK],
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)lib/db(/(?!generated/enums$).*)?$",
              message: "Components lezen de database niet: geef de gegevens mee als props (de route laadt ze via lib/<module>/queries).",
            },
            {
              regex: "^(@/|(\\.\\./)+)lib/db/generated/enums$",
              allowTypeImports: true,
              message: "Uit de gegenereerde enums alleen `import type`; labels en keuzelijsten staan in lib/<module>/labels.",
            },
          ],
        },
      ],
    },
  },
  // Playwright fixtures take a `use` callback that is not a React hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
