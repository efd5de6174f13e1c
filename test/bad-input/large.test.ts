import { runEstimate } from "../../src/workbook/commands/estimate";
import { runRestore } from "../../src/workbook/safety/restore";
import { bookOf, differences, everyCell, reopen } from "../safety/workbookCells";
import { HEADER, INFO, problems, runOn, workbookOf } from "./kit";

// A province-sized workbook written and read back: slow on a shared machine. The test asserts behaviour, never time.
jest.setTimeout(300_000);

const KINDS: [string, string, number, number | null][] = [
  ["Hội nghị", "cuộc", 2, 60],
  ["Băng rôn", "cái", 40, null],
  ["Tập huấn", "lớp", 1, 40],
  ["Truyền hình", "phóng sự", 6, null],
  ["In ấn tài liệu", "cuốn", 500, null],
];

function bigPlan(n: number) {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const [kind, unit, quantity, people] = KINDS[i % KINDS.length];
    rows.push([
      String(i + 1),
      `Hoạt động ${i + 1}: ${kind.toLowerCase()}`,
      kind,
      unit,
      quantity,
      people,
      people ? 1 : null,
      "Quý II - Quý IV",
      null,
    ]);
  }
  return workbookOf({ "Thông tin": INFO, "Kế hoạch": rows });
}

describe("bad input: the size of a province's plan", () => {
  test("a 5.000-row plan: every row estimated, no error, nothing else changed, and restore brings it back cell for cell", async () => {
    const o = await runOn(bigPlan(5000), runEstimate);
    // Only the conferences' and classes' meal support waits for the guests' count (the table has no such column).
    expect(problems(o.findings).filter((p) => !p.startsWith("guests-unknown@"))).toEqual([]);
    expect(o.result.estimate?.activities).toHaveLength(5000);
    const plan = o.after.getWorksheet("Kế hoạch")!;
    for (const row of [2, 2500, 5001]) expect(plan.getCell(`J${row}`).value).toEqual(expect.any(Number));
    expect(o.strayChanges).toEqual([]);

    const original = everyCell(await reopen(bigPlan(5000)));
    const book = await bookOf(o.after);
    const restored = await runRestore(book);
    expect(restored.findings).toEqual([]);
    expect(differences(original, everyCell(await reopen(book)))).toEqual([]);
  });
});
