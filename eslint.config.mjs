// ESLint flat config for `npm run lint` (office-addin-lint picks up this file). Works offline.
// Office add-in rules (load/sync discipline) from eslint-plugin-office-addins, parsed as TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "out/**", "coverage/**", "node_modules/**", "docs/**", "tests/artifacts/**"] },
  ...officeAddins.configs.recommended,
  // Directives written for rules a stricter editor setup enables are not errors here.
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  {
    files: ["**/*.{ts,mts,cts,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.worker, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      // TypeScript checks names and types itself (npm run typecheck); the JS rule misreads type-only names.
      "no-undef": "off",
      "no-redeclare": "off",
      // Formatting is left to each editor's Prettier run; lint reports code problems only.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The load/sync rules are about Office.js proxies; elsewhere (ExcelJS in the CLI and workbook tests,
    // the fake host and its tests, the pure engine) the same property names are plain objects.
    files: ["src/core/**", "src/cli/**", "tests/**", "bench/**", "scripts/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
