/** @jest-environment jsdom */
import fs from "fs";
import path from "path";
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parsePlanText } from "../../core/planText/parsePlanText";
import { KIND_LABELS } from "../../core/plan/kinds";
import { createMemoryWorkbook } from "../../playground/memoryWorkbook";
import { traVinhMemoryWorkbook } from "../../playground/traVinhBook";
import { renderPane } from "../../../test/support/testKit";

// The pane's live region repeats each result for screen readers; queries look at what is shown.
configure({ defaultIgnore: "script, style, [data-testid=announcer]" });

const SEED = fs.readFileSync(path.join(__dirname, "../../../test/fixtures/seeds/tra-vinh-2020-bao-ve-moi-truong.txt"), "utf8");

async function openImportAndRead(text: string) {
  fireEvent.click(screen.getByRole("tab", { name: "Nhập kế hoạch" }));
  const box = await screen.findByRole("textbox", { name: "Dán nội dung kế hoạch (từ Word hoặc trang web)" });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản" }));
}

const previewRows = () =>
  within(screen.getByRole("table", { name: /Các hoạt động đọc được/ }))
    .getAllByRole("row")
    .slice(1);

describe("Nhập kế hoạch in the task pane", () => {
  it("previews what the parser read: each activity with its kind and quantity", async () => {
    await renderPane(createMemoryWorkbook());
    await openImportAndRead(SEED);
    const expected = parsePlanText(SEED).activities;
    expect(screen.getByRole("heading", { name: `Đã đọc ${expected.length} hoạt động` })).toBeTruthy();
    expect(screen.getByText("Kế hoạch 30/KH-SCT, ngày 19/03/2020")).toBeTruthy();
    expect(screen.getByText("Tổng kinh phí: 87.000.000 đồng")).toBeTruthy();
    const rows = previewRows();
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const a = expected[i];
      expect(within(row).getByRole("combobox", { name: `Loại của "${a.name}"` })).toHaveProperty("value", a.kind);
      expect(within(row).getByRole("textbox", { name: `Số lượng của "${a.name}"` })).toHaveProperty("value", a.quantity?.toFixed() ?? "");
    });
  });

  it("inserts the plan with the user's corrections, and the pane then shows it", async () => {
    const book = createMemoryWorkbook();
    await renderPane(book);
    await openImportAndRead(SEED);
    const [, banners, , database] = previewRows();
    fireEvent.change(within(banners).getByRole("textbox"), { target: { value: "100" } });
    fireEvent.change(within(database).getByRole("combobox"), { target: { value: "other" } });
    fireEvent.click(screen.getByRole("button", { name: "Chèn vào sổ tính" }));
    await screen.findByText(/hàng vào sheet Kế hoạch/);
    // Back on the estimate tab, the pane reads the plan it just wrote.
    expect(await screen.findByText("4 hoạt động, 2 nhóm")).toBeTruthy();
    const rowOf = (name: RegExp) => {
      for (let r = 2; r < 20; r++) {
        const v = book.cell("Kế hoạch", r, 2).value;
        if (v.type === "text" && name.test(v.value)) return r;
      }
      throw new Error(`no row ${name}`);
    };
    expect(book.cell("Kế hoạch", rowOf(/^Trang bị băng rôn/), 5).value).toEqual({ type: "number", value: "100" });
    expect(book.cell("Kế hoạch", rowOf(/^Duy trì hoạt động/), 3).value).toEqual({ type: "text", value: KIND_LABELS.other });
    expect(book.sheet("Phân bổ")).toBeDefined();
  });

  it("refuses to insert while a quantity cannot be read", async () => {
    await renderPane(createMemoryWorkbook());
    await openImportAndRead(SEED);
    const [first] = previewRows();
    const quantity = within(first).getByRole("textbox");
    fireEvent.change(quantity, { target: { value: "hai" } });
    expect(within(first).getByText("Không đọc được số")).toBeTruthy();
    expect(quantity.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("button", { name: "Chèn vào sổ tính" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(quantity, { target: { value: "2,5" } });
    expect(screen.getByRole("button", { name: "Chèn vào sổ tính" }).hasAttribute("disabled")).toBe(false);
  });

  it("keeps an existing Kế hoạch sheet unless the user chooses to replace it", async () => {
    const book = await traVinhMemoryWorkbook();
    await renderPane(book);
    await openImportAndRead(SEED);
    fireEvent.click(screen.getByRole("button", { name: "Chèn vào sổ tính" }));
    const refusal = await screen.findByRole("button", { name: /Sheet "Kế hoạch" đã có dữ liệu/ });
    expect(refusal.textContent).toMatch(/Lỗi/);
    expect(book.cell("Kế hoạch", 3, 1).value).toEqual({ type: "text", value: "a" });
    fireEvent.click(screen.getByRole("checkbox", { name: "Thay thế sheet Kế hoạch đang có (có thể hoàn tác)" }));
    fireEvent.click(screen.getByRole("button", { name: "Chèn vào sổ tính" }));
    await screen.findByText(/hàng vào sheet Kế hoạch/);
    await waitFor(() => expect(book.cell("Kế hoạch", 2, 1).value).toEqual({ type: "text", value: "II" }));
  });
});
