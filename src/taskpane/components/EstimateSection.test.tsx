/** @jest-environment jsdom */
import fs from "fs";
import path from "path";
import { configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { formatVnd } from "../../core/money/money";
import { parsePlanText } from "../../core/planText/parsePlanText";
import { createMemoryWorkbook } from "../../playground/memoryWorkbook";
import { runImport } from "../../workbook/commands/importPlan";
import { runEstimate } from "../../workbook/commands/estimate";
import { renderPane } from "../../../test/support/testKit";

configure({ defaultIgnore: "script, style, [data-testid=announcer]" });

const HA_GIANG = fs.readFileSync(path.join(__dirname, "../../../test/fixtures/seeds/ha-giang-2016-2020-san-xuat-sach-hon.txt"), "utf8");

/** Hà Giang's 2016-2020 plan, imported from its text as the officer would. */
async function haGiangBook() {
  const book = createMemoryWorkbook();
  await runImport(book, parsePlanText(HA_GIANG), {});
  return book;
}

const yearSelect = () => screen.getByRole("combobox", { name: /^Năm/ }) as HTMLSelectElement;

describe("the year of a multi-year plan", () => {
  it("offers the whole period (default) or one year, and the year reaches the estimate as --year does", async () => {
    const expected2018 = await runEstimate(await haGiangBook(), { year: 2018 });
    const expectedWhole = await runEstimate(await haGiangBook(), {});
    expect(expected2018.estimate!.total.eq(expectedWhole.estimate!.total)).toBe(false);
    await renderPane(await haGiangBook());

    const select = yearSelect();
    expect([...select.options].map((o) => o.text)).toEqual([
      "Cả giai đoạn 2016 - 2020",
      "Năm 2016",
      "Năm 2017",
      "Năm 2018",
      "Năm 2019",
      "Năm 2020",
    ]);
    expect(select.value).toBe("");

    fireEvent.click(screen.getByRole("button", { name: "Tính dự toán" }));
    await waitFor(() => expect(screen.getByTestId("estimate-total").textContent).toBe(`${formatVnd(expectedWhole.estimate!.total)} đồng`));

    fireEvent.change(yearSelect(), { target: { value: "2018" } });
    expect(yearSelect().value).toBe("2018");
    fireEvent.click(screen.getByRole("button", { name: "Tính dự toán" }));
    await waitFor(() => expect(screen.getByTestId("estimate-total").textContent).toBe(`${formatVnd(expected2018.estimate!.total)} đồng`));
  }, 60_000);

  it("is not offered for a plan of one year", async () => {
    await renderPane();
    expect(screen.queryByRole("combobox", { name: /^Năm/ })).toBeNull();
  });
});
