/**
 * Tax classes and labels of the Lạng Sơn catalogue: the one table to check
 * and correct. Rates by class and date are `src/lib/compliance/vat-rate.ts`.
 *
 * VAT class by category, with the legal basis:
 * - fresh fruit and nuts, vegetables: crop products not processed → farm_produce,
 *   5 % at the commercial stage (VAT Law 48/2024/QH15, Art. 9(2); outside VAT
 *   only when the grower sells its own produce, Art. 5(1): the store sells as trader).
 * - processed specialties, meat specialties (roasted, steamed, smoked, sausages),
 *   noodles, oils, tea, honey, tourism experiences → standard, 10 % (Art. 9(3)),
 *   8 % under Resolution 204/2025/QH15 and Decree 174/2025/NĐ-CP until 31/12/2026.
 * - rice wine/spirits → excise_goods: 10 %, subject to special consumption tax
 *   (Law 66/2025/QH15; before 2026 Law 27/2008/QH12), so excluded from the
 *   reduction (Decree 174/2025/NĐ-CP, Art. 1(1)(c)).
 *
 * ⚠️ `uncertain: true` marks a classification a tax adviser must confirm:
 * we did not find a ruling for that exact product, and chose the class written.
 */
import type { VatClass, ProductLabel } from "../../lib/compliance"

export type VatClassification = { vat_class: VatClass; basis: string; uncertain?: true }

const FARM: VatClassification = {
  vat_class: "farm_produce",
  basis: "Unprocessed crop product, commercial stage: 5 % (VAT Law 48/2024/QH15 Art. 9(2))",
}
const STANDARD: VatClassification = {
  vat_class: "standard",
  basis: "Processed goods/services: 10 % (VAT Law 48/2024/QH15 Art. 9(3)), 8 % to 31/12/2026 (Resolution 204/2025/QH15)",
}
const EXCISE: VatClassification = {
  vat_class: "excise_goods",
  basis: "Spirits, subject to special consumption tax: 10 %, excluded from the 2 % reduction (Decree 174/2025/NĐ-CP)",
}

export const VAT_CLASS_BY_CATEGORY: Record<string, VatClassification> = {
  "trai-cay-tuoi": FARM,
  rau: FARM,
  "che-tra": STANDARD,
  "mat-ong": STANDARD,
  "gia-vi-tinh-dau": STANDARD,
  "gao-ngu-coc": STANDARD,
  "thit-dac-san": STANDARD,
  "dac-san-che-bien": STANDARD,
  ruou: EXCISE,
  "du-lich": STANDARD,
}

/** Products whose class differs from their category's. */
export const VAT_CLASS_BY_HANDLE: Record<string, VatClassification> = {
  // dried whole star anise: drying is "ordinary preliminary processing" (sơ chế thông thường)
  "hoa-hoi-kho-chi-lang": { ...FARM, uncertain: true },
  // dried mắc mật fruit/leaves used as spice: dried only
  "mac-mat-lang-son": { ...FARM, uncertain: true },
  // milled glutinous rice: milling counts as ordinary preliminary processing
  "gao-nep-cai-hoa-vang-bac-son": { ...FARM, uncertain: true },
  // a slaughtered, cleaned chicken ("gà làm sẵn"): livestock product, preliminary processing only
  "ga-ri-van-quan": { ...FARM, uncertain: true },
  // honey and dried tea: sold bottled/packed; treated as processed until an adviser says otherwise
  "mat-ong-hoa-ngu-gia-bi-quang-lac": { ...STANDARD, uncertain: true },
  "mat-ong-huong-rung-xu-lang": { ...STANDARD, uncertain: true },
  "mat-ong-van-thuy": { ...STANDARD, uncertain: true },
  "che-duoi-tan-hoi-binh-gia": { ...STANDARD, uncertain: true },
  "che-ngoc-thuy-dinh-lap": { ...STANDARD, uncertain: true },
  // herbal "cao": could fall under traditional medicines (5 %) if registered as such
  "cao-kho-van-linh": { ...STANDARD, uncertain: true },
  // essential oils: excluded from the reduction if on Decree 174/2025's Appendix I (chemicals)
  "tinh-dau-hoi-chi-lang": { ...STANDARD, uncertain: true },
  "tinh-dau-hoi-van-quan": { ...STANDARD, uncertain: true },
}

/** The VAT class of a catalogue product. */
export function vatClassOf(product: { handle: string; category: string }): VatClassification {
  const found = VAT_CLASS_BY_HANDLE[product.handle] ?? VAT_CLASS_BY_CATEGORY[product.category]
  if (!found) {
    throw new Error(`No VAT class for ${product.handle} (category ${product.category})`)
  }
  return found
}

