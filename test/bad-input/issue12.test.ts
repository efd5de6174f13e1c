/**
 * Issue 12, through the command line on real .xlsx files an officer could have
 * made: no crash whatever the used range, nothing dropped silently, every "wrote"
 * true, a sheet the user made never replaced without asking, and a save that
 * fails leaving the original byte for byte. Each case names the cell it is about.
 * The other classes (restore keeping the officer's typing, the add-in's
 * own sheets, tampered state, kills mid-save, parts of the package) have their
 * tests in test/safety and test/xlsx.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../../src/cli/io";
import type { Finding } from "../../src/core/findings/finding";
import type { SaveFs } from "../../src/xlsx/atomicSave";
import { dutoanIn } from "../support/cli";
import { differences, everyCell, stateDocument } from "../safety/workbookCells";
import { HEADER, INFO, bannerRow, codes, planOf, workbookOf } from "./kit";

// Real workbooks written, run through the command line and read back: slow on a shared machine. The tests assert behaviour, never time.
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-issue12-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const dutoan = dutoanIn(() => dir);

async function fileOf(wb: ExcelJS.Workbook, name = "plan.xlsx"): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function open(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, name));
  return wb;
}

const cellsOf = (cells: Map<string, string>, sheet: string) => new Map([...cells].filter(([k]) => k.startsWith(`${sheet}!`)));
const findingsOf = (stdout: string): Finding[] => JSON.parse(stdout).findings;
/** Nothing printed looks like a stack trace. */
const noStack = (run: { out: string[]; err: string[] }) =>
  expect([...run.out, ...run.err].join("\n")).not.toMatch(/\n\s+at |TypeError|RangeError/);

