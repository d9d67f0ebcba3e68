// Lint: TypeScript, the Office add-in rules of eslint-plugin-office-addins (the rules office-addin-lint
// enables), prettier, React hooks, and the layering of the architecture note: imports point one way, down.
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// Tests and test helpers of a layer may use the workbench's sample pipeline and its stand-in for Excel's
// custom-functions runtime as fixtures (and nothing else of the workbench).
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/testing/**"];
const WORKBENCH_BUT_FIXTURES = "(^|/)workbench/(?!(samplePipeline|engine/customFunctionsRuntime)$)";
const restrict = (forbidden, message, allowFixtures) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: forbidden.map((group) =>
        allowFixtures && group === "**/workbench/**"
          ? { regex: WORKBENCH_BUT_FIXTURES, message }
          : { group: [group], message },
      ),
    },
  ],
});
const layer = (files, forbidden, message, ignores = []) => [
  { files, ignores: [...ignores, ...TEST_FILES], rules: restrict(forbidden, message, false) },
  {
    files: files.flatMap((f) => TEST_FILES.map((t) => `${f.replace(/\/\*\*$/, "")}/${t}`)),
    ignores,
    rules: restrict(forbidden, message, true),
  },
];

// Where an import points, resolved against the importing file, so the rules below do not depend on how
// many "../" a path has: outside a core folder only its index is imported (`core/stages`, never
// `core/stages/stageList`; a test may use another folder's `testing/` helpers), and production code
// (not a test, not a testing/ helper, not under test/) imports no `testing/` module.
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SRC_CORE = path.join(ROOT, "src", "core");
const repoParts = (file) => path.relative(ROOT, file).split(path.sep);
const isTestFile = (file) =>
  /\.test\.tsx?$/.test(file) || repoParts(file).includes("testing") || repoParts(file)[0] === "test";
const coreFolderOf = (file) => {
  const rest = path.relative(SRC_CORE, file);
  return rest.startsWith("..") || path.isAbsolute(rest) ? undefined : rest.split(path.sep);
};
const importProblem = (file, specifier) => {
  if (!specifier.startsWith(".")) return undefined;
  const target = path.resolve(path.dirname(file), specifier);
  if (repoParts(target).includes("testing") && !isTestFile(file))
    return `Production code imports no testing/ module ("${specifier}").`;
  const into = coreFolderOf(target);
  const from = coreFolderOf(file);
  if (!into || into.length < 2 || (into.length === 2 && into[1] === "index")) return undefined;
  if (from && from.length > 1 && from[0] === into[0]) return undefined;
  if (into[1] === "testing" && isTestFile(file)) return undefined;
  return `Import src/core/${into[0]} through its index ("…/core/${into[0]}"), not "${specifier}".`;
};
const coreBoundaries = {
  meta: { type: "problem", schema: [] },
  create(context) {
    const check = (node) => {
      if (node?.type !== "Literal" || typeof node.value !== "string") return;
      const problem = importProblem(context.filename, node.value);
      if (problem) context.report({ node, message: problem });
    };
    const callee = (node) =>
      node.type === "Identifier"
        ? node.name
        : node.type === "MemberExpression"
          ? `${callee(node.object)}.${node.property.name}`
          : "";
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        if (["require", "jest.mock", "jest.requireActual", "jest.doMock"].includes(callee(node.callee)))
          check(node.arguments[0]);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, prettier, "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
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
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { funnel: { rules: { "core-boundaries": coreBoundaries } } },
    rules: { "funnel/core-boundaries": "error" },
  },
  ...layer(
    ["src/core/**"],
    [
      "**/functions/**",
      "**/excel/**",
      "**/taskpane/**",
      "**/workbench/**",
      "react",
      "react-dom",
      "@fluentui/*",
    ],
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
