import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { Finding } from "../../src/core/findings/finding";
import { formatVnd, money } from "../../src/core/money/money";
import { parseRange, a1, columnLetter } from "../../src/workbook/address";
import { planColumnOf } from "../../src/workbook/layout";
import { DEFAULT_CHOICES, paneCommands } from "../../src/taskpane/commands/paneCommands";
import type { MemoryWorkbook } from "../../src/playground/memoryWorkbook";
import { traVinhMemoryWorkbook } from "../../src/playground/traVinhBook";
import { displayText } from "../../src/playground/displayText";
import { sharedPlayground, type PlaygroundServer } from "./servePlayground";
import { launchChromium, type Browser } from "./launchChromium";

const OUT = path.resolve(__dirname, "..", "..", "out");
const SEVERITY_VI = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

let server: PlaygroundServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const requests: string[] = [];

/**
 * The engine's answer: the same commands the pane runs, on a fresh copy of the
 * sample, in the same order. The browser must show exactly these cells.
 */
const expected: { book?: MemoryWorkbook; total?: string; checkFindings?: Finding[] } = {};

/** Non-empty cells of a sheet as the grid should show them, by address. */
function expectedCells(book: MemoryWorkbook, sheet: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, cell] of book.sheet(sheet)!.cells) {
    const text = displayText(cell.value, cell.numFmt);
    if (text) out[a1(Math.floor(key / 16385), key % 16385)] = text;
  }
  return out;
}

/** Non-empty cells the grid shows, by address; waits for the grid to show `sheet`. */
async function gridCells(sheet: string): Promise<Record<string, string>> {
  await page.locator(`table.grid[data-sheet="${sheet}"]`).waitFor();
  return page.$$eval("table.grid td[data-address]", (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute("data-address")!, td.textContent ?? ""]).filter(([, t]) => t !== "")),
  );
}

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ / task pane" });

async function clickAndWait(name: string, done: RegExp) {
  await pane().getByRole("button", { name, exact: true }).click();
  await pane().getByText(done).first().waitFor();
}

const sheetTabs = () => page.getByRole("tablist", { name: "Các sheet / sheets" }).getByRole("tab");

