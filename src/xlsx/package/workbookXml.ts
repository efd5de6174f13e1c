import { sheetRef } from "../../workbook/address";
import { PackageUnsupported, attr, childrenOf, escapeAttr, escapeText, root, setAttr, startTag, text, type Element } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: string;
}

export interface WorkbookChanges {
  removed: ReadonlySet<string>;
  /** New states of kept sheets, by name. */
  states: ReadonlyMap<string, string>;
  added: readonly SheetEntry[];
  /** Sheets whose print area and print titles are set anew (their old ones are dropped). */
  printNames: ReadonlyMap<string, { area?: string; titlesRow?: string; titlesColumn?: string }>;
  /** Cells changed: Excel recalculates every formula when it opens the file. */
  fullCalc: boolean;
}

function workbookRoot(xml: string): { kids: Element[]; root: Element } {
  const r = root(xml);
  if (r.name !== "workbook") throw new PackageUnsupported(`workbook root <${r.name}>`);
  return { root: r, kids: childrenOf(xml, r) };
}

/** The sheets of workbook.xml, in tab order. */
export function readSheetEntries(xml: string): SheetEntry[] {
  const sheets = workbookRoot(xml).kids.find((k) => k.name === "sheets");
  if (!sheets) throw new PackageUnsupported("workbook has no <sheets>");
  return childrenOf(xml, sheets).map((el) => {
    const tag = startTag(xml, el);
    return {
      name: attr(tag, "name") ?? "",
      sheetId: Number(attr(tag, "sheetId")),
      rId: attr(tag, "r:id") ?? "",
      state: attr(tag, "state") ?? "visible",
    };
  });
}

const sheetTag = (s: SheetEntry) =>
  `<sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.state === "visible" ? "" : ` state="${s.state}"`} r:id="${escapeAttr(s.rId)}"/>`;

/** "A1:G40" as a defined name's reference: 'Dự toán'!$A$1:$G$40. */
function absolute(sheet: string, range: string): string {
  return range
    .split(/&&|,/)
    .map(
      (part) =>
        `${sheetRef(sheet)}!${part.replace(/\$/g, "").replace(/([A-Z]+)?(\d+)?/gi, (m, c?: string, r?: string) => (m ? `${c ? `$${c}` : ""}${r ? `$${r}` : ""}` : ""))}`,
    )
    .join(",");
}

/** A formula's references to a removed sheet become #REF!, as Excel does when a sheet is deleted. */
function withoutSheet(formula: string, sheet: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  let out = formula.split(quoted).join("#REF!");
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet))
    out = out.replace(new RegExp(`(?<![A-Za-z0-9_.'])${sheet.replace(/\./g, "\\.")}!`, "g"), "#REF!");
  return out;
}

/**
 * workbook.xml with only what the command changed: sheets added, removed or
 * hidden, the print names of the sheets it laid out, and full recalculation on
 * open. Defined names, protection, views and everything else stay as they are;
 * names scoped to a removed sheet go with it and the others follow their sheet's new position.
 */
export function editWorkbook(xml: string, ch: WorkbookChanges): string {
  const { kids, root: r } = workbookRoot(xml);
  const sheetsEl = kids.find((k) => k.name === "sheets")!;
  const entries = childrenOf(xml, sheetsEl);
  const before = readSheetEntries(xml);
  const newIndex: number[] = [];
  const finalNames: string[] = [];
  const sheetXml: string[] = [];
  before.forEach((s, i) => {
    if (ch.removed.has(s.name)) {
      newIndex[i] = -1;
      return;
    }
    newIndex[i] = finalNames.push(s.name) - 1;
    const state = ch.states.get(s.name);
    let tag = text(xml, entries[i]);
    if (state !== undefined && state !== s.state) tag = setAttr(tag, "state", state === "visible" ? undefined : state);
    sheetXml.push(tag);
  });
  for (const s of ch.added) {
    finalNames.push(s.name);
    sheetXml.push(sheetTag(s));
  }
  const edits: { start: number; end: number; text: string }[] = [
    { start: sheetsEl.start, end: sheetsEl.end, text: `${startTag(xml, sheetsEl).replace(/\s*\/>$/, ">")}${sheetXml.join("")}</sheets>` },
  ];

  // defined names
  const namesEl = kids.find((k) => k.name === "definedNames");
  const names: string[] = [];
  for (const el of namesEl ? childrenOf(xml, namesEl) : []) {
    let tag = startTag(xml, el);
    let body = text(xml, el)
      .slice(tag.length)
      .replace(/<\/definedName>$/, "");
    const local = attr(tag, "localSheetId");
    if (local !== undefined) {
      const i = newIndex[Number(local)];
      if (i === -1) continue;
      if (i !== undefined) {
        tag = setAttr(tag, "localSheetId", String(i));
        const name = attr(tag, "name");
        if ((name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles") && ch.printNames.has(finalNames[i])) continue;
      }
    }
    for (const gone of ch.removed) body = withoutSheet(body, gone);
    names.push(tag.endsWith("/>") ? tag : `${tag}${body}</definedName>`);
  }
  for (const [sheet, p] of ch.printNames) {
    const i = finalNames.indexOf(sheet);
    if (i < 0) continue;
    if (p.area) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${escapeText(absolute(sheet, p.area))}</definedName>`);
    const titles = [p.titlesColumn, p.titlesRow].filter((t): t is string => Boolean(t));
    if (titles.length)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeText(titles.map((t) => absolute(sheet, t)).join(","))}</definedName>`,
      );
  }
  const namesXml = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  if (namesEl) edits.push({ start: namesEl.start, end: namesEl.end, text: namesXml });
  else if (namesXml) {
    const after = [...kids].reverse().find((k) => ["sheets", "functionGroups", "externalReferences"].includes(k.name))!;
    edits.push({ start: after.end, end: after.end, text: namesXml });
  }

  // views: the active and first tabs follow their sheet
  for (const view of kids.filter((k) => k.name === "bookViews").flatMap((k) => childrenOf(xml, k))) {
    let tag = startTag(xml, view);
    for (const key of ["activeTab", "firstSheet"]) {
      const v = attr(tag, key);
      if (v === undefined) continue;
      const i = newIndex[Number(v)];
      tag = setAttr(tag, key, i === undefined || i < 0 ? "0" : String(i));
    }
    if (tag !== startTag(xml, view)) edits.push({ start: view.start, end: view.tagEnd, text: tag });
  }

  if (ch.fullCalc) {
    const calc = kids.find((k) => k.name === "calcPr");
    if (calc) edits.push({ start: calc.start, end: calc.tagEnd, text: setAttr(startTag(xml, calc), "fullCalcOnLoad", "1") });
    else {
      const next = kids.find((k) =>
        [
          "oleSize",
          "customWorkbookViews",
          "pivotCaches",
          "smartTagPr",
          "smartTagTypes",
          "webPublishing",
          "fileRecoveryPr",
          "webPublishObjects",
          "extLst",
        ].includes(k.name),
      );
      const at = next ? next.start : r.end - `</${r.name}>`.length;
      edits.push({ start: at, end: at, text: `<calcPr fullCalcOnLoad="1"/>` });
    }
  }

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += xml.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + xml.slice(pos);
}
