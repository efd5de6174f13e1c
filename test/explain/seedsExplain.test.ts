import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { estimatedBook, expectEveryCellExplained } from "./kit";

const SEEDS = path.join(__dirname, "..", "fixtures", "seeds");

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "dutoan-explain-seeds-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet = (): CliIO => ({ out: () => undefined, err: () => undefined, cwd: dir });

describe.each(fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")))("explain on the seed %s", (file) => {
  test("every cell Tính dự toán and Phụ lục write is explained by parts that add up to it, from the plan's cells and the norms", async () => {
    const plan = path.join(dir, file.replace(/\.txt$/, ".xlsx"));
    expect(await main(["import", path.join(SEEDS, file), "-o", plan], quiet())).toBe(0);
    const { book, written } = await estimatedBook(await XlsxWorkbook.open(plan));
    const counts = expectEveryCellExplained(book, written);
    expect(counts.line).toBeGreaterThan(0);
  });
});
