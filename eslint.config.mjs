// office-addin-lint's configuration (Office add-in rules and prettier), plus the
// globals office.js defines and the files that are not the add-in's source.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { Excel: "readonly", Office: "readonly", OfficeExtension: "readonly" },
    },
  },
  // The base rules misread type-only names and declaration merging; TypeScript checks these.
  { files: ["**/*.ts", "**/*.tsx"], rules: { "no-undef": "off", "no-unused-vars": "off", "no-redeclare": "off" } },
  // The Office.js rules (load before read, sync before read) are for Office proxies:
  // off where the objects are ExcelJS cells or the in-memory workbook.
  {
    ignores: ["src/office/**", "src/taskpane/**", "src/commands/**"],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])),
  },
];
