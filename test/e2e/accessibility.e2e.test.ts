import fs from "fs";
import path from "path";
import type { FileChooser, Page } from "playwright-core";
import { formatVnd } from "../../src/core/money/money";
import { columnLetter } from "../../src/workbook/address";
import { planColumnOf } from "../../src/workbook/layout";
import { runExplain } from "../../src/workbook/commands/explain";
import { DEFAULT_CHOICES, paneCommands } from "../../src/taskpane/commands/paneCommands";
import { traVinhMemoryWorkbook } from "../../src/playground/traVinhBook";
import { consolidateFiles, unitFileReader } from "../../src/workbook/consolidate/consolidateFiles";
import { readBookValues } from "../../src/xlsx/values/bookValues";
import { consolidationFindings } from "../../src/taskpane/consolidate/consolidatePicked";
import { sharedPlayground, type PlaygroundServer } from "./servePlayground";
import { launchChromium, type Browser } from "./launchChromium";

/**
 * The pane for people who work by keyboard or with a screen reader, in Chromium:
 * axe-core runs inside the page on every state of the pane (each command, the
 * import tab, the English view, the Giải thích tab) and must find no serious or
 * critical violation inside the pane; the commands are walked with Tab and Enter,
 * and after each one the focus is still on the pressed button (never the page's
 * body); the pane's live region says each result exactly once.
 */

const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SEED = fs.readFileSync(path.join(__dirname, "..", "fixtures", "seeds", "tra-vinh-2020-bao-ve-moi-truong.txt"), "utf8");
const ESTIMATE = columnLetter(planColumnOf("estimate"));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let server: PlaygroundServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** States checked, with what axe found in each (kept for the report in out/). */
const audit: { state: string; violations: string[] }[] = [];

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ / task pane" });

/**
 * axe-core over the pane. Tabster's focus guards (<i data-tabster-dummy>, Fluent's
 * tab list) are left out: aria-hidden and focusable by design, they hand the focus
 * on at once and are a known false positive of aria-hidden-focus (microsoft/tabster#288).
 */
async function axeSerious(state: string): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact?: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const r = await axe.run({ include: [["aside.pane"]], exclude: [["aside.pane [data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} — ${n.failureSummary ?? ""}`));
  });
  audit.push({ state, violations });
  return violations;
}

/** What the pane's live region has said since the page opened (recorded by the init script). */
const spoken = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.slice());

/** The focused element: "BODY", "OUTSIDE", or its name inside the pane. */
const focused = (): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return "BODY";
    if (!a.closest("aside.pane")) return `OUTSIDE ${a.tagName}`;
    const label = (a as HTMLInputElement).labels?.[0]?.innerText;
    return (a.getAttribute("aria-label") ?? label ?? a.innerText ?? "").trim();
  });

/** Presses Tab until the focus is on the control named `name` (its aria-label or its text). */
async function tabTo(name: string) {
  for (let i = 0; i < 150; i++) {
    if ((await focused()) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${name}" (focus on ${await focused()})`);
}

/**
 * Presses Enter on the focused button until the page asks for files: the first
 * press can land while the lazily loaded panel is still settling, and a headless
 * Chromium then opens no chooser.
 */
async function openChooserByEnter(): Promise<FileChooser> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const asked = page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => undefined);
    await page.keyboard.press("Enter");
    const chooser = await asked;
    if (chooser) return chooser;
  }
  throw new Error(`Enter on "${await focused()}" opened no file chooser`);
}

/**
 * Walks to a button with Tab, presses Enter, waits for the live region to say the
 * result, and gives it time to say anything more: the one new announcement.
 */
async function pressAndHear(name: string, focusAfter = name): Promise<string> {
  await tabTo(name);
  const before = (await spoken()).length;
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => (window as unknown as { __spoken: string[] }).__spoken.length > n, before, { timeout: 20_000 });
  await page.waitForTimeout(300);
  const said = (await spoken()).slice(before);
  expect(said).toHaveLength(1);
  await expect(focused()).resolves.toBe(focusAfter);
  return said[0];
}

