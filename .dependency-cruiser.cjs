/**
 * dependency-cruiser's rules for src/ (`npm run lint:deps`; test/architecture/cycles.test.ts
 * runs the same check in `npm test`). Tests (*.test.ts[x]) are left out: they are leaves, and
 * test helpers live in test/, never in src/.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A module must not reach itself again through its imports, type-only imports included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-folders",
      comment: "Folders must not import each other both ways (e.g. the task pane and the playground).",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-code-in-src",
      comment: "The product does not import test helpers or test libraries: those live in test/.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: ["^test/", "node_modules/(@testing-library|jest|@jest|ts-jest|fast-check)/"] },
    },
  ],
  options: {
    exclude: { path: "\\.test\\.tsx?$" },
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