async function showSheet(sheet: string) {
  await sheetTabs()
    .filter({ hasText: new RegExp(`^${escapeRegExp(sheet)}$`) })
    .click();
  await page.locator(`table.grid[data-sheet="${sheet}"]`).waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const book = await traVinhMemoryWorkbook();
  const estimate = await paneCommands.estimate(book, DEFAULT_CHOICES);
  const check = await paneCommands.check!(book, DEFAULT_CHOICES);
  await paneCommands.attachment!(book, DEFAULT_CHOICES);
  Object.assign(expected, { book, total: estimate.total!.toFixed(), checkFindings: check.findings });

  server = await sharedPlayground();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(server.url, { timeout: 240_000 });
  // Exactly: the live region says the same words in a longer sentence.
  await pane().getByText('Sheet "Kế hoạch", hàng 1–7', { exact: true }).waitFor({ timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the playground in Chromium", () => {
  it("opens on the sample: the grid shows Kế hoạch, the pane the plan it found", async () => {
    const plan = await traVinhMemoryWorkbook();
    expect(await gridCells("Kế hoạch")).toEqual(expectedCells(plan, "Kế hoạch"));
    await expect(pane().getByText("4 hoạt động, 1 nhóm", { exact: true }).isVisible()).resolves.toBe(true);
    expect(await sheetTabs().allTextContents()).toEqual(["Thông tin", "Kế hoạch", "Phân bổ"]);
  });

  it("Tính dự toán: the grid shows the engine's Dự toán column and total, the pane its total", async () => {
    await clickAndWait("Tính dự toán", /Đã ghi dự toán của 4 hoạt động/);
    const cells = await gridCells("Kế hoạch");
    const book = expected.book!;
    const col = planColumnOf("estimate");
    const letter = columnLetter(col);
    expect(cells[`${letter}1`]).toBe("Dự toán");
    expect(cells[`${letter}7`]).toBe(formatVnd(money(expected.total!)));
    for (const row of [3, 4, 5, 6, 7])
      expect(cells[`${letter}${row}`]).toBe(displayText(book.cell("Kế hoạch", row, col).value, book.cell("Kế hoạch", row, col).numFmt));
    await expect(page.getByTestId("estimate-total").textContent()).resolves.toBe(`${cells[`${letter}7`]} đồng`);
    expect(await sheetTabs().allTextContents()).toContain("Chi tiết dự toán");
    await showSheet("Chi tiết dự toán");
    expect(await gridCells("Chi tiết dự toán")).toEqual(expectedCells(book, "Chi tiết dự toán"));
    await showSheet("Kế hoạch");
  });

  it("Kiểm tra: the pane lists the engine's findings, errors first, with their severity", async () => {
    await clickAndWait("Kiểm tra", /Kiểm tra xong/);
    const sorted = [...expected.checkFindings!].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    const region = pane().getByRole("region", { name: /Kiểm tra — Kết quả/ });
    const items = region.getByRole("listitem");
    await expect(items.count()).resolves.toBe(sorted.length);
    const texts = await items.allTextContents();
    sorted.forEach((f, i) => {
      expect(texts[i]).toContain(SEVERITY_VI[f.severity]);
      expect(texts[i]).toContain(f.message);
    });
  });

  it("a click, or Enter, on a finding selects its cell in the grid", async () => {
    const sorted = [...expected.checkFindings!].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    const located = sorted.filter((f) => f.sheet && f.range);
    expect(located.length).toBeGreaterThan(0);
    const buttons = pane()
      .getByRole("region", { name: /Kiểm tra — Kết quả/ })
      .getByRole("button");

    const first = located[0];
    await buttons.nth(sorted.indexOf(first)).click();
    await expectSelected(first);

    const last = located[located.length - 1];
    await showSheet("Thông tin");
    await buttons.nth(sorted.indexOf(last)).focus();
    await page.keyboard.press("Enter");
    await expectSelected(last);
  });

  it("Phụ lục: the grid shows the Dự toán sheet the engine builds", async () => {
    await clickAndWait("Phụ lục", /Đã lập sheet "Dự toán"/);
    await showSheet("Dự toán");
    expect(await gridCells("Dự toán")).toEqual(expectedCells(expected.book!, "Dự toán"));
    const total = formatVnd(money(expected.total!));
    expect(Object.values(await gridCells("Dự toán"))).toContain(total);
  });

  it("switches to English, and the page made no request beyond the playground's own server", async () => {
    await showSheet("Kế hoạch");
    const sorted = [...expected.checkFindings!].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    await page.screenshot({ path: path.join(OUT, "playground-vi.png") });
    await pane().getByRole("button", { name: "Switch the task pane to English" }).click();
    await pane().getByRole("heading", { name: "Plan in the workbook" }).waitFor();
    await clickAndWait("Check", /Check done/);
    const located = sorted.find((f) => f.sheet === "Kế hoạch" && f.range) ?? sorted.find((f) => f.sheet && f.range);
    if (located) {
      await pane()
        .getByRole("button", { name: new RegExp(`${escapeRegExp(`${located.sheet}!${located.range}`)}$`) })
        .first()
        .click();
      await expectSelected(located);
    }
    await expect(pane().getByText(sorted[0].messageEn).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(OUT, "playground.png") });
    expect(fs.statSync(path.join(OUT, "playground.png")).size).toBeGreaterThan(10_000);

    expect(pageErrors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.origin))).toEqual([]);
  });
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The grid shows the finding's sheet, its range selected, the name box naming it. */
async function expectSelected(f: Finding) {
  const box = parseRange(f.range!);
  await page.locator(`table.grid[data-sheet="${f.sheet}"]`).waitFor();
  await page.locator(`td.anchor[data-address="${a1(box.top, box.left)}"]`).waitFor();
  await expect(page.getByTestId("name-box").textContent()).resolves.toBe(f.range);
  await expect(
    sheetTabs()
      .filter({ hasText: new RegExp(`^${escapeRegExp(f.sheet!)}$`) })
      .getAttribute("aria-selected"),
  ).resolves.toBe("true");
}
