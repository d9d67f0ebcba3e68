/** Jest: pure logic and adapters in node, the task pane in jsdom (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-mock requires office-addin-manifest, which requires ESM-only packages (uuid,
    // strip-bom); jest on Node 20 cannot require ESM, so those few are compiled to CommonJS.
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["^(?!.*/node_modules/(uuid|strip-bom)/).*/node_modules/"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
};
