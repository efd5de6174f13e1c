import { useEffect, useRef, useSyncExternalStore, type CSSProperties } from "react";
import { a1, columnLetter, parseRange, type RangeBox } from "../workbook/address";
import type { MemoryCell, MemorySheet, MemoryWorkbook } from "./memoryWorkbook";
import type { SelectionStore } from "./selection";
import { displayText } from "./displayText";

const MIN_ROWS = 24;
const MIN_COLS = 10;
/** The grid draws at most this many rows: the playground's samples are small. */
const MAX_ROWS = 400;

/** Excel's width in characters to pixels (Calibri 11: about 7 px a character plus padding). */
const columnPixels = (chars: number | undefined) => Math.round((chars ?? 8.43) * 7 + 5);

function extent(sheet: MemorySheet): { rows: number; cols: number } {
  let rows = 0,
    cols = 0;
  for (const key of sheet.cells.keys()) {
    rows = Math.max(rows, Math.floor(key / 16385));
    cols = Math.max(cols, key % 16385);
  }
  return { rows: Math.min(MAX_ROWS, Math.max(MIN_ROWS, rows + 2)), cols: Math.max(MIN_COLS, cols + 1) };
}

/** Anchors of merged areas, and the cells they cover. */
function mergeMap(sheet: MemorySheet) {
  const anchors = new Map<string, RangeBox>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const box = parseRange(m);
    anchors.set(a1(box.top, box.left), box);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) if (r !== box.top || c !== box.left) covered.add(a1(r, c));
  }
  return { anchors, covered };
}

function cellStyle(cell: MemoryCell): CSSProperties {
  const s = cell.style;
  const numeric = cell.value.type === "number";
  return {
    fontWeight: s.bold ? 600 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    fontSize: s.fontSize ? `${Math.round(s.fontSize * 1.2)}px` : undefined,
    fontFamily: s.fontName ? `"${s.fontName}", ${/times|serif/i.test(s.fontName) ? "serif" : "sans-serif"}` : undefined,
    border: s.border === "thin" ? "1px solid #7a7a7a" : undefined,
    color: s.fontColor ?? undefined,
    backgroundColor: s.fill ?? undefined,
    textAlign: s.horizontal ?? (numeric ? "right" : "left"),
    verticalAlign: s.vertical === "center" ? "middle" : (s.vertical ?? "bottom"),
    whiteSpace: s.wrap ? "normal" : "nowrap",
  };
}

const inBox = (box: RangeBox, r: number, c: number) => r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;

/**
 * A simple spreadsheet view of the in-memory workbook: the active sheet with its
 * column letters and row numbers, merges, bold and fills, numbers formatted as
 * Excel shows them in Vietnamese, the selected range, and the sheet tabs.
 * It re-renders after every change to the workbook and every selection.
 */
export function SheetGrid({ book, selection }: { book: MemoryWorkbook; selection: SelectionStore }) {
  useSyncExternalStore(book.subscribe, book.version);
  const selected = useSyncExternalStore(selection.subscribe, selection.get);
  const scroller = useRef<HTMLDivElement>(null);

  const tabs = book.sheets().filter((s) => s.visible);
  const sheet = book.sheet(selected.sheet) ?? tabs[0];
  const box = sheet && sheet.name === selected.sheet ? parseRange(selected.range) : parseRange("A1");
  const anchor = a1(box.top, box.left);

  useEffect(() => {
    scroller.current?.querySelector<HTMLElement>(`[data-address="${anchor}"]`)?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [anchor, sheet?.name]);

  if (!sheet) return <div className="grid-area">—</div>;
  const { rows, cols } = extent(sheet);
  const { anchors, covered } = mergeMap(sheet);
  const current = book.cell(sheet.name, box.top, box.left);
  const columns = Array.from({ length: cols }, (_, i) => i + 1);
  const selectCell = (address: string) => selection.set({ sheet: sheet.name, range: address });

  return (
    <div className="grid-area">
      <div className="formula-bar">
        <output className="name-box" aria-label="Ô đang chọn / selected range" data-testid="name-box">
          {selected.range}
        </output>
        <span className="fx" aria-hidden="true">
          fx
        </span>
        <output className="formula" aria-label="Nội dung ô / cell content" data-testid="formula-bar">
          {current.formula ?? displayText(current.value, current.numFmt)}
        </output>
      </div>
      <div className="grid-scroll" ref={scroller}>
        <table className="grid" role="grid" aria-label={`Sheet ${sheet.name}`} aria-readonly="true" data-sheet={sheet.name}>
          <colgroup>
            <col style={{ width: 40 }} />
            {columns.map((c) => (
              <col key={c} style={{ width: columnPixels(sheet.columnWidths.get(c)) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" aria-hidden="true" />
              {columns.map((c) => (
                <th key={c} scope="col" className={c >= box.left && c <= box.right ? "head on" : "head"}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => i + 1).map((r) => (
              <tr key={r} style={sheet.rowHeights.has(r) ? { height: Math.round(sheet.rowHeights.get(r)! * 1.33) } : undefined}>
                <th scope="row" className={r >= box.top && r <= box.bottom ? "head on" : "head"}>
                  {r}
                </th>
                {columns.map((c) => {
                  const address = a1(r, c);
                  if (covered.has(address)) return null;
                  const merge = anchors.get(address);
                  const cell = book.cell(sheet.name, r, c);
                  const on = inBox(box, r, c);
                  return (
                    <td
                      key={c}
                      data-address={address}
                      aria-selected={on}
                      className={on ? (address === anchor ? "cell selected anchor" : "cell selected") : "cell"}
                      colSpan={merge ? merge.right - merge.left + 1 : undefined}
                      rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                      style={cellStyle(cell)}
                      title={sheet.notes.get(address)}
                      onClick={() => selectCell(address)}
                    >
                      {displayText(cell.value, cell.numFmt)}
                      {sheet.notes.has(address) && <span className="note-mark" aria-label="ghi chú / note" />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sheet-tabs" role="tablist" aria-label="Các sheet / sheets">
        {tabs.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={s.name === sheet.name ? "tab active" : "tab"}
            onClick={() => selection.set({ sheet: s.name, range: "A1" })}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
