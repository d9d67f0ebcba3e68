// Lint: TypeScript, the Office add-in rules of eslint-plugin-office-addins (the rules office-addin-lint
// enables), prettier, React hooks, and the layering of the architecture note: imports point one way, down.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// Tests and test helpers of a layer may use the workbench's sample pipeline as a fixture (and nothing
// else of the workbench).
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"];
const SAMPLE = "!**/workbench/samplePipeline";
const restrict = (forbidden, message, allowSample) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: forbidden.map((group) => ({
        group: allowSample && group === "**/workbench/**" ? [group, SAMPLE] : [group],
        message,
      })),
    },
  ],
});
const layer = (files, forbidden, message, ignores = []) => [
  { files, ignores: [...ignores, ...TEST_FILES], rules: restrict(forbidden, message, false) },
  { files: files.flatMap((f) => TEST_FILES.map((t) => `${f.replace(/\/\*\*$/, "")}/${t}`)), ignores, rules: restrict(forbidden, message, true) },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier, "react-hooks": reactHooks },
    languageOptions: { ecmaVersion: "latest", sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": ["error", { endOfLine: "auto", printWidth: 110 }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  ...layer(
    ["src/core/**"],
    ["**/functions/**", "**/excel/**", "**/taskpane/**", "**/workbench/**", "react", "react-dom", "@fluentui/*"],
    "src/core is pure TypeScript: it imports nothing from the other layers, React or Fluent.",
  ),
  ...layer(
    ["src/functions/**"],
    ["**/excel/**", "**/taskpane/**", "**/workbench/**", "react", "react-dom", "@fluentui/*"],
    "src/functions imports only src/core.",
  ),
  ...layer(
    ["src/excel/**"],
    ["**/functions/**", "**/taskpane/**", "**/workbench/**", "react", "react-dom", "@fluentui/*"],
    "src/excel imports only src/core.",
  ),
  ...layer(
    ["src/taskpane/**"],
    ["**/functions/**", "**/workbench/**", "**/excel/office*"],
    "src/taskpane knows the gateway interface (src/excel/gateway), never Office.js implementations or the functions.",
    // The Office entry point is the composition root: it alone picks the Office.js gateway.
    ["src/taskpane/index.tsx"],
  ),
);
