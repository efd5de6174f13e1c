import { money } from "../../core/money/money";
import type { UnitActivity, UnitFinding, UnitLine, UnitSummary } from "../../core/consolidate/unit";
import type { UnitReading } from "./readUnit";

/** A unit read in another thread, as it travels: every amount a decimal string (a Decimal does not survive the copy). */
export type WireUnit = Omit<UnitSummary, "total" | "allocation" | "activities" | "lines"> & {
  total: string;
  allocation?: string;
  activities: (Omit<UnitActivity, "amount"> & { amount: string })[];
  lines: (Omit<UnitLine, "quantity" | "amount"> & { quantity: string; amount: string })[];
};

export type WireReading = { unit: WireUnit } | { skipped: UnitFinding };

export function toWire(r: UnitReading): WireReading {
  if (!("unit" in r)) return r;
  const u = r.unit;
  return {
    unit: {
      ...u,
      total: u.total.toFixed(),
      allocation: u.allocation?.toFixed(),
      activities: u.activities.map((a) => ({ ...a, amount: a.amount.toFixed() })),
      lines: u.lines.map((l) => ({ ...l, quantity: l.quantity.toFixed(), amount: l.amount.toFixed() })),
    },
  };
}

export function fromWire(w: WireReading): UnitReading {
  if (!("unit" in w)) return w;
  const u = w.unit;
  return {
    unit: {
      ...u,
      total: money(u.total),
      allocation: u.allocation === undefined ? undefined : money(u.allocation),
      activities: u.activities.map((a) => ({ ...a, amount: money(a.amount) })),
      lines: u.lines.map((l) => ({ ...l, quantity: money(l.quantity), amount: money(l.amount) })),
    },
  };
}
