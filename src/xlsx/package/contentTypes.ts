import { attr, childrenOf, escapeAttr, root, startTag } from "./xml";

/** [Content_Types].xml edits. Part names are given without the leading "/" and compare case-insensitively. */

const partName = (part: string) => `/${part}`;

function entries(xml: string) {
  return childrenOf(xml, root(xml)).map((el) => ({ el, tag: startTag(xml, el) }));
}

function insert(xml: string, line: string): string {
  const r = root(xml);
  const close = r.end - `</${r.name}>`.length;
  return xml.slice(0, close) + line + xml.slice(close);
}

/** The content type of a part: its Override, else the Default of its extension. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const name = partName(part).toLowerCase();
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  let byDefault: string | undefined;
  for (const { el, tag } of entries(xml)) {
    if (el.local === "Override" && attr(tag, "PartName")?.toLowerCase() === name) return attr(tag, "ContentType");
    if (el.local === "Default" && attr(tag, "Extension")?.toLowerCase() === ext) byDefault = attr(tag, "ContentType");
  }
  return byDefault;
}

export function addOverride(xml: string, part: string, contentType: string): string {
  return insert(removeOverride(xml, part), `<Override PartName="${escapeAttr(partName(part))}" ContentType="${escapeAttr(contentType)}"/>`);
}

export function removeOverride(xml: string, part: string): string {
  const name = partName(part).toLowerCase();
  const found = entries(xml).find(({ el, tag }) => el.local === "Override" && attr(tag, "PartName")?.toLowerCase() === name);
  return found ? xml.slice(0, found.el.start) + xml.slice(found.el.end) : xml;
}

/**
 * Gives a part its content type: nothing when its extension's Default already says
 * so, else an Override (a .vml part gets a Default for its extension, as Excel writes it).
 */
export function setContentType(xml: string, part: string, contentType: string): string {
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const byDefault = entries(xml).find(({ el, tag }) => el.local === "Default" && attr(tag, "Extension")?.toLowerCase() === ext);
  if (byDefault && attr(byDefault.tag, "ContentType") === contentType) return removeOverride(xml, part);
  if (byDefault || ext !== "vml") return addOverride(xml, part, contentType);
  const r = root(xml);
  const line = `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(contentType)}"/>`;
  return removeOverride(xml.slice(0, r.tagEnd) + line + xml.slice(r.tagEnd), part);
}
