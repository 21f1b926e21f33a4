import type { CatalogueCertification, CatalogueSeason, CatalogueVariant } from "./types"

/** One variant: title, SKU, integer VND price, estimated?, stock, net grams. */
export const v = (
  title: string,
  sku: string,
  price: number,
  price_estimated: boolean,
  stock: number,
  weight_g?: number
): CatalogueVariant => ({ title, sku, price, price_estimated, stock, weight_g })

/** Processed goods: sold all year. */
export const ALL_YEAR: CatalogueSeason = {
  months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  uncertain: false,
}

/** Na: Jul–Sep, with an Oct–Dec off-season crop (less certain). */
export const NA_SEASON: CatalogueSeason = {
  months: [7, 8, 9],
  off_season_months: [10, 11, 12],
  uncertain: false,
}

export const PERSIMMON_SEASON: CatalogueSeason = { months: [9, 10], uncertain: false }

/**
 * Lạng Sơn OCOP 2025 round 2: QĐ 2865/QĐ-UBND, 31/12/2025 (23 products).
 * https://www.vietnam.vn/es/cong-bo-ket-qua-danh-gia-phan-hang-san-pham-ocop-tinh-lang-son-nam-2025-dot-2
 */
export const ROUND_2025_2: Pick<CatalogueCertification, "year" | "decided_at" | "decision_number" | "round"> = {
  year: 2025,
  decided_at: "2025-12-31",
  decision_number: "2865/QĐ-UBND",
  round: "2025 đợt 2",
}

/** The 2020 round 3 results announced in 01/2021 (etime.danviet.vn, 28/01/2021). */
export const ROUND_2020_3 = "Đợt 3/2020 (công bố 01/2021)"
