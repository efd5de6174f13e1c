import { foldText } from "../text/fold";

/**
 * Spending lines of different units are the same line when they price the same
 * norm in the same unit of measure (banners counted per market and per piece stay
 * apart); lines without a norm code are matched by their words and unit.
 */
export function lineKey(line: { normCode?: string; description: string; unit: string }): string {
  const unit = foldText(line.unit);
  return line.normCode ? `${line.normCode}|${unit}` : `~${foldText(line.description)}|${unit}`;
}