describe("no crash, whatever the used range or the sheets' names", () => {
  test("a stray value at A200000 of Kế hoạch: estimate exits 0, the plan is priced, the stray cell stays", async () => {
    const wb = planOf([bannerRow()]);
    wb.getWorksheet("Kế hoạch")!.getCell("A200000").value = "x";
    await fileOf(wb);
    const run = await dutoan("estimate", "plan.xlsx", "--json");
    noStack(run);
    expect(run.code).toBe(EXIT.ok);
    expect(JSON.parse(run.stdout).total).toBe("6000000");
    const after = (await open("plan.xlsx")).getWorksheet("Kế hoạch")!;
    expect(after.getCell("J2").value).toBe(6000000);
    expect(after.getCell("A200000").value).toBe("x");
  });

  test("a stray value at XFD1048576: cells-not-read names it, the plan is priced, the cell stays", async () => {
    const wb = planOf([bannerRow()]);
    wb.getWorksheet("Kế hoạch")!.getCell("XFD1048576").value = "x";
    await fileOf(wb);
    const run = await dutoan("estimate", "plan.xlsx", "--json");
    noStack(run);
    expect(run.code).toBe(EXIT.ok);
    const findings = findingsOf(run.stdout);
    expect(codes(findings)).toEqual(["cells-not-read@XFD1048576"]);
    expect(findings[0]).toMatchObject({ severity: "warning", sheet: "Kế hoạch" });
    expect(findings[0].message).toContain("XFD1048576");
    expect(JSON.parse(run.stdout).total).toBe("6000000");
    expect((await open("plan.xlsx")).getWorksheet("Kế hoạch")!.getCell("XFD1048576").value).toBe("x");
  });

  test("user sheets named like the add-in's in another case (CHI TIẾT DỰ TOÁN, DỰ TOÁN, _DuToan): estimate, attachment and restore leave them as typed", async () => {
    const mine = [["của phòng kế toán"], ["ghi chú", 42]];
    const wb = planOf([bannerRow()], HEADER, { "CHI TIẾT DỰ TOÁN": mine, "DỰ TOÁN": mine, _DuToan: mine });
    await fileOf(wb);
    const before = everyCell(await open("plan.xlsx"));

    const estimate = await dutoan("estimate", "plan.xlsx", "--json");
    noStack(estimate);
    expect(estimate.code).toBe(EXIT.ok);
    expect(codes(findingsOf(estimate.stdout))).toEqual(["sheet-name-in-use@A1", "sheet-name-in-use@A1"]);
    const attachment = await dutoan("attachment", "plan.xlsx", "-o", "out.xlsx");
    noStack(attachment);
    expect(attachment.code).toBe(EXIT.ok);
    expect(attachment.stdout).toContain("wrote the sheet into out.xlsx");
    const out = await open("out.xlsx");
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "Thông tin",
      "Kế hoạch",
      "CHI TIẾT DỰ TOÁN",
      "DỰ TOÁN",
      "_DuToan",
      "Chi tiết dự toán (2)",
      "_dutoan_1",
      "Dự toán (2)",
    ]);
    for (const sheet of ["CHI TIẾT DỰ TOÁN", "DỰ TOÁN", "_DuToan"])
      expect(differences(cellsOf(before, sheet), cellsOf(everyCell(out), sheet))).toEqual([]);

    const restore = await dutoan("restore", "plan.xlsx");
    noStack(restore);
    expect(restore.code).toBe(EXIT.ok);
    expect(differences(before, everyCell(await open("plan.xlsx")))).toEqual([]);
  });

  test("a damaged _dutoan with a stray value at XFD1048576: estimate says so and starts a fresh record; restore refuses, exit 1, the file untouched", async () => {
    await fileOf(planOf([bannerRow()]));
    expect((await dutoan("estimate", "plan.xlsx")).code).toBe(EXIT.ok);
    const wb = await open("plan.xlsx");
    const state = wb.getWorksheet("_dutoan")!;
    state.getCell("A2").value = String(state.getCell("A2").value).replace("Kế hoạch", "Ke hoach");
    state.getCell("XFD1048576").value = "rác";
    await fileOf(wb);
    const bytes = fs.readFileSync(path.join(dir, "plan.xlsx"));

    const restore = await dutoan("restore", "plan.xlsx", "--json");
    noStack(restore);
    expect(restore.code).toBe(EXIT.findings);
    expect(findingsOf(restore.stdout)).toEqual([
      expect.objectContaining({ severity: "error", code: "restore-data-unreadable", sheet: "_dutoan" }),
    ]);
    expect(fs.readFileSync(path.join(dir, "plan.xlsx")).equals(bytes)).toBe(true);

    const estimate = await dutoan("estimate", "plan.xlsx", "-o", "again.xlsx", "--json");
    noStack(estimate);
    expect(findingsOf(estimate.stdout)).toContainEqual(expect.objectContaining({ code: "restore-data-unreadable", sheet: "_dutoan" }));
    expect(stateDocument((await open("again.xlsx")).getWorksheet("_dutoan")!).v).toBe(2);
  });
});

