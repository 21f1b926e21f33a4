/** Shapes of the public API contract (shared/docs/api-contract.md) the shop reads: @ocop-live/contract's. */
import type { OcopProduct, Facets } from "@ocop-live/contract"

export type {
  Price,
  Variant,
  Ocop,
  MarkUseRight,
  Mark,
  PlantingArea,
  Standard,
  Producer,
  Facets,
  LiveSeller,
  LiveStream,
} from "@ocop-live/contract"

export type Product = OcopProduct & {
  /** "medusa" when the OCOP route was missing and the plain store API answered */
  source?: "ocop" | "medusa"
}

export type ProductList = {
  products: Product[]
  count: number
  limit: number
  offset: number
  facets: Facets | null
  /** false when the OCOP catalogue route is missing and /store/products answered instead */
  ocop: boolean
}
