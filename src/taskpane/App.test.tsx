/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { formatVnd } from "../core/money/money";
import { amountInWords } from "../core/words/amountInWords";
import { text } from "../workbook/cells";
import { traVinhMemoryWorkbook } from "../playground/traVinhBook";
import type { WriteOp } from "../workbook/port";
import { DEFAULT_CHOICES, paneCommands, type PaneCommands } from "./commands/paneCommands";
import { engineEstimate, renderPane } from "../../test/support/testKit";
import { planColumnOf } from "../workbook/layout";

// The pane's live region repeats each result for screen readers; queries look at what is shown.
configure({ defaultIgnore: "script, style, [data-testid=announcer]" });

const ESTIMATE_COL = planColumnOf("estimate");

const button = (name: string | RegExp) => screen.getByRole("button", { name });
const clickAndWait = async (name: string | RegExp, done: RegExp) => {
  fireEvent.click(button(name));
  await screen.findByText(done);
};

describe("the task pane shows the plan it found", () => {
  it("names the sheet and rows, counts the activities and the kinds it recognised", async () => {
    await renderPane();
    const plan = screen.getByRole("region", { name: "Kế hoạch trong sổ tính" });
    expect(within(plan).getByText('Sheet "Kế hoạch", hàng 1–7')).toBeTruthy();
    expect(within(plan).getByText("4 hoạt động, 1 nhóm")).toBeTruthy();
    const kinds = within(plan).getByRole("list", { name: "Loại hoạt động nhận ra" });
    expect(
      within(kinds)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Hội nghị × 1", "Băng rôn × 2", "Cơ sở dữ liệu / website × 1"]);
    expect(within(plan).getByText("30/KH-SCT")).toBeTruthy();
    expect(within(plan).getByText("87.000.000 đồng")).toBeTruthy();
    expect(within(plan).getByText("Đọc được mọi hàng của bảng.")).toBeTruthy();
  });

  it("lists the rows it could not read, why, and selects the cell on click", async () => {
    const book = await traVinhMemoryWorkbook();
    await book.apply([
      { op: "cells", sheet: "Kế hoạch", row: 3, col: 5, cells: [[text("hai cuộc")]] },
      { op: "cells", sheet: "Kế hoạch", row: 5, col: 3, cells: [[text("Linh tinh")]] },
    ]);
    const { selection } = await renderPane(book);
    const problems = screen.getByRole("list", { name: /Hàng chưa đọc được \(2\)/ });
    const items = within(problems).getAllByRole("button");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toMatch(/Kế hoạch!E3/);
    expect(items[0].textContent).toMatch(/hai cuộc/);
    expect(items[1].textContent).toMatch(/Linh tinh.*không nhận ra/);
    fireEvent.click(items[0]);
    await waitFor(() => expect(selection.get()).toEqual({ sheet: "Kế hoạch", range: "E3" }));
  });

  it("says so when the workbook has no plan table", async () => {
    const book = await traVinhMemoryWorkbook();
    await book.apply([{ op: "deleteSheet", sheet: "Kế hoạch" }]);
    await renderPane(book);
    expect(screen.getByText("Chưa tìm thấy bảng kế hoạch trong sổ tính.")).toBeTruthy();
    expect(screen.getByText(/Không tìm thấy sheet "Kế hoạch"/)).toBeTruthy();
  });
});

describe("Tính dự toán", () => {
  it("writes the estimate into the workbook and shows the engine's total with its words", async () => {
    const expected = await engineEstimate();
    const total = expected.estimate!.total;
    const { book } = await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán của 4 hoạt động/);
    expect(screen.getByTestId("estimate-total").textContent).toBe(`${formatVnd(total)} đồng`);
    expect(screen.getByText(`Bằng chữ: ${amountInWords(total)}`)).toBeTruthy();
    expect(book.cell("Kế hoạch", 7, ESTIMATE_COL).value).toEqual({ type: "number", value: total.toFixed() });
    expect(book.sheet("Chi tiết dự toán")).toBeDefined();
    const findings = screen.getByRole("region", { name: /Tính dự toán — Kết quả/ });
    expect(within(findings).getAllByRole("listitem")).toHaveLength(expected.findings.length);
  });

  it("passes its options to the command: rounding, norms date, province, words variant, fitting", async () => {
    const estimate = jest.fn(paneCommands.estimate);
    await renderPane(undefined, { commands: { ...paneCommands, estimate } });
    fireEvent.change(screen.getByRole("combobox", { name: "Làm tròn" }), { target: { value: "thousand" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Số tiền bằng chữ" }), { target: { value: "ngàn" } });
    fireEvent.change(screen.getByLabelText("Ngày áp dụng định mức"), { target: { value: "2020-03-19" } });
    fireEvent.change(screen.getByLabelText("Tỉnh"), { target: { value: "Trà Vinh" } });
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    expect(estimate).toHaveBeenCalledWith(
      expect.anything(),
      { rounding: "thousand", normsDate: "2020-03-19", province: "Trà Vinh", thousandWord: "ngàn", fit: "", year: "" },
      false,
    );
    const expected = (await engineEstimate({ rounding: "thousand", normsDate: "2020-03-19", province: "Trà Vinh" })).estimate!.total;
    expect(screen.getByTestId("estimate-total").textContent).toBe(`${formatVnd(expected)} đồng`);
    expect(screen.getByText(`Bằng chữ: ${amountInWords(expected, { thousandWord: "ngàn" })}`)).toBeTruthy();
  });

  it("shows progress while the workbook is being written, with the buttons aria-disabled (still focusable)", async () => {
    const book = await traVinhMemoryWorkbook();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow = {
      ...book,
      apply: async (w: readonly WriteOp[]) => {
        await held;
        return book.apply(w);
      },
    };
    await renderPane(slow);
    fireEvent.click(button("Tính dự toán"));
    expect(await screen.findByText("Đang tính dự toán…")).toBeTruthy();
    expect(button("Tính dự toán").getAttribute("aria-disabled")).toBe("true");
    expect(button("Định mức").getAttribute("aria-disabled")).toBe("true");
    expect(button("Định mức").hasAttribute("disabled")).toBe(false);
    await act(async () => release());
    await screen.findByText(/Đã ghi dự toán/);
    expect(screen.queryByText("Đang tính dự toán…")).toBeNull();
  });

  it("shows an error of the workbook as a message bar, and writes nothing", async () => {
    const book = await traVinhMemoryWorkbook();
    const refusing = { ...book, apply: () => Promise.reject(new Error("Excel từ chối ghi / Excel refused the write")) };
    await renderPane(refusing);
    fireEvent.click(button("Tính dự toán"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Không thực hiện được.*Excel từ chối ghi/);
    expect(book.cell("Kế hoạch", 7, ESTIMATE_COL).value.type).toBe("empty");
    fireEvent.click(within(alert).getByRole("button", { name: "Đóng" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows an adapter's error in the pane's language", async () => {
    const book = await traVinhMemoryWorkbook();
    const refusal = Object.assign(new Error("x"), {
      finding: {
        severity: "error",
        code: "write-denied",
        message: "Excel không cho ghi vào sheet",
        messageEn: "Excel refused to write to the sheet",
      },
    });
    await renderPane({ ...book, apply: () => Promise.reject(refusal) });
    fireEvent.click(button("Tính dự toán"));
    expect((await screen.findByRole("alert")).textContent).toBe("Không thực hiện đượcExcel không cho ghi vào sheetĐóng");
    fireEvent.click(button("Switch the task pane to English"));
    expect(screen.getByRole("alert").textContent).toBe("Could not completeExcel refused to write to the sheetDismiss");
  });

  it("offers to overwrite the cells the user typed over the add-in's results", async () => {
    const { book } = await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    await act(() => book.apply([{ op: "cells", sheet: "Kế hoạch", row: 3, col: ESTIMATE_COL, cells: [[text("tự nhập")]] }]));
    await clickAndWait("Tính dự toán", /ô do bạn nhập được giữ nguyên/);
    expect(book.cell("Kế hoạch", 3, ESTIMATE_COL).value).toEqual({ type: "text", value: "tự nhập" });
    await clickAndWait("Ghi đè", /Đã ghi dự toán/);
    expect(book.cell("Kế hoạch", 3, ESTIMATE_COL).value.type).toBe("number");
  });
});

describe("the findings list", () => {
  it("shows each finding's severity and message, and selects its cell on click or Enter", async () => {
    const { selection } = await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    const findings = within(screen.getByRole("region", { name: /Kết quả/ })).getAllByRole("button");
    expect(findings.length).toBeGreaterThan(0);
    // Errors first, then warnings, then notes. The name is what the button shows (severity, message, cell);
    // the description says how to select the cell, one sentence (never "..").
    const rank = { error: 0, warning: 1, info: 2 };
    const expected = (await engineEstimate()).findings.filter((f) => f.sheet).sort((a, b) => rank[a.severity] - rank[b.severity]);
    expect(findings.map((b) => b.hasAttribute("aria-label"))).toEqual(expected.map(() => false));
    expect(findings.map((b) => b.textContent)).toEqual(
      expected.map((f) => `${{ error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" }[f.severity]}:${f.message}${f.sheet}!${f.range}`),
    );
    expect(findings.map((b) => document.getElementById(b.getAttribute("aria-describedby")!)!.textContent)).toEqual(
      expected.map((f) => `Nhấn Enter để chọn ô ${f.sheet}!${f.range}.`),
    );
    fireEvent.click(findings[0]);
    await waitFor(() => expect(selection.get()).toEqual({ sheet: expected[0].sheet, range: expected[0].range }));
    expect(findings[0].getAttribute("aria-current")).toBe("true");

    selection.set({ sheet: "Thông tin", range: "A1" });
    findings[findings.length - 1].focus();
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    const last = expected[expected.length - 1];
    await waitFor(() => expect(selection.get()).toEqual({ sheet: last.sheet, range: last.range }));
  });
});

describe("the other commands", () => {
  it("Kiểm tra lists what the checks found, errors first, each with its severity", async () => {
    const expected = (await paneCommands.check!(await traVinhMemoryWorkbook(), DEFAULT_CHOICES)).findings;
    const order = { error: 0, warning: 1, info: 2 };
    const sorted = [...expected].sort((a, b) => order[a.severity] - order[b.severity]);
    const count = (sev: string) => expected.filter((f) => f.severity === sev).length;
    await renderPane();
    await clickAndWait("Kiểm tra", new RegExp(`Kiểm tra xong: ${count("error")} lỗi, ${count("warning")} cảnh báo`));
    const items = within(screen.getByRole("region", { name: /Kiểm tra — Kết quả/ })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(
      sorted.map(
        (f) =>
          `${{ error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" }[f.severity]}:${f.message}${
            f.sheet ? `${f.sheet}${f.range ? `!${f.range}` : ""}Nhấn Enter để chọn ô ${f.sheet}${f.range ? `!${f.range}` : ""}.` : ""
          }`,
      ),
    );
    expect(count("error")).toBeGreaterThan(0);
  });

  it("Phụ lục builds the attachment sheet", async () => {
    const { book } = await renderPane();
    await clickAndWait("Phụ lục", /Đã lập sheet "Dự toán"/);
    expect(book.sheet("Dự toán")!.cells.size).toBeGreaterThan(0);
  });

  it("Định mức creates the norms sheet, then asks before refreshing it", async () => {
    const { book } = await renderPane();
    await clickAndWait("Định mức", /định mức vào sheet "Định mức"/);
    const sheet = book.sheet("Định mức")!;
    expect(book.cell("Định mức", 2, 1).value).toEqual({ type: "text", value: "Mã" });
    expect(book.cell("Định mức", 1, 1).value).toEqual({ type: "text", value: expect.stringContaining("19/03/2020, tỉnh Trà Vinh") });
    await act(() => book.apply([{ op: "cells", sheet: "Định mức", row: 3, col: 5, cells: [[text("123")]] }]));
    await clickAndWait("Định mức", /Sheet "Định mức" đã có/);
    fireEvent.click(button("Hủy"));
    expect(screen.queryByText(/Sheet "Định mức" đã có/)).toBeNull();
    expect(book.cell("Định mức", 3, 5).value).toEqual({ type: "text", value: "123" });
    await clickAndWait("Định mức", /Sheet "Định mức" đã có/);
    await clickAndWait("Làm mới", /định mức vào sheet "Định mức"/);
    expect(book.cell("Định mức", 3, 5).value.type).toBe("number");
    expect(book.sheet("Định mức")).not.toBe(sheet);
  });

  it("Hoàn tác brings back what Tính dự toán overwrote", async () => {
    const { book } = await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    expect(book.cell("Kế hoạch", 3, ESTIMATE_COL).value.type).toBe("number");
    await clickAndWait("Hoàn tác", /Đã trả lại/);
    expect(book.cell("Kế hoạch", 3, ESTIMATE_COL).value.type).toBe("empty");
    expect(book.sheet("Chi tiết dự toán")).toBeUndefined();
  });

  it("hides the buttons of commands this build does not have", async () => {
    const { check: _c, restore: _r, ...rest } = paneCommands;
    const commands: PaneCommands = rest;
    await renderPane(undefined, { commands });
    expect(screen.queryByRole("button", { name: "Kiểm tra" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Hoàn tác" })).toBeNull();
    expect(button("Định mức")).toBeTruthy();
  });
});

describe("language and accessibility", () => {
  it("switches to English and back, findings included", async () => {
    await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    fireEvent.click(button("Switch the task pane to English"));
    expect(screen.getByRole("region", { name: "Plan in the workbook" })).toBeTruthy();
    expect(screen.getByText("Wrote the estimate of 4 activities to the workbook.")).toBeTruthy();
    expect(screen.getByTestId("estimate-total").textContent).toMatch(/^[\d,]+ VND$/);
    const first = within(screen.getByRole("region", { name: /Results/ })).getAllByRole("button")[0];
    expect(document.getElementById(first.getAttribute("aria-describedby")!)!.textContent).toMatch(/Press Enter to select cell/);
    expect(first.textContent).toMatch(/Row 3/);
    fireEvent.click(button("Chuyển ngăn tác vụ sang tiếng Việt"));
    expect(screen.getByRole("region", { name: "Kế hoạch trong sổ tính" })).toBeTruthy();
  });

  it("puts every control in the tab order with a name a screen reader can read", async () => {
    await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    const controls = [
      ...screen.getAllByRole("button"),
      ...screen.getAllByRole("combobox"),
      screen.getByLabelText("Ngày áp dụng định mức"),
      ...screen.getAllByRole("textbox"),
      ...screen.getAllByRole("tab"),
    ];
    for (const c of controls) {
      expect(c.hasAttribute("disabled")).toBe(false);
      // Fluent's tab list is one tab stop; its other tab is reached with the arrow keys.
      if (c.getAttribute("role") !== "tab") expect(c.tabIndex).toBeGreaterThanOrEqual(0);
    }
    for (const name of [
      "Tính dự toán",
      "Phụ lục",
      "Định mức",
      "Hoàn tác",
      "Đọc lại bảng kế hoạch từ sổ tính",
      "Switch the task pane to English",
    ]) {
      expect(button(name)).toBeTruthy();
    }
    expect(button("Phụ lục").getAttribute("aria-describedby")).toBe("attachment-hint");
    expect(screen.getByRole("tab", { name: "Nhập kế hoạch" })).toBeTruthy();
    expect(screen.getByRole("main", { name: "Dự toán kinh phí" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Tùy chọn tính dự toán" })).toBeTruthy();
  });
});

describe("before printing", () => {
  it("after Tính dự toán, says the delegates' meal support is not counted and what is at stake", async () => {
    await renderPane();
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    // The sample's conference: 2 cuộc x 60 người x 150.000 (point b of K4 Đ12 TT 40/2017) = 18.000.000 at most.
    expect(screen.getByText(/Tiền ăn đại biểu không hưởng lương chưa tính ở 1 hoạt động \(tối đa 18\.000\.000 đồng\)/)).toBeTruthy();
  });

  it("fits the estimate to the plan's amounts when asked: the total is the plan's 87.000.000", async () => {
    await renderPane();
    fireEvent.change(screen.getByLabelText("Cân đối dự toán"), { target: { value: "plan" } });
    await clickAndWait("Tính dự toán", /Đã ghi dự toán/);
    expect(screen.getByTestId("estimate-total").textContent).toBe("87.000.000 đồng");
  });
});

describe("Mức chi năm trước (last year's levels)", () => {
  it("reads the dự toán file the officer picks and writes its levels to the Định mức sheet of the open workbook", async () => {
    // Last year's attachment, as this product printed it, with the hall at the unit's own 2.500.000.
    const { buildTraVinhWorkbook } = await import("../../examples/traVinhSample");
    const { XlsxWorkbook } = await import("../xlsx/xlsxWorkbook");
    const { runAttachment } = await import("../workbook/commands/attachment");
    const last = new XlsxWorkbook(buildTraVinhWorkbook());
    await runAttachment(last);
    const ws = last.workbook.getWorksheet("Dự toán")!;
    ws.eachRow((row) => {
      if (String(row.getCell(2).value).startsWith("Thuê hội trường")) row.getCell(5).value = 2500000;
    });
    const bytes = await last.toBuffer();

    const { book } = await renderPane();
    const input = screen.getByLabelText("Mức chi năm trước…") as HTMLInputElement;
    const file = new File([bytes.slice().buffer as ArrayBuffer], "du-toan-2019.xlsx", {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(screen.getByText(/Đã lấy \d+ mức chi từ du-toan-2019\.xlsx vào sheet "Định mức"/)).toBeTruthy(), {
      timeout: 10000,
    });
    expect(book.sheet("Định mức")).toBeDefined();
    const rows = Array.from({ length: 80 }, (_, i) => i + 1);
    const hall = rows.find((r) => JSON.stringify(book.cell("Định mức", r, 1).value) === JSON.stringify(text("HN.HOITRUONG")));
    expect(book.cell("Định mức", hall!, 5).value).toEqual({ type: "number", value: "2500000" });
  });
});
