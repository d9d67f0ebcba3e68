/** Jest: pure logic and adapters in node, the task pane in jsdom (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // The task pane's tests drive whole views (user events, lazy chunks); on a busy 2-core machine one can take
  // several seconds, which is no sign of a fault.
  testTimeout: 20_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // ESM-only packages that jest on Node 20 cannot require are compiled to CommonJS: uuid and strip-bom
    // (office-addin-mock → office-addin-manifest), and the d3 modules behind @fluentui/react-charts.
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["^(?!.*/node_modules/(uuid|strip-bom|d3-[^/]+|internmap|delaunator|robust-predicates)/).*/node_modules/"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
};
