import { z } from "@medusajs/framework/zod"
import { PAGE } from "@ocop-live/contract"
import { CATALOGUE_ORDERS } from "../../../modules/ocop/lib/catalogue/types"
import { OCOP_GROUPS } from "../../../modules/ocop/lib/groups"
import { MARK_KINDS } from "../../../modules/ocop/models/mark"
import { STANDARD_KINDS } from "../../../modules/ocop/models/standard"

/** A comma list ("3,4") or repeated parameter (`stars=3&stars=4`) as an array. */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z
    .preprocess(
      (value) =>
        value === undefined
          ? undefined
          : (Array.isArray(value) ? value : String(value).split(","))
              .map((v) => (typeof v === "string" ? v.trim() : v))
              .filter((v) => v !== ""),
      z.array(item).min(1).max(50)
    )
    .optional()

/** Only the literal "true" or "false". */
const flag = z.enum(["true", "false"]).transform((v) => v === "true").optional()

const text = z.string().trim().min(1).max(200)

export const StoreGetOcopProductsParams = z.object({
  q: text.optional(),
  min_stars: z.coerce.number().int().min(3).max(5).optional(),
  stars: list(z.coerce.number().int().min(3).max(5)),
  group: list(z.enum(OCOP_GROUPS)),
  mark_kind: list(z.enum(MARK_KINDS)),
  mark: list(text),
  district: list(text),
  commune: list(text),
  standard: list(z.enum(STANDARD_KINDS)),
  producer_id: list(text),
  in_season: flag,
  ocop_only: flag,
  /** only products some variant of which can be sold now (stock, backorder or not inventory-managed) */
  in_stock: flag,
  order: z.enum(CATALOGUE_ORDERS).default("-stars"),
  limit: z.coerce.number().int().min(1).max(PAGE.max).default(PAGE.default),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
  region_id: text.optional(),
})
export type StoreGetOcopProductsParamsType = z.infer<typeof StoreGetOcopProductsParams>

export const StoreGetOcopProductParams = z.object({
  region_id: text.optional(),
})
export type StoreGetOcopProductParamsType = z.infer<typeof StoreGetOcopProductParams>

export const StoreGetOcopStatsParams = z.object({})

/**
 * The language asked for, as Medusa normalises `?locale=` or the
 * `x-medusa-locale` header (a BCP 47 tag: `zh-CN`, `en-US`, `vi`).
 */
export const StoreOcopLocale = z.object({
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/, "expected a BCP 47 language tag such as zh-CN")
    .optional(),
})
