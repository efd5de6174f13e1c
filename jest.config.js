/** Unit and integration tests: the core, the workbook port, both adapters, the CLI. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testMatch: ["<rootDir>/src/**/*.test.ts?(x)", "<rootDir>/test/**/*.test.ts?(x)"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  moduleNameMapper: { "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js" },
};
