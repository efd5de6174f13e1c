/**
 * A tiny formula evaluator for the fake Excel: numbers, text, cell references and
 * ranges (same sheet or 'Other sheet'!A1), + - * /, & and comparisons,
 * parentheses, SUM, ROUND, SUBTOTAL(9, ranges...) and the text functions of the
 * amount-in-words formula (IF, AND, TEXT with a format of zeros, ABS, MID, LEFT,
 * RIGHT, SUBSTITUTE, TRIM, VALUE, UPPER, NA). Enough for the formulas the add-in
 * writes; anything else evaluates to #NAME?, so a test comparing values notices a
 * formula the fake cannot check.
 */
export type Scalar = number | string | boolean;

export interface FormulaHost {
  /** The value of a cell (evaluating its formula if it has one); "" when empty. */
  valueAt(sheet: string, row: number, col: number): Scalar;
  /** The formula of a cell ("=..."), or undefined for a constant or an empty cell. */
  formulaAt(sheet: string, row: number, col: number): string | undefined;
}

type Token =
  | { t: "num"; v: number }
  | { t: "ref"; sheet?: string; a: [number, number]; b?: [number, number] }
  | { t: "fn"; name: string }
  | { t: "op"; v: string }
  | { t: "str"; v: string };

const colNum = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const refAt = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^\d+(\.\d+)?(E[-+]?\d+)?/i.exec(rest);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = refAt.exec(rest);
    if (ref && !/^[A-Z]+\(/i.test(rest)) {
      const sheet = ref[1]?.startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1];
      out.push({ t: "ref", sheet, a: [Number(ref[3]), colNum(ref[2])], b: ref[4] ? [Number(ref[5]), colNum(ref[4])] : undefined });
      i += ref[0].length;
      continue;
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/i.exec(rest);
    if (fn) {
      out.push({ t: "fn", name: fn[1].toUpperCase() });
      i += fn[1].length; // the "(" comes next as an operator
      continue;
    }
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      out.push({ t: "str", v: str[1].replace(/""/g, '"') });
      i += str[0].length;
      continue;
    }
    const cmp = /^(<=|>=|<>|[=<>])/.exec(rest);
    if (cmp) {
      out.push({ t: "op", v: cmp[1] });
      i += cmp[1].length;
      continue;
    }
    if ("+-*/(),&".includes(ch)) {
      out.push({ t: "op", v: ch });
      i++;
      continue;
    }
    throw new Error("#NAME?");
  }
  return out;
}

class FormulaError extends Error {}

/** Excel's error values; other text that starts with "#" is just text. */
const isError = (v: Scalar): boolean => typeof v === "string" && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/.test(v);

const subtotalCache = new Map<string, boolean>();
/**
 * Whether a formula calls SUBTOTAL anywhere: Excel's SUBTOTAL leaves such cells out
 * of its ranges ("nested subtotals are ignored to avoid double counting").
 */
