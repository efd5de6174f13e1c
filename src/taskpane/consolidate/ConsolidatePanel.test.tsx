/** @jest-environment jsdom */
import "../../../test/support/jsdomText";
import fs from "fs";
import path from "path";
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { formatVnd } from "../../core/money/money";
import { consolidateFiles, unitFileReader } from "../../workbook/consolidate/consolidateFiles";
import { readBookValues } from "../../xlsx/values/bookValues";
import { renderPane } from "../../../test/support/testKit";
import { STRINGS } from "../i18n";
import { consolidationFindings, fileBytes } from "./consolidatePicked";
import { statusText } from "./ConsolidatePanel";

// jsdom makes no object URLs: the workbook offered for download is kept here.
const made: Blob[] = [];
URL.createObjectURL = (blob: Blob) => {
  made.push(blob);
  return `blob:tong-hop-${made.length}`;
};
URL.revokeObjectURL = () => undefined;

configure({ defaultIgnore: "script, style, [data-testid=announcer]" });

const SAMPLE = fs.readFileSync(path.join(__dirname, "../../../examples/tra-vinh-2020.xlsx"));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The files as the officer picks them: two units (the bundled sample twice) and a file that is no workbook. */
const picked = () => [
  new File([SAMPLE], "so-cong-thuong.xlsx", { type: XLSX }),
  new File([SAMPLE], "so-tai-nguyen.xlsx", { type: XLSX }),
  new File(["không phải tệp Excel"], "ghi-chu.xlsx", { type: XLSX }),
];

/** The engine's own consolidation of the same bytes, as `dutoan consolidate` reads them. */
const engine = () =>
  consolidateFiles(
    picked().map((f, i) => ({
      file: f.name,
      bytes: async () => (i < 2 ? new Uint8Array(SAMPLE) : new TextEncoder().encode("không phải tệp Excel")),
    })),
    unitFileReader(readBookValues),
  );

describe("Tổng hợp in the task pane", () => {
  it("consolidates the picked files with a progress bar, shows the total, each unit and the findings, offers the workbook", async () => {
    const expected = await engine();
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    const pick = await screen.findByRole("button", { name: "Chọn tệp của các đơn vị…" }, { timeout: 20_000 });
    expect(pick.getAttribute("aria-describedby")).toBe("consolidate-hint");
    fireEvent.change(screen.getByTestId("consolidate-files"), { target: { files: picked() } });

    const total = await screen.findByTestId("consolidate-total", {}, { timeout: 20_000 });
    expect(total.textContent).toBe(`${formatVnd(expected.total)} đồng`);
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    expect(screen.getByText("Đã đọc 3/3 tệp")).toBeTruthy();

    const rows = within(screen.getByRole("table", { name: "Các đơn vị (2)" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows).toHaveLength(expected.units.length);
    rows.forEach((row, i) => {
      const u = expected.units[i];
      expect(row.textContent).toContain(u.name);
      expect(row.textContent).toContain(u.file);
      expect(row.textContent).toContain(formatVnd(u.total));
      expect(row.textContent).toContain(statusText(STRINGS.vi, u));
    });

    // The findings: the file left out, named; none of them selects a cell of the open workbook.
    const findings = screen.getByRole("list", { name: /Kết quả/ });
    const items = within(findings).getAllByRole("listitem");
    expect(items).toHaveLength(consolidationFindings(expected).length);
    expect(findings.textContent).toContain("ghi-chu.xlsx");
    expect(within(findings).queryAllByRole("button")).toEqual([]);

    // The Tổng hợp workbook, as a download.
    const link = screen.getByRole("link", { name: "Tải tệp Tổng hợp (.xlsx)" });
    expect(link.getAttribute("download")).toBe("tong-hop-du-toan.xlsx");
    expect(link.getAttribute("href")).toBe(`blob:tong-hop-${made.length}`);
    const book = await readBookValues(new Uint8Array(await fileBytes(made.at(-1)!)), (s) => s.map((x) => x.name));
    expect(book.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết hoạt động", "Chi tiết nội dung chi"]);

    // Said once, in the pane's live region.
    await waitFor(() =>
      expect(screen.getByTestId("announcer").textContent).toBe(
        `Đã tổng hợp 2 đơn vị, bỏ qua 1 tệp: tổng dự toán ${formatVnd(expected.total)} đồng. Tổng hợp: ${consolidationFindings(expected).length} kết quả.`,
      ),
    );
    // The focus stays on the button that picked the files (it is focusable while it ran).
    expect(pick.hasAttribute("disabled")).toBe(false);
  }, 60_000);

  it("says so when none of the files can be read, and offers no workbook", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    await screen.findByRole("button", { name: "Chọn tệp của các đơn vị…" }, { timeout: 20_000 });
    fireEvent.change(screen.getByTestId("consolidate-files"), { target: { files: [picked()[2]] } });
    await screen.findByText("Không đọc được tệp nào trong 1 tệp đã chọn: xem kết quả.", {}, { timeout: 20_000 });
    expect(screen.queryByRole("link", { name: "Tải tệp Tổng hợp (.xlsx)" })).toBeNull();
    expect(screen.queryByTestId("consolidate-total")).toBeNull();
  }, 60_000);
});
