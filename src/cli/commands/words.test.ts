import { EXIT, type CliIO } from "../io";
import { WORDS_USAGE, wordsCommand } from "./words";

interface FakeIO extends CliIO {
  outLines: string[];
  errLines: string[];
}

function fakeIO(): FakeIO {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    cwd: "/tmp",
  };
}

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = fakeIO();
  const code = await wordsCommand(args, io);
  return { code, out: io.outLines, err: io.errLines };
}

describe("dutoan words", () => {
  it("prints one line per amount, dotted or not", async () => {
    const { code, out, err } = await run("955.651.000", "87000000", "1025");
    expect(code).toBe(EXIT.ok);
    expect(err).toEqual([]);
    expect(out).toEqual([
      "Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt nghìn đồng",
      "Tám mươi bảy triệu đồng",
      "Một nghìn không trăm hai mươi lăm đồng",
    ]);
  });

  it("writes the seed plan's words with --ngan", async () => {
    const { code, out } = await run("--ngan", "955.651.000");
    expect(code).toBe(EXIT.ok);
    expect(out).toEqual(["Chín trăm năm mươi lăm triệu, sáu trăm năm mươi mốt ngàn đồng"]);
  });

  it("takes the flags anywhere and combines them", async () => {
    const { code, out } = await run("201.024.000", "--le", "--bon", "--chan", "--end-mark", "--ngan");
    expect(code).toBe(EXIT.ok);
    expect(out).toEqual(["Hai trăm lẻ một triệu, không trăm hai mươi bốn ngàn đồng chẵn./."]);
  });

  it("drops the commas with --no-comma", async () => {
    const { out } = await run("5.025.110", "--no-comma");
    expect(out).toEqual(["Năm triệu không trăm hai mươi lăm nghìn một trăm mười đồng"]);
  });

  it("reads a negative amount rather than taking it for a flag", async () => {
    const { code, out } = await run("-5");
    expect(code).toBe(EXIT.ok);
    expect(out).toEqual(["Âm năm đồng"]);
  });

  it("names an unreadable amount on stderr, prints the others and returns 2", async () => {
    const { code, out, err } = await run("100", "abc", "1.000.001");
    expect(code).toBe(EXIT.io);
    expect(out).toEqual(["Một trăm đồng", "Một triệu, không trăm linh một đồng"]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('"abc"');
  });

  it("refuses a fraction of a đồng, naming the argument", async () => {
    const { code, out, err } = await run("12,5", "15");
    expect(code).toBe(EXIT.io);
    expect(out).toEqual(["Mười lăm đồng"]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('"12,5"');
    expect(err[0]).toContain("whole number");
  });

  it("prints the usage and returns 2 without amounts", async () => {
    const { code, out, err } = await run("--chan");
    expect(code).toBe(EXIT.io);
    expect(out).toEqual([]);
    expect(err).toEqual([WORDS_USAGE]);
    expect((await run()).err).toEqual([WORDS_USAGE]);
  });

  it("refuses an unknown option", async () => {
    const { code, out, err } = await run("100", "--bogus");
    expect(code).toBe(EXIT.io);
    expect(out).toEqual([]);
    expect(err[0]).toContain('"--bogus"');
    expect(err).toContain(WORDS_USAGE);
  });
});
