/**
 * Vietnamese VAT rates by class and date: one table, one pure function.
 *
 * Classes (which product is in which class is the catalogue's table,
 * `src/scripts/data/compliance.ts`):
 * - `farm_produce`: crop and livestock products not processed, or only given
 *   ordinary preliminary processing (drying, milling, cleaning, chilling), sold
 *   at the commercial stage: 5 % (VAT Law 48/2024/QH15, Art. 9(2); sold by
 *   the grower itself they are outside VAT, Art. 5(1), but this store sells
 *   as the trader, so 5 % applies).
 * - `standard`: processed foods, handicrafts, services (delivery, tourism):
 *   10 % (VAT Law 48/2024/QH15, Art. 9(3)), reduced by 2 points to 8 % while
 *   a reduction resolution is in force (REDUCTIONS below).
 * - `excise_goods`: goods subject to special consumption (excise) tax, here
 *   spirits: 10 %, never reduced (the resolutions exclude excise goods).
 */
export type VatClass = "farm_produce" | "standard" | "excise_goods"

export const VAT_CLASSES: readonly VatClass[] = ["farm_produce", "standard", "excise_goods"]

/** The rates the law sets, before any temporary reduction. */
export const STATUTORY_RATES: Record<VatClass, number> = {
  farm_produce: 5,
  standard: 10,
  excise_goods: 10,
}

/** Vietnam is UTC+7 all year: a legal day starts at 17:00 UTC the day before. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const vnMidnight = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - VN_OFFSET_MS

export type VatReduction = {
  /** first day it applies, Vietnam time */
  from: number
  /** first day it no longer applies, Vietnam time */
  until: number
  classes: VatClass[]
  /** the rate while it applies */
  rate: number
  basis: string
}

/**
 * The 2 % reductions this table covers (earlier ones, 2022-2024, are not
 * modelled: the function refuses dates before TABLE_FROM).
 */
export const REDUCTIONS: VatReduction[] = [
  {
    from: vnMidnight(2025, 1, 1),
    until: vnMidnight(2025, 7, 1),
    classes: ["standard"],
    rate: 8,
    basis: "Resolution 174/2024/QH15; Decree 180/2024/NĐ-CP (01/01/2025-30/06/2025)",
  },
  {
    from: vnMidnight(2025, 7, 1),
    until: vnMidnight(2027, 1, 1),
    classes: ["standard"],
    rate: 8,
    basis: "Resolution 204/2025/QH15; Decree 174/2025/NĐ-CP (01/07/2025-31/12/2026)",
  },
]

export const TABLE_FROM = vnMidnight(2025, 1, 1)

/** The VAT rate (percent) of a class for a supply made at `at`. */
export function vatRateOn(vatClass: VatClass, at: Date): number {
  const t = at.getTime()
  if (!(vatClass in STATUTORY_RATES)) {
    throw new RangeError(`Unknown VAT class "${vatClass}"`)
  }
  if (Number.isNaN(t) || t < TABLE_FROM) {
    throw new RangeError(`VAT table starts on 2025-01-01 (Vietnam time); got ${at.toISOString?.() ?? at}`)
  }
  const reduction = REDUCTIONS.find((r) => r.classes.includes(vatClass) && t >= r.from && t < r.until)
  return reduction ? reduction.rate : STATUTORY_RATES[vatClass]
}

/** Every class's rate on a date, e.g. `{ farm_produce: 5, standard: 8, excise_goods: 10 }`. */
export function vatRatesOn(at: Date): Record<VatClass, number> {
  return Object.fromEntries(VAT_CLASSES.map((c) => [c, vatRateOn(c, at)])) as Record<VatClass, number>
}
