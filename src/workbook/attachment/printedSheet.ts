import type { WriteOp } from "../port";
import { MARGINS } from "./columns";
import { span, type Draft } from "./draft";
import { BODY_SIZE, DOCUMENT_FONT } from "./letterhead";

/** How a printed sheet of the add-in (the Dự toán attachment, the Quyết toán) is laid on paper. */
export interface PrintedSheet {
  lastCol: number;
  lastRow: number;
  widths: number[];
  /** The table's header rows, printed again on every page. */
  titleRows: [number, number];
  orientation: "portrait" | "landscape";
  /** Cell notes (they do not print). */
  notes?: WriteOp[];
  /** Rows kept in view on screen. */
  freezeRows?: number;
}

/**
 * The writes of a printed sheet from its draft: the sheet cleared and rewritten
 * whole, the administrative font on every cell first (the draft's styles only add
 * to it), the widths and heights, A4 one page wide with the header rows repeated.
 */
export function printedSheetWrites(sheet: string, draft: Draft, p: PrintedSheet): WriteOp[] {
  return [
    { op: "ensureSheet", sheet },
    { op: "clearSheet", sheet },
    { op: "cells", sheet, row: 1, col: 1, cells: draft.rows, numberFormats: draft.formats },
    { op: "style", sheet, range: span(1, 1, p.lastCol, p.lastRow), style: { fontName: DOCUMENT_FONT, fontSize: BODY_SIZE } },
    ...draft.ops,
    ...(p.notes ?? []),
    { op: "columnWidths", sheet, from: 1, widths: p.widths },
    { op: "rowHeights", sheet, from: 1, heights: draft.heights },
    ...(p.freezeRows !== undefined ? [{ op: "freeze", sheet, rows: p.freezeRows, columns: 0 } as const] : []),
    {
      op: "pageSetup",
      sheet,
      setup: {
        orientation: p.orientation,
        paperSize: "A4",
        fitToWidth: 1,
        printArea: span(1, 1, p.lastCol, p.lastRow),
        printTitleRows: `${p.titleRows[0]}:${p.titleRows[1]}`,
        margins: { ...MARGINS },
      },
    },
  ];
}
