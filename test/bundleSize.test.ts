import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pageScripts, taskpaneBundleSize, BUDGET_BYTES } = require("../scripts/bundle-size") as {
  pageScripts(html: string): string[];
  taskpaneBundleSize(dist: string): { files: { file: string; gzipBytes: number }[]; gzipBytes: number; withinBudget: boolean };
  BUDGET_BYTES: number;
};

describe("the task pane's initial JavaScript size (scripts/bundle-size.js)", () => {
  it("counts the page's own scripts, quoted or not, and leaves out office.js from the CDN", () => {
    const html = `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.1a2b.js></script><script src="vendor.js?v=1"></script><script src='./x.js'></script>`;
    expect(pageScripts(html)).toEqual(["taskpane.1a2b.js", "vendor.js", "x.js"]);
  });

  it("sums the gzipped sizes of a built page's scripts against the 250 KB budget", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    const code = "export const x = 1;\n".repeat(1000);
    fs.writeFileSync(path.join(dist, "taskpane.js"), code);
    fs.writeFileSync(path.join(dist, "taskpane.html"), `<script defer src=taskpane.js></script>`);
    const report = taskpaneBundleSize(dist);
    expect(report.files.map((f) => f.file)).toEqual(["taskpane.js"]);
    expect(report.gzipBytes).toBe(zlib.gzipSync(Buffer.from(code), { level: 9 }).length);
    expect(report.withinBudget).toBe(true);
    expect(BUDGET_BYTES).toBe(250_000);
    fs.rmSync(dist, { recursive: true });
  });
});