/** Product type (Medusa) per VAT class: the tax rate rules point at these. */
export const VAT_PRODUCT_TYPES: Record<VatClass, string> = {
  farm_produce: "Nông sản chưa chế biến (unprocessed farm produce)",
  standard: "Hàng chế biến và dịch vụ (processed goods and services)",
  excise_goods: "Hàng chịu thuế tiêu thụ đặc biệt (excise goods)",
}

/**
 * Shelf life and storage of fresh and cold-chain products, printed on the
 * product page and used to refuse deliveries that take longer.
 *
 * ⚠️ ESTIMATES: no source gives the producers' own declared shelf lives
 * (hạn sử dụng on their labels). These are conservative values for goods as
 * dispatched; replace each with the producer's label when it is known.
 */
export const PRODUCT_LABELS: Record<string, ProductLabel & { estimated: true }> = {
  "na-chi-lang": { shelf_life_days: 5, storage: "room", estimated: true },
  "na-dai-dong-mo": { shelf_life_days: 5, storage: "room", estimated: true },
  "na-bo-chi-lang": { shelf_life_days: 3, storage: "room", estimated: true },
  "na-cai-kinh": { shelf_life_days: 5, storage: "room", estimated: true },
  "quyt-vang-bac-son": { shelf_life_days: 14, storage: "cool_dry", estimated: true },
  "hong-khong-hat-bao-lam": { shelf_life_days: 7, storage: "cool_dry", estimated: true },
  "hong-vanh-khuyen-van-lang": { shelf_life_days: 5, storage: "cool_dry", estimated: true },
  "tram-den-van-quan": { shelf_life_days: 5, storage: "cool_dry", estimated: true },
  "hat-de-tuoi-cao-loc": { shelf_life_days: 30, storage: "cool_dry", estimated: true },
  "rau-chan-vit-huu-co-huu-lung": { shelf_life_days: 3, storage: "chilled", estimated: true },
  "cai-xoan-huu-co-huu-lung": { shelf_life_days: 3, storage: "chilled", estimated: true },
  "ngong-hoa-cai": { shelf_life_days: 2, storage: "chilled", estimated: true },
  "vit-quay-hong-xiem": { shelf_life_days: 2, storage: "chilled", estimated: true },
  "vit-quay-nguyen-sinh": { shelf_life_days: 2, storage: "chilled", estimated: true },
  "khau-nhuc-tran-sinh": { shelf_life_days: 3, storage: "chilled", estimated: true },
  "khau-nhuc-mai-sao": { shelf_life_days: 5, storage: "chilled", estimated: true },
  "nem-nuong-khoi-loan": { shelf_life_days: 2, storage: "chilled", estimated: true },
  "xuc-xich-sam-thu": { shelf_life_days: 30, storage: "chilled", estimated: true },
  "thit-lon-hun-khoi-binh-gia": { shelf_life_days: 30, storage: "chilled", estimated: true },
  "ga-ri-van-quan": { shelf_life_days: 2, storage: "chilled", estimated: true },
  "banh-gai-lang-lay": { shelf_life_days: 5, storage: "cool_dry", estimated: true },
  "banh-ngai-lang-lay": { shelf_life_days: 3, storage: "cool_dry", estimated: true },
  "banh-chung-cam-hong-ly": { shelf_life_days: 5, storage: "cool_dry", estimated: true },
  "banh-chung-den-bac-son": { shelf_life_days: 5, storage: "cool_dry", estimated: true },
  "thach-chu-hanh": { shelf_life_days: 3, storage: "chilled", estimated: true },
}

/**
 * Alcohol by volume (%) of the rice wines (category "ruou"): what decides
 * the alcohol rules (18+, no cash on delivery, no livestream promotion from
 * 15 %: `src/lib/compliance/alcohol.ts`).
 *
 * ⚠️ ESTIMATES: no source gives the producers' declared ABVs (nồng độ on
 * their labels). Leaf-yeast rice wines of the region are commonly 25-35 %;
 * 29 % is used for each until the producer's label is entered.
 */
export const ALCOHOL_LABELS: Record<string, { abv: number; estimated: true }> = {
  "ruou-men-la-cong-son": { abv: 29, estimated: true },
  "ruou-men-la-huu-le": { abv: 29, estimated: true },
  "ruou-hoi-hoan": { abv: 29, estimated: true },
  "ruou-men-la-suoi-mo-mam": { abv: 29, estimated: true },
}