describe("nothing dropped silently", () => {
  test("rows with money or quantities but an empty Nội dung: row-without-name at each Nội dung, with the amounts; exit 1", async () => {
    await fileOf(planOf([bannerRow(), ["2", null, "Hội nghị", "cuộc", 2, 60, 1, "Quý II", 46000000], ["3", "   ", null, null, 5]]));
    const run = await dutoan("estimate", "plan.xlsx", "--json");
    expect(run.code).toBe(EXIT.findings);
    const findings = findingsOf(run.stdout).filter((f) => f.code === "row-without-name");
    expect(codes(findings)).toEqual(["row-without-name@B3", "row-without-name@B4"]);
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "Kế hoạch", amounts: { statedAmount: "46000000" } });
    expect(findings[0].message).toContain("Ô Kế hoạch!B3");
    expect(findings[0].message).toContain("46.000.000");
    expect(findings[0].messageEn).toContain("left out of the estimate");
  });

  test("a scratch sheet KH before Kế hoạch: the sheet with the plan's headers is read, and the choice is said", async () => {
    await fileOf(
      workbookOf({
        "Thông tin": INFO,
        KH: [["nháp"], ["thử", 3]],
        "Kế hoạch": [HEADER, bannerRow()],
      }),
    );
    const run = await dutoan("estimate", "plan.xlsx", "--json");
    expect(run.code).toBe(EXIT.ok);
    const chosen = findingsOf(run.stdout).find((f) => f.code === "plan-sheet-chosen")!;
    expect(chosen).toMatchObject({ severity: "info", sheet: "Kế hoạch" });
    expect(chosen.message).toContain('"KH"');
    expect(chosen.messageEn).toContain("it alone has the plan table's header row");
    expect(JSON.parse(run.stdout).total).toBe("6000000");
    const kh = (await open("plan.xlsx")).getWorksheet("KH")!;
    expect([kh.getCell("A2").value, kh.getCell("B2").value, kh.getCell("J2").value]).toEqual(["thử", 3, null]);
  });

  test("a plan in KH before an empty Kế hoạch: KH is read, because it has the headers", async () => {
    await fileOf(workbookOf({ "Thông tin": INFO, KH: [HEADER, bannerRow()], "Kế hoạch": [["để sau"]] }));
    const run = await dutoan("estimate", "plan.xlsx", "--json");
    expect(run.code).toBe(EXIT.ok);
    expect(findingsOf(run.stdout)).toContainEqual(expect.objectContaining({ code: "plan-sheet-chosen", sheet: "KH" }));
    expect((await open("plan.xlsx")).getWorksheet("KH")!.getCell("J2").value).toBe(6000000);
  });

  test("amounts beyond 15 digits: number-not-exact is an error at each cell, exit 1", async () => {
    await fileOf(planOf([bannerRow({ 4: 999999999999999 }), bannerRow({ 0: "2" })]));
    const estimate = await dutoan("estimate", "plan.xlsx", "--json");
    expect(estimate.code).toBe(EXIT.findings);
    const exact = findingsOf(estimate.stdout).filter((f) => f.code === "number-not-exact");
    expect(exact.map((f) => `${f.severity} ${f.sheet}!${f.range}`)).toEqual(
      expect.arrayContaining(["error Kế hoạch!J2", "error Chi tiết dự toán!F4"]),
    );
    expect(exact[0].message).toContain("bằng chữ");

    const attachment = await dutoan("attachment", "plan.xlsx", "-o", "out.xlsx");
    expect(attachment.code).toBe(EXIT.findings);
    expect(attachment.stdout).toMatch(/LỖI \[Dự toán!F\d+\]: Ô Dự toán!F\d+: số 5999999999999994\d+ vượt quá 15 chữ số/);
  });

  test("a round total of 10^15 đồng or more is an error too: the words stop below it", async () => {
    await fileOf(planOf([bannerRow({ 4: 1e14 }), bannerRow({ 0: "2", 4: 9e13 })]));
    const run = await dutoan("attachment", "plan.xlsx", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.stdout).toMatch(/LỖI \[Dự toán!F\d+\]: Ô Dự toán!F\d+: số 114000000000000000000 vượt quá 15 chữ số/);
  });

  test("a Nội dung over 32.767 characters: text-too-long at its cell; every cell written is within Excel's limit, the cell itself unchanged", async () => {
    const long = "Băng rôn " + "x".repeat(33_000);
    await fileOf(planOf([bannerRow({ 1: long })]));
    const run = await dutoan("estimate", "plan.xlsx", "-o", "out.xlsx", "--json");
    expect(run.code).toBe(EXIT.ok);
    const findings = findingsOf(run.stdout);
    expect(codes(findings)).toEqual(["text-too-long@B2"]);
    expect(findings[0]).toMatchObject({ severity: "warning", sheet: "Kế hoạch" });
    expect(findings[0].message).toContain("33.009 ký tự");
    const out = await open("out.xlsx");
    expect(out.getWorksheet("Kế hoạch")!.getCell("B2").value).toBe(long);
    const over: string[] = [];
    for (const ws of out.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string" && c.value.length > 32_767 && !(ws.name === "Kế hoạch" && c.address === "B2"))
            over.push(`${ws.name}!${c.address}`);
        }),
      );
    expect(over).toEqual([]);
  });
});