export function holdsSubtotal(formula: string): boolean {
  let known = subtotalCache.get(formula);
  if (known === undefined) {
    try {
      known = tokenize(formula.replace(/^=/, "")).some((t) => t.t === "fn" && t.name === "SUBTOTAL");
    } catch {
      known = /\bSUBTOTAL\s*\(/i.test(formula);
    }
    subtotalCache.set(formula, known);
  }
  return known;
}

/** Evaluates `formula` ("=...") on `sheet`; errors come back as Excel's error text. */
export function evaluate(formula: string, sheet: string, host: FormulaHost): Scalar {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ""));
  } catch {
    return "#NAME?";
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const fail = (code: string): never => {
    throw new FormulaError(code);
  };
  const num = (v: Scalar | Scalar[]): number => {
    if (Array.isArray(v)) return fail("#VALUE!");
    if (isError(v)) return fail(String(v));
    if (v === "") return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return v;
    return fail("#VALUE!");
  };
  /** The values of a reference's cells; `skipSubtotals` leaves out the cells whose formula calls SUBTOTAL. */
  const cells = (t: Extract<Token, { t: "ref" }>, skipSubtotals = false): Scalar[] => {
    const s = t.sheet ?? sheet;
    const [r1, c1] = t.a;
    const [r2, c2] = t.b ?? t.a;
    const out: Scalar[] = [];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const f = skipSubtotals ? host.formulaAt(s, r, c) : undefined;
        if (f !== undefined && holdsSubtotal(f)) continue;
        out.push(host.valueAt(s, r, c));
      }
    }
    return out;
  };
  /** A range's numbers added; text and empty cells count 0, an error propagates (as SUM does). */
  const rangeSum = (values: Scalar[]) => values.reduce<number>((s, v) => s + (typeof v === "number" ? v : isError(v) ? fail(String(v)) : 0), 0);
  /**
   * SUBTOTAL(function, ref1, ref2...): its references are read here, not as values,
   * because the cells holding a SUBTOTAL are left out. Only function 9 (SUM) is
   * modelled; another function number evaluates to #NAME? (the fake cannot check it).
   */
  const subtotal = (): Scalar => {
    const fn = num(expr());
    if (fn !== 9) return fail("#NAME?");
    let total = 0;
    let refs = 0;
    while (isOp(",")) {
      pos++;
      const t = tokens[pos++];
      // Excel accepts only references after the function number.
      if (t?.t !== "ref" || !(isOp(",") || isOp(")"))) return fail("#VALUE!");
      total += rangeSum(cells(t, true));
      refs++;
    }
    return refs ? total : fail("#VALUE!");
  };
  const call = (name: string, args: (Scalar | Scalar[])[]): Scalar => {
    switch (name) {
      case "SUM":
        return args.reduce<number>((sum, a) => sum + (Array.isArray(a) ? rangeSum(a) : num(a)), 0);
      case "ROUND": {
        const x = num(args[0]);
        const digits = num(args[1] ?? 0);
        const f = 10 ** digits;
        // Excel rounds half away from zero.
        return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
      }
      case "IF":
        return (typeof args[0] === "boolean" ? args[0] : num(args[0]) !== 0) ? one(args[1] ?? true) : one(args[2] ?? false);
      case "AND":
        return args.every((a) => (typeof a === "boolean" ? a : num(a) !== 0));
      case "ABS":
        return Math.abs(num(args[0]));
      case "TEXT": {
        // Only formats of zeros ("000000000000000", "0"): the integer padded to the format's length.
        const format = str(args[1]);
        if (!/^0+$/.test(format)) return fail("#NAME?");
        return String(Math.round(num(args[0]))).padStart(format.length, "0");
      }
      case "MID":
        return str(args[0]).substr(num(args[1]) - 1, num(args[2]));
      case "LEFT":
        return str(args[0]).slice(0, num(args[1] ?? 1));
      case "RIGHT": {
        const t = str(args[0]);
        return t.slice(Math.max(0, t.length - num(args[1] ?? 1)));
      }
      case "SUBSTITUTE":
        // Every occurrence, case-sensitive.
        return str(args[0]).split(str(args[1])).join(str(args[2]));
      case "TRIM":
        // Microsoft: "Removes all spaces from text except for single spaces between words."
        return str(args[0]).replace(/ +/g, " ").trim();
      case "VALUE": {
        const v = Number(str(args[0]));
        return Number.isFinite(v) ? v : fail("#VALUE!");
      }
      case "UPPER":
        return str(args[0]).toUpperCase();
      case "NA":
        return "#N/A";
      default:
        return fail("#NAME?");
    }
  };
  const one = (v: Scalar | Scalar[]): Scalar => (Array.isArray(v) ? fail("#VALUE!") : v);
  const str = (v: Scalar | Scalar[]): string => {
    const s = one(v);
    if (isError(s)) return fail(String(s));
    return typeof s === "boolean" ? (s ? "TRUE" : "FALSE") : String(s);
  };
  const primary = (): Scalar | Scalar[] => {
    const t = tokens[pos++];
    if (!t) return fail("#NAME?");
    if (t.t === "num" || t.t === "str") return t.v;
    if (t.t === "ref") return t.b ? cells(t) : cells(t)[0];
    if (t.t === "fn") {
      if (!isOp("(")) return fail("#NAME?");
      pos++;
      if (t.name === "SUBTOTAL") {
        const v = subtotal();
        if (!isOp(")")) return fail("#NAME?");
        pos++;
        return v;
      }
      const args: (Scalar | Scalar[])[] = [];
      if (!isOp(")")) {
        for (;;) {
          args.push(expr());
          if (isOp(",")) pos++;
          else break;
        }
      }
      if (!isOp(")")) return fail("#NAME?");
      pos++;
      return call(t.name, args);
    }
    if (t.v === "(") {
      const v = expr();
      if (!isOp(")")) return fail("#NAME?");
      pos++;
      return v;
    }
    if (t.v === "-") return -num(primary());
    if (t.v === "+") return num(primary());
    return fail("#NAME?");
  };
  const term = (): Scalar | Scalar[] => {
    let v = primary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[pos++] as { v: string }).v;
      const r = num(primary());
      if (op === "/" && r === 0) fail("#DIV/0!");
      v = op === "*" ? num(v) * r : num(v) / r;
    }
    return v;
  };
  const additive = (): Scalar | Scalar[] => {
    let v = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[pos++] as { v: string }).v;
      const r = num(term());
      v = op === "+" ? num(v) + r : num(v) - r;
    }
    return v;
  };
  /** Excel's precedence: comparisons bind loosest, then &, then + and -. */
  const concat = (): Scalar | Scalar[] => {
    let v = additive();
    while (isOp("&")) {
      pos++;
      v = str(v) + str(additive());
    }
    return v;
  };
  const expr = (): Scalar | Scalar[] => {
    let v = concat();
    while (["=", "<", ">", "<=", ">=", "<>"].some(isOp)) {
      const op = (tokens[pos++] as { v: string }).v;
      const a = one(v);
      const b = one(concat());
      const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
      v = { "=": c === 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0, "<>": c !== 0 }[op]!;
    }
    return v;
  };
  try {
    const v = expr();
    if (pos !== tokens.length) return "#NAME?";
    return Array.isArray(v) ? "#VALUE!" : v;
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}
