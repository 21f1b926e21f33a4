/**
 * Lạng Sơn OCOP seed catalogue: the only source of product facts for the seed.
 * Facts come from /work/shared/docs/ocop-domain.md §7 (36 rows + extra rows).
 *
 * - `ocop` is null when the stars are unconfirmed ("?") or for extra rows
 *   (the Đền Bắc Lệ tourism experience is the one certified extra row).
 * - Decision numbers/dates appear only where a source gives them.
 * - `price_estimated` is false only for prices a source states (✅).
 * - Producers with `placeholder: true` are not named by any source.
 */
import { BEVERAGE_PRODUCERS, BEVERAGE_PRODUCTS } from "./catalogue/beverages"
import { EXPERIENCE_PRODUCERS, EXPERIENCE_PRODUCTS } from "./catalogue/experiences"
import { FRUIT_PRODUCERS, FRUIT_PRODUCTS } from "./catalogue/fruit"
import { MEAT_PRODUCERS, MEAT_PRODUCTS } from "./catalogue/meat"
import { CAKE_PRODUCERS, CAKE_PRODUCTS } from "./catalogue/cakes"
import { SNACK_PRODUCERS, SNACK_PRODUCTS } from "./catalogue/snacks"
import { SPICE_OIL_PRODUCERS, SPICE_OIL_PRODUCTS } from "./catalogue/spices-oils"
import { TEA_HONEY_PRODUCERS, TEA_HONEY_PRODUCTS } from "./catalogue/tea-honey"
import { VEGETABLE_GRAIN_PRODUCERS, VEGETABLE_GRAIN_PRODUCTS } from "./catalogue/vegetables-grains"
import type { CatalogueProducer, CatalogueProduct } from "./catalogue/types"

export * from "./catalogue/types"
export { CATEGORIES } from "./catalogue/categories"

export const PRODUCERS: CatalogueProducer[] = [
  ...FRUIT_PRODUCERS,
  ...VEGETABLE_GRAIN_PRODUCERS,
  ...TEA_HONEY_PRODUCERS,
  ...SPICE_OIL_PRODUCERS,
  ...MEAT_PRODUCERS,
  ...SNACK_PRODUCERS,
  ...CAKE_PRODUCERS,
  ...BEVERAGE_PRODUCERS,
  ...EXPERIENCE_PRODUCERS,
]

const byRow = (p: CatalogueProduct) => (p.row === "extra" ? 1000 : p.row)

/** Rows 1–36 in table order, then the extra rows. */
export const CATALOGUE: CatalogueProduct[] = [
  ...FRUIT_PRODUCTS,
  ...VEGETABLE_GRAIN_PRODUCTS,
  ...TEA_HONEY_PRODUCTS,
  ...SPICE_OIL_PRODUCTS,
  ...MEAT_PRODUCTS,
  ...SNACK_PRODUCTS,
  ...CAKE_PRODUCTS,
  ...BEVERAGE_PRODUCTS,
  ...EXPERIENCE_PRODUCTS,
].sort((x, y) => byRow(x) - byRow(y))

export const findProducer = (key: string): CatalogueProducer | undefined =>
  PRODUCERS.find((p) => p.key === key)