/** Contrast of an element's text colour against the first opaque background behind it (WCAG's formula; runs in the page). */
function contrastOnScreen(el: Element): number {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const style = getComputedStyle(el);
  let bg: number[] = [255, 255, 255];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
      bg = c.slice(0, 3);
      break;
    }
  }
  const fg = rgb(style.color);
  const alpha = (fg[3] ?? 1) * Number(style.opacity);
  const shown = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
  const [a, b] = [luminance(shown), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

beforeAll(async () => {
  server = await sharedPlayground();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // Records every text the live region takes, from the first render on.
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: string[] };
    w.__spoken = [];
    new MutationObserver((records) => {
      const region = document.querySelector('[data-testid="announcer"]');
      if (!region || !records.some((r) => region.contains(r.target))) return;
      const text = (region.textContent ?? "").trim();
      if (text) w.__spoken.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(server.url, { timeout: 240_000 });
  await pane().getByText('Sheet "Kế hoạch", hàng 1–7').first().waitFor({ timeout: 90_000 });
  await page.addScriptTag({ content: AXE });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.mkdirSync(path.resolve(__dirname, "..", "..", "out"), { recursive: true });
  fs.writeFileSync(path.resolve(__dirname, "..", "..", "out", "axe-pane.json"), JSON.stringify(audit, null, 2));
});

describe("the task pane by keyboard and screen reader (axe-core in Chromium)", () => {
  it("opens with no serious or critical violation, the plan it found said once; the language switch keeps its contrast on hover", async () => {
    expect(await spoken()).toEqual(['Sheet "Kế hoạch", hàng 1–7. 4 hoạt động, 1 nhóm.']);
    expect(await axeSerious("initial")).toEqual([]);
    const lang = pane().getByRole("button", { name: "Switch the task pane to English" });
    await lang.hover();
    expect(await axeSerious("language switch hovered")).toEqual([]);
    // axe does not hover by itself: the hovered switch's text against what is behind it, measured here.
    expect(await lang.evaluate(contrastOnScreen)).toBeGreaterThanOrEqual(4.5);
    await expect(pane().getByText("Sổ tính: Playground").evaluate(contrastOnScreen)).resolves.toBeGreaterThanOrEqual(4.5);
    await page.mouse.move(0, 0);
    // One live region in the pane (the error bar is an alert of its own, shown only on an error).
    await expect(pane().locator("[aria-live]").count()).resolves.toBe(1);
  });

  it("walks the commands with Tab and Enter: focus stays on the pressed button, each result said once, no violation", async () => {
    await pane().getByRole("button", { name: "Đọc lại bảng kế hoạch từ sổ tính" }).focus();
    const expected = await paneCommands.estimate(await traVinhMemoryWorkbook(), DEFAULT_CHOICES);
    const estimate = await pressAndHear("Tính dự toán");
    expect(estimate).toContain("Đã ghi dự toán của 4 hoạt động vào sổ tính.");
    expect(estimate).toContain(`Tổng dự toán: ${formatVnd(expected.total!)} đồng.`);
    expect(estimate).toContain(`Tính dự toán: ${expected.findings.length} kết quả.`);
    expect(await axeSerious("after Tính dự toán")).toEqual([]);

    expect(await pressAndHear("Kiểm tra")).toMatch(/^Kiểm tra xong: \d+ lỗi, \d+ cảnh báo\. Kiểm tra: \d+ kết quả\.$/);
    expect(await axeSerious("after Kiểm tra")).toEqual([]);

    expect(await pressAndHear("Phụ lục")).toMatch(/^Đã lập sheet "Dự toán"\./);
    expect(await axeSerious("after Phụ lục")).toEqual([]);

    expect(await pressAndHear("Định mức")).toMatch(/^Đã ghi \d+ định mức vào sheet "Định mức"/);
    expect(await axeSerious("after Định mức")).toEqual([]);

    // Định mức again asks before refreshing; Hủy gives the focus back to Định mức.
    expect(await pressAndHear("Định mức")).toMatch(/^Sheet "Định mức" đã có/);
    expect(await axeSerious("Định mức asks")).toEqual([]);
    await tabTo("Hủy");
    await page.keyboard.press("Enter");
    await expect(focused()).resolves.toBe("Định mức");

    expect(await pressAndHear("Quyết toán")).toMatch(/Quyết toán: \d+ kết quả\.$/);
    expect(await axeSerious("after Quyết toán")).toEqual([]);

    expect(await pressAndHear("Hoàn tác")).toMatch(/Hoàn tác: \d+ kết quả\.$/);
    expect(await axeSerious("after Hoàn tác")).toEqual([]);

    // The same command twice is said twice (the region is emptied when a command starts).
    expect(await pressAndHear("Tính dự toán")).toContain("Đã ghi dự toán của 4 hoạt động vào sổ tính.");
    expect(pageErrors).toEqual([]);
  });

  it("Giải thích follows the selection: a written cell's quantity × unit cost and sources, a button to each source cell", async () => {
    const book = await traVinhMemoryWorkbook();
    await paneCommands.estimate(book, DEFAULT_CHOICES);
    const engine = (await runExplain(book, `'Kế hoạch'!${ESTIMATE}3`)).explanation!;

    // The tab by keyboard: focus the selected tab, arrow to Giải thích, Enter.
    await tabTo("Dự toán");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(focused()).resolves.toBe("Giải thích");
    await page.keyboard.press("Enter");
    await pane().getByRole("button", { name: "Giải thích ô đang chọn" }).waitFor();

    const before = (await spoken()).length;
    await page.locator(`table.grid[data-sheet="Kế hoạch"] td[data-address="${ESTIMATE}3"]`).click();
    const heading = pane().getByRole("heading", { name: `Ô Kế hoạch!${ESTIMATE}3 — dự toán của một hoạt động` });
    await heading.waitFor();
    await expect(pane().getByTestId("explained-amount").textContent()).resolves.toBe(`${formatVnd(engine.amount!)} đồng`);
    const parts = pane()
      .getByRole("list", { name: `Nội dung chi (${engine.parts.length})` })
      .getByRole("listitem");
    await expect(parts.count()).resolves.toBe(engine.parts.length);
    const texts = await parts.allTextContents();
    engine.parts.forEach((p, i) => {
      expect(texts[i]).toContain(p.description);
      expect(texts[i]).toContain(p.basis);
      if (p.norm) expect(texts[i]).toContain(p.norm.code);
    });
    await page.waitForTimeout(300);
    const said = (await spoken()).slice(before);
    expect(said.at(-1)).toBe(`Ô Kế hoạch!${ESTIMATE}3: ${formatVnd(engine.amount!)} đồng, ${engine.parts.length} nội dung chi.`);
    expect(said.filter((t) => t === said.at(-1))).toHaveLength(1);
    expect(await axeSerious("Giải thích")).toEqual([]);

    // Every Dự toán cell of Kế hoạch (each activity, each group, the total): the amount the engine explains.
    let explained = 0;
    for (let row = 2; row <= 7; row++) {
      const expected = (await runExplain(book, `'Kế hoạch'!${ESTIMATE}${row}`)).explanation!;
      if (expected.amount === undefined) continue;
      await page.locator(`table.grid[data-sheet="Kế hoạch"] td[data-address="${ESTIMATE}${row}"]`).click();
      await pane()
        .getByRole("heading", { name: new RegExp(`^Ô Kế hoạch!${ESTIMATE}${row} — `) })
        .waitFor();
      await expect(pane().getByTestId("explained-amount").textContent()).resolves.toBe(`${formatVnd(expected.amount)} đồng`);
      explained++;
    }
    expect(explained).toBe(6);
    await page.locator(`table.grid[data-sheet="Kế hoạch"] td[data-address="${ESTIMATE}3"]`).click();
    await heading.waitFor();

    // A source cell's button selects it in the grid; the explanation stays, the focus on the button.
    const source = engine.parts.flatMap((p) => p.factors.map((f) => f.cell)).find((c) => c !== undefined)!;
    const name = `Chọn ô ${source.sheet}!${source.address}`;
    await pane().getByRole("button", { name }).first().focus();
    await page.keyboard.press("Enter");
    await page.locator(`td.anchor[data-address="${source.address}"]`).waitFor();
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe(source.address);
    await expect(heading.isVisible()).resolves.toBe(true);
    await expect(focused()).resolves.toBe(name);

    // A cell the add-in did not write gets an answer, said once.
    const n = (await spoken()).length;
    await page.locator(`table.grid[data-sheet="Kế hoạch"] td[data-address="B3"]`).click();
    await page.waitForFunction((k) => (window as unknown as { __spoken: string[] }).__spoken.length > k, n);
    await page.waitForTimeout(300);
    expect((await spoken()).slice(n)).toHaveLength(1);
    expect(await axeSerious("Giải thích, a cell not written")).toEqual([]);
  });

  it("the import tab: Đọc văn bản is said, Chèn vào sổ tính leaves the focus on the Dự toán tab", async () => {
    await tabTo("Giải thích");
    await page.keyboard.press("ArrowLeft");
    await expect(focused()).resolves.toBe("Nhập kế hoạch");
    await page.keyboard.press("Enter");
    const box = pane().getByRole("textbox", { name: "Dán nội dung kế hoạch (từ Word hoặc trang web)" });
    await box.waitFor();
    expect(await axeSerious("import tab")).toEqual([]);
    await box.focus();
    await page.keyboard.insertText(SEED);
    expect(await pressAndHear("Đọc văn bản")).toMatch(/^Đã đọc \d+ hoạt động/);
    expect(await axeSerious("import preview")).toEqual([]);
    await tabTo("Thay thế sheet Kế hoạch đang có (có thể hoàn tác)");
    await page.keyboard.press("Space");
    expect(await pressAndHear("Chèn vào sổ tính", "Dự toán")).toMatch(/Đã ghi \d+ hàng vào sheet Kế hoạch\./);
    expect(await axeSerious("after Chèn vào sổ tính")).toEqual([]);
  });

  it("Tổng hợp: the picked files are consolidated with a progress bar, the result said once, the focus kept, no violation", async () => {
    const sample = fs.readFileSync(path.join(__dirname, "..", "..", "examples", "tra-vinh-2020.xlsx"));
    const files = [
      { name: "so-cong-thuong.xlsx", mimeType: XLSX, buffer: sample },
      { name: "so-tai-nguyen.xlsx", mimeType: XLSX, buffer: sample },
      { name: "ghi-chu.xlsx", mimeType: XLSX, buffer: Buffer.from("không phải tệp Excel") },
    ];
    const expected = await consolidateFiles(
      files.map((f) => ({ file: f.name, bytes: async () => new Uint8Array(f.buffer) })),
      unitFileReader(readBookValues),
    );

    // The tab by keyboard: from the selected Dự toán tab, the fourth.
    await tabTo("Dự toán");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(focused()).resolves.toBe("Tổng hợp");
    await page.keyboard.press("Enter");
    const pick = pane().getByRole("button", { name: "Chọn tệp của các đơn vị…" });
    await pick.waitFor();
    expect(await axeSerious("Tổng hợp tab")).toEqual([]);

    // The button opens the file chooser; the files chosen, the focus is back on it while the files are read.
    await tabTo("Chọn tệp của các đơn vị…");
    const before = (await spoken()).length;
    const chooser = await openChooserByEnter();
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files);
    await page.waitForFunction((n) => (window as unknown as { __spoken: string[] }).__spoken.length > n, before, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const said = (await spoken()).slice(before);
    expect(said).toEqual([
      `Đã tổng hợp 2 đơn vị, bỏ qua 1 tệp: tổng dự toán ${formatVnd(expected.total)} đồng. Tổng hợp: ${consolidationFindings(expected).length} kết quả.`,
    ]);
    await expect(focused()).resolves.toBe("Chọn tệp của các đơn vị…");
    await expect(pane().getByTestId("consolidate-total").textContent()).resolves.toBe(`${formatVnd(expected.total)} đồng`);
    await expect(pane().getByRole("progressbar").getAttribute("aria-valuenow")).resolves.toBe("1");
    await expect(pane().getByRole("table", { name: "Các đơn vị (2)" }).getByRole("row").count()).resolves.toBe(3);
    // The Tổng hợp workbook is a download of an .xlsx made in the page.
    const link = pane().getByRole("link", { name: "Tải tệp Tổng hợp (.xlsx)" });
    await expect(link.getAttribute("download")).resolves.toBe("tong-hop-du-toan.xlsx");
    const size = await link.evaluate(async (a) => (await (await fetch((a as HTMLAnchorElement).href)).blob()).size);
    expect(size).toBeGreaterThan(5000);
    expect(await axeSerious("after Tổng hợp")).toEqual([]);

    // Back to the Dự toán tab for what follows.
    await tabTo("Tổng hợp");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    await expect(focused()).resolves.toBe("Dự toán");
    await page.keyboard.press("Enter");
    await pane().getByRole("button", { name: "Tính dự toán" }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("the English view: the switch says nothing again, Vietnamese names are marked lang=vi, no violation", async () => {
    const before = (await spoken()).length;
    await tabTo("Switch the task pane to English");
    await page.keyboard.press("Enter");
    await pane().getByRole("heading", { name: "Plan in the workbook" }).waitFor();
    await page.waitForTimeout(300);
    expect((await spoken()).slice(before)).toEqual([]);
    await expect(focused()).resolves.toBe("Chuyển ngăn tác vụ sang tiếng Việt");
    expect(await axeSerious("English")).toEqual([]);
    expect(await pressAndHear("Check")).toMatch(/^Check done: \d+ errors, \d+ warnings\. Check: \d+ results\.$/);
    expect(await axeSerious("English, after Check")).toEqual([]);
    // The plan's sheet name in the English text is Vietnamese.
    await expect(pane().locator('[lang="vi"]', { hasText: "Kế hoạch" }).count()).resolves.toBeGreaterThan(0);
    const unmarked = await page.evaluate(() => {
      // Text nodes of the pane with Vietnamese letters whose nearest lang is not vi.
      const viLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
      const root = document.querySelector("aside.pane main")!;
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? "";
        const el = n.parentElement!;
        if (!viLetters.test(text) || el.closest("[hidden]") || el.closest('[data-testid="announcer"]')) continue;
        if (el.closest("[lang]")?.getAttribute("lang") !== "vi") out.push(text);
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
