import type { PackageEdit } from "./edit";
import { parseRels, relsPath } from "./rels";
import type { Package } from "./zip";

/** Every part reachable from the package's relationships, lower-cased (part names compare so). */
export async function reachableParts(pkg: Package): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length) {
    const part = queue.pop()!;
    const rels = part === "" ? "_rels/.rels" : relsPath(part);
    const xml = await pkg.textOrUndefined(rels);
    for (const rel of parseRels(part, xml)) {
      const key = rel.target.toLowerCase();
      if (rel.external || seen.has(key) || !pkg.has(rel.target)) continue;
      seen.add(key);
      queue.push(pkg.find(rel.target)!);
    }
  }
  return seen;
}

/**
 * Removes the parts that were reachable before the edit and are not any more (a
 * removed sheet's drawings, comments and tables; a dropped table; the calc chain),
 * with their relationships and content types. Parts that were never reachable are left alone.
 */
export async function removeUnreachable(edit: PackageEdit, before: ReadonlySet<string>): Promise<void> {
  const after = await reachableParts(edit.pkg);
  for (const name of edit.pkg.names()) {
    const key = name.toLowerCase();
    if (!before.has(key) || after.has(key)) continue;
    edit.removePart(name);
    edit.pkg.remove(relsPath(name));
  }
}
