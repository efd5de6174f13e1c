import fs from "fs";
import path from "path";
import { CHECKS, runChecks } from ".";
import { activity, input, plan } from "../../../test/checks/kit";

describe("the checks together", () => {
  it("runs every check file of this folder, each with its own test", () => {
    const files = fs.readdirSync(__dirname);
    const checkFiles = files.filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && fs.readFileSync(path.join(__dirname, f), "utf8").includes(": Check ="),
    );
    expect(checkFiles.length).toBe(CHECKS.length);
    for (const f of checkFiles) expect(files).toContain(f.replace(/\.ts$/, ".test.ts"));
  });

  it("never changes the plan it reads", () => {
    const p = plan([
      activity({ row: 3, kind: "banner", quantity: "4", stated: "1", timing: "Quý IV", quarters: ["5", undefined, undefined, undefined] }),
    ]);
    const before = JSON.stringify(p);
    runChecks(input(p));
    expect(JSON.stringify(p)).toBe(before);
  });
});