describe("every 'wrote' is true", () => {
  test("import of a text with no activity: nothing was written, no file is made", async () => {
    fs.writeFileSync(path.join(dir, "plan.txt"), "\n\n");
    const run = await dutoan("import", "plan.txt", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.stdout).toContain("nothing was written to out.xlsx");
    expect(run.stdout).not.toContain("wrote out.xlsx");
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  test("import into a workbook whose Kế hoạch holds data, without --force: nothing was written, the file byte for byte", async () => {
    fs.writeFileSync(path.join(dir, "plan.txt"), "1. Treo 40 băng rôn tuyên truyền, kinh phí 8.000.000 đồng, Quý II\n");
    const file = await fileOf(planOf([bannerRow()]));
    const bytes = fs.readFileSync(file);
    const run = await dutoan("import", "plan.txt", "-o", "plan.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.stdout).toContain("nothing was written to plan.xlsx");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe("a sheet the user made is replaced only when asked", () => {
  const USER_NORMS = [["Mức chi của Sở (tự lập)"], ["BR.BANGRON", "Băng rôn", "cái", 450000]];

  test("norms --write over the user's Định mức: refused, exit 1, the file byte for byte; with --force replaced, and restore brings it back", async () => {
    const file = await fileOf(planOf([bannerRow()], HEADER, { "Định mức": USER_NORMS }));
    const bytes = fs.readFileSync(file);
    const refused = await dutoan("norms", "--write", "plan.xlsx", "--date", "19/03/2020");
    expect(refused.code).toBe(EXIT.findings);
    expect(refused.err.join("\n")).toContain('Sheet "Định mức" in plan.xlsx already holds data');
    expect(refused.err.join("\n")).toContain("--force");
    expect(refused.stdout).not.toContain("wrote");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const before = everyCell(await open("plan.xlsx"));
    const forced = await dutoan("norms", "--write", "plan.xlsx", "--date", "19/03/2020", "--force");
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.stdout).toContain("wrote the sheet to plan.xlsx");
    expect((await open("plan.xlsx")).getWorksheet("Định mức")!.getCell("A1").value).toMatch(/^ĐỊNH MỨC CHI/);
    expect((await dutoan("restore", "plan.xlsx")).code).toBe(EXIT.ok);
    expect(differences(cellsOf(before, "Định mức"), cellsOf(everyCell(await open("plan.xlsx")), "Định mức"))).toEqual([]);
  });

  test("norms --learn --write over the user's Định mức: refused the same way", async () => {
    const last = new ExcelJS.Workbook();
    const ws = last.addWorksheet("Dự toán");
    ws.addRow(["STT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"]);
    ws.addRow(["1", "Thiết kế, in, treo băng rôn", "cái", 10, 550000, 5500000]);
    await fileOf(last, "last.xlsx");
    const file = await fileOf(planOf([bannerRow()], HEADER, { "Định mức": USER_NORMS }));
    const bytes = fs.readFileSync(file);
    const run = await dutoan("norms", "--learn", "last.xlsx", "--write", "plan.xlsx");
    expect(run.code).toBe(EXIT.findings);
    expect(run.err.join("\n")).toContain("already holds data");
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  test.each(["Dự toán", "DU TOAN"])(
    "attachment beside the user's own %s: written as Dự toán (2) with sheet-name-in-use; the user's sheet as typed; again, the same sheet",
    async (name) => {
      const mine = [["Dự toán tôi tự làm năm trước"], ["Băng rôn", 5500000]];
      await fileOf(planOf([bannerRow()], HEADER, { [name]: mine }));
      const before = everyCell(await open("plan.xlsx"));
      const run = await dutoan("attachment", "plan.xlsx", "-o", "out.xlsx");
      expect(run.code).toBe(EXIT.ok);
      expect(run.stdout).toContain(
        `Sheet "${name}" is the user's (the add-in did not create it), so the add-in leaves it alone and writes "Dự toán (2)"`,
      );
      expect(run.stdout).toContain('Đã ghi sheet "Dự toán (2)"');
      const out = await open("out.xlsx");
      expect(differences(cellsOf(before, name), cellsOf(everyCell(out), name))).toEqual([]);
      expect(out.getWorksheet("Dự toán (2)")!.getCell("F19").value).toBeDefined();

      const again = await dutoan("attachment", "out.xlsx", "-o", "out2.xlsx");
      expect(again.code).toBe(EXIT.ok);
      expect(again.stdout).not.toContain("sheet-name-in-use");
      expect((await open("out2.xlsx")).worksheets.map((w) => w.name)).toEqual((await open("out.xlsx")).worksheets.map((w) => w.name));
    },
  );

  test("an empty Dự toán sheet the user added for it is used", async () => {
    const wb = planOf([bannerRow()]);
    wb.addWorksheet("Dự toán");
    await fileOf(wb);
    const run = await dutoan("attachment", "plan.xlsx", "-o", "out.xlsx");
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain('Đã ghi sheet "Dự toán"');
    expect((await open("out.xlsx")).getWorksheet("Dự toán (2)")).toBeUndefined();
  });
});

describe("a full disk during any command's save leaves the original byte for byte and says so", () => {
  const realOpen = fs.promises.open;
  /** fs.promises.open whose temporary files fail half way, as a disk that fills up. */
  const full = (async (...args: Parameters<typeof fs.promises.open>) => {
    const h = await realOpen(...args);
    if (args[1] === "wx")
      h.writeFile = (async (data: Uint8Array) => {
        await h.write(data, 0, data.length >> 1);
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      }) as typeof h.writeFile;
    return h;
  }) as SaveFs["open"];

  async function onFullDisk(args: string[]): Promise<{ code: number; text: string }> {
    const spy = jest.spyOn(fs.promises, "open").mockImplementation(full);
    try {
      const run = await dutoan(...args);
      return { code: run.code, text: [...run.out, ...run.err].join("\n") };
    } finally {
      spy.mockRestore();
    }
  }
  const temps = () => fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"));

  test.each([
    ["estimate", ["estimate", "plan.xlsx"]],
    ["check", ["check", "plan.xlsx", "--as-of", "31/12/2020"]],
    ["norms --write", ["norms", "--write", "plan.xlsx", "--date", "19/03/2020"]],
    ["restore", ["restore", "plan.xlsx"]],
  ])("%s in place", async (name, args) => {
    const wb = planOf([bannerRow({ 7: "Quý V" })]);
    if (name === "restore") {
      await fileOf(wb);
      expect((await dutoan("estimate", "plan.xlsx")).code).toBe(EXIT.ok);
    } else await fileOf(wb);
    const bytes = fs.readFileSync(path.join(dir, "plan.xlsx"));
    const run = await onFullDisk(args);
    expect(run.code).toBe(EXIT.io);
    expect(run.text).toContain("the disk is full");
    expect(run.text).toContain("the original file is unchanged");
    expect(run.text).not.toMatch(/\bwrote\b|Đã ghi|restored \d/);
    expect(fs.readFileSync(path.join(dir, "plan.xlsx")).equals(bytes)).toBe(true);
    expect(temps()).toEqual([]);
  });

  test("import -o to a new file: no file is made, and it says so", async () => {
    fs.writeFileSync(path.join(dir, "plan.txt"), "1. Treo 40 băng rôn tuyên truyền, kinh phí 8.000.000 đồng, Quý II\n");
    const run = await onFullDisk(["import", "plan.txt", "-o", "out.xlsx"]);
    expect(run.code).toBe(EXIT.io);
    expect(run.text).toContain("no file was created");
    expect(run.text).not.toContain("wrote out.xlsx");
    expect(fs.readdirSync(dir)).toEqual(["plan.txt"]);
  });
});
