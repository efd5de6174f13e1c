import fs from "fs";
import path from "path";
import { expectedFiles, fidelityTable, scoreAll, sameIssuer } from "./score";

/*
 * Import fidelity over real plans: the four seeds and plans written as officers
 * write them (a district UBND plan, a Sở Công Thương letter that cites its plan in
 * prose, a news item with the facts only in a sentence, a khuyến công training
 * plan, a plan with a table of activities, a 2025 plan with a two-column head).
 * The expected files say what a careful officer reads in each text; where the
 * import differs, the import is wrong. The README states the figure.
 */

const scores = scoreAll();
const right = scores.reduce((n, s) => n + s.right, 0);
const counted = scores.reduce((n, s) => n + s.counted, 0);

describe("import fidelity", () => {
  it("reads at least 90 % of the facts of real plans right", () => {
    // The table is the report: per plan, then the total and each miss.
    console.log(fidelityTable(scores));
    expect(right / counted).toBeGreaterThanOrEqual(0.9);
  });

  it("measures every seed and at least five plans of its own", () => {
    const seeds = fs.readdirSync(path.join(__dirname, "..", "fixtures", "seeds")).filter((f) => f.endsWith(".txt"));
    const files = expectedFiles();
    for (const seed of seeds) expect(files).toContain(seed.replace(/\.txt$/, ".json"));
    expect(files.length - seeds.length).toBeGreaterThanOrEqual(5);
  });

  it("states the figure the README gives", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    expect(readme).toContain(`${right}/${counted} facts`);
  });

  it("compares issuers by name, with or without the province", () => {
    expect(sameIssuer("Sở Công Thương tỉnh Trà Vinh", "Sở Công Thương", "Trà Vinh")).toBe(true);
    expect(sameIssuer("UBND tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", "Đồng Nai")).toBe(true);
    expect(sameIssuer("Sở Công Thương tỉnh Bình Định", "Sở Công Thương đã", "Bình Định")).toBe(false);
    expect(sameIssuer("UBND huyện Krông Pắc", "UBND tỉnh Đắk Lắk", "Đắk Lắk")).toBe(false);
  });
});
