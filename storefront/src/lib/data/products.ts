import "server-only"
import { unstable_cache } from "next/cache"
import { runtimeConfig } from "../config"
import { isStatus, memo, orUncached, storeGet, Uncached } from "../medusa"
import { productReadTags } from "../cache-tags"
import { canonicalQuery, sharedCacheable } from "../catalogue-cache"
import type { Locale } from "@/i18n"
import { BACKEND_LOCALE } from "../product-text"
import type { Product, ProductList } from "../types"
import { salesChannelId } from "./channels"
import { vietnamRegion } from "./regions"

export type CatalogueQuery = {
  q?: string
  min_stars?: number
  stars?: string[]
  group?: string[]
  mark_kind?: string[]
  district?: string[]
  standard?: string[]
  in_season?: boolean
  ocop_only?: boolean
  order?: string
  limit?: number
  offset?: number
}

const BASE_FIELDS =
  "id,handle,title,subtitle,description,thumbnail,*images,metadata,*variants,*variants.calculated_price,+variants.manage_inventory"

/** Stock counts need one sales channel (Medusa refuses them for a multi-channel key). */
function medusaQuery() {
  const channel = salesChannelId("online")
  return channel
    ? { fields: `${BASE_FIELDS},+variants.inventory_quantity`, sales_channel_id: channel }
    : { fields: BASE_FIELDS }
}

/** A plain Medusa product in the contract's shape (no OCOP data). */
function fromMedusa(p: Record<string, any>): Product {
  const meta = (p.metadata ?? {}) as Record<string, any>
  return {
    ...(p as Product),
    variants: p.variants ?? [],
    ocop: null,
    marks: [],
    planting_areas: [],
    standards: [],
    producer: meta.producer
      ? { id: "", name: String(meta.producer), district: meta.district ?? null, commune: meta.commune ?? null }
      : null,
    source: "medusa",
  }
}

function normalise(p: Record<string, any>): Product {
  return {
    ...(p as Product),
    variants: p.variants ?? [],
    ocop: p.ocop ?? null,
    marks: p.marks ?? [],
    planting_areas: p.planting_areas ?? [],
    standards: p.standards ?? [],
    producer: p.producer ?? null,
    source: "ocop",
  }
}

function toParams(q: CatalogueQuery, regionId?: string) {
  const list = (v?: string[]) => (v && v.length ? v.join(",") : undefined)
  return {
    q: q.q || undefined,
    min_stars: q.min_stars,
    stars: list(q.stars),
    group: list(q.group),
    mark_kind: list(q.mark_kind),
    district: list(q.district),
    standard: list(q.standard),
    in_season: q.in_season ? "true" : undefined,
    ocop_only: q.ocop_only ? "true" : undefined,
    order: q.order,
    limit: q.limit ?? 24,
    offset: q.offset ?? 0,
    region_id: regionId,
  }
}

/**
 * Product reads are shared by every visitor in Next's data cache, tagged (lib/cache-tags):
 * the backend drops the tags when a product, price, stock or certificate changes
 * (POST /api/revalidate). The time is only a fallback for a change no event told.
 */
export const PRODUCT_REVALIDATE_SECONDS = 60

/**
 * Lists whose query anyone can make up without bound (lib/catalogue-cache) are
 * kept per process for 15 s only (at most 500); the shared cache gets the rest.
 */
const loadUncachedList = (key: string) => {
  const { q, locale } = JSON.parse(key) as { q: CatalogueQuery; locale?: string }
  return loadList("", q, locale)
}
/** One per process (on `globalThis`): the revalidation route's bundle and the pages' must reach the same. */
const UNCACHED_LISTS = Symbol.for("ocop.storefront.uncached-lists")
type ListMemo = ReturnType<typeof memo<ProductList>>
const uncachedLists: ListMemo = ((globalThis as { [UNCACHED_LISTS]?: ListMemo })[UNCACHED_LISTS] ??= memo(15_000, loadUncachedList))

/** Forgets the lists kept per process: POST /api/revalidate with `products` or `catalogue`. */
export function dropUncachedLists() {
  uncachedLists.clear()
}

async function loadList(_key: string, q: CatalogueQuery, locale?: string): Promise<ProductList> {
  const region = await vietnamRegion()
  try {
    const res = await storeGet<any>("/store/ocop/products", { ...toParams(q, region?.id), locale })
    return {
      products: (res.products ?? []).map(normalise),
      count: res.count ?? 0,
      limit: res.limit ?? q.limit ?? 24,
      offset: res.offset ?? 0,
      facets: res.facets ?? null,
      ocop: true,
    }
  } catch (e) {
    if (!isStatus(e, 404)) throw e
  }
  // The OCOP catalogue route is not there: the plain Medusa catalogue, search only.
  const res = await storeGet<any>("/store/products", {
    q: q.q || undefined,
    limit: q.limit ?? 24,
    offset: q.offset ?? 0,
    region_id: region?.id,
    ...medusaQuery(),
    order: q.order === "title" ? "title" : q.order === "-title" ? "-title" : undefined,
    locale,
  })
  return {
    products: (res.products ?? []).map(fromMedusa),
    count: res.count ?? 0,
    limit: res.limit ?? 24,
    offset: res.offset ?? 0,
    facets: null,
    ocop: false,
  }
}

/** The catalogue, in the visitor's language where the backend has translations. */
export function listProducts(q: CatalogueQuery, locale: Locale = "vi"): Promise<ProductList> {
  const key = runtimeConfig().publishableKey
  const query = canonicalQuery(q)
  if (!sharedCacheable(query)) return uncachedLists(JSON.stringify({ k: key, q: query, locale: BACKEND_LOCALE[locale] }))
  const cached = unstable_cache(loadList, ["ocop-products-list"], {
    tags: ["products", "catalogue"],
    revalidate: PRODUCT_REVALIDATE_SECONDS,
  })
  return cached(key, query, BACKEND_LOCALE[locale])
}

/** Cached product loader: "no such product" is not kept (any handle can be typed into a URL). */
async function loadOne(_key: string, handle: string, locale?: string): Promise<Product | null> {
  const product = await fetchOne(handle, locale)
  if (!product) throw new Uncached(null)
  return product
}

async function fetchOne(handle: string, locale?: string): Promise<Product | null> {
  const region = await vietnamRegion()
  try {
    const res = await storeGet<{ product: any }>(`/store/ocop/products/${encodeURIComponent(handle)}`, {
      region_id: region?.id,
      locale,
    })
    return normalise(res.product)
  } catch (e) {
    if (!isStatus(e, 404)) throw e
  }
  const res = await storeGet<{ products: any[] }>("/store/products", {
    handle,
    region_id: region?.id,
    ...medusaQuery(),
    locale,
  })
  return res.products[0] ? fromMedusa(res.products[0]) : null
}

/** One product by handle, with the OCOP fields when the route exists, in the visitor's language. */
export function getProduct(handle: string, locale: Locale = "vi"): Promise<Product | null> {
  const cached = unstable_cache(loadOne, ["ocop-product"], {
    tags: productReadTags(handle),
    revalidate: PRODUCT_REVALIDATE_SECONDS,
  })
  return orUncached(cached(runtimeConfig().publishableKey, handle, BACKEND_LOCALE[locale]))
}
