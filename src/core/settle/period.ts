import { dateOf, yearOf, type IsoDate } from "../dates/isoDate";
import { QUARTERS, type Quarter } from "../plan/plan";

/** The first day of each quarter, as mm-dd. */
const QUARTER_START = ["", "01-01", "04-01", "07-01", "10-01"] as const;

/** The span of the year a settlement covers: the quarters whose spending it counts, as of a day. */
export interface SettlementPeriod {
  /** The plan's year. */
  year: number;
  /** True when the year is known only from an assumed as-of day (the plan names none): never printed. */
  yearAssumed: boolean;
  /** The day the figures are taken as of. */
  asOf: IsoDate;
  /** True when the officer gave the day (--as-of); else it is today, assumed: said in a finding, never printed. */
  asOfGiven: boolean;
  /** The quarters whose actual spending is counted: every quarter that has begun by the as-of day (its own included). */
  counted: Quarter[];
  /**
   * The year is over on the as-of day (31/12 or later): what is left unspent is
   * left for good, to be returned or carried over, not still to spend.
   */
  yearClosed: boolean;
}

/**
 * The period of a settlement as of a day: actuals up to the quarter of that day
 * (the quarter it falls in counts, with whatever was spent in it so far). A day
 * before the plan's year counts nothing; a day after it counts the whole year.
 * The plan's year is its own (its date, its Thời gian, its title); when it names
 * none, the as-of day's.
 */
export function settlementPeriod(planYear: number | undefined, asOf: IsoDate, asOfGiven: boolean): SettlementPeriod {
  const year = planYear ?? yearOf(asOf);
  const counted = QUARTERS.filter((q) => `${year}-${QUARTER_START[q]}` <= asOf);
  const lastDay = dateOf(year, 12, 31);
  return {
    year,
    yearAssumed: planYear === undefined && !asOfGiven,
    asOf,
    asOfGiven,
    counted,
    yearClosed: lastDay !== undefined && asOf >= lastDay,
  };
}
