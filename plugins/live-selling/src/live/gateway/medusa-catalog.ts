import type { Catalog, VariantInfo } from "../../modules/livestream/control/context"
import { LiveError } from "../../modules/livestream/lib/errors"
import type { Actor } from "../../modules/livestream/lib/types"
import { asLive } from "./medusa-errors"
import { MedusaCallError, type MedusaCaller, type MedusaHttp } from "./medusa-http"

/** The catalog as one socket's producer or admin sees it. */
export type CatalogFor = (actor: Pick<Actor, "type" | "id">, caller: MedusaCaller) => Catalog

const idsQuery = (name: string, ids: string[]) => ids.map((id) => `${name}=${encodeURIComponent(id)}`).join("&")

/**
 * Variants and products through the Medusa backend, with the caller's own
 * credentials: a variant, with its available inventory, from
 * `GET /store/live/variants/:id` (not cached: an offer's quantity is checked
 * against the inventory of now); a producer's products from `GET /producer/products?ids=` (its
 * token; the seller directory), other products from `GET /store/products`;
 * an admin's from `GET /admin/products` (its token). Owners are known only
 * as "this producer" or null (another or none), which is all a control
 * decision needs.
 */
export function medusaCatalog(http: MedusaHttp): CatalogFor {
  const variant = async (id: string): Promise<VariantInfo | null> => {
    try {
      const { variant: v } = await http.get(`/store/live/variants/${encodeURIComponent(id)}`)
      return {
        variantId: v.id, productId: v.product_id, title: v.title, thumbnail: v.thumbnail ?? null,
        originalPrice: v.original_price ?? null, available: v.available_quantity ?? null,
        liveRestricted: v.live_restricted === true,
      }
    } catch (e) {
      if (e instanceof MedusaCallError && e.code === "not_found") {
        return null
      }
      throw e
    }
  }

  const ownProducts = async (ids: string[], caller: MedusaCaller): Promise<{ id: string; live_restricted?: boolean }[]> => {
    const { products } = await http.get(`/producer/products?ids=${ids.map(encodeURIComponent).join(",")}`, caller)
    return products
  }
  const ownIds = async (ids: string[], caller: MedusaCaller) => new Set<string>((await ownProducts(ids, caller)).map((p) => p.id))

  const existing = async (path: string, ids: string[], caller: MedusaCaller) => {
    if (!ids.length) {
      return []
    }
    const { products } = await http.get(`${path}?fields=id&limit=${ids.length}&${idsQuery("id[]", ids)}`, caller)
    return products.map((p: { id: string }) => p.id) as string[]
  }

  return (actor, caller) => {
    if (actor.type !== "producer" && actor.type !== "user") {
      throw new LiveError("forbidden", "only producers and admins may do this")
    }
    return {
      getVariant: (variantId) =>
        asLive(
          (async () => {
            const v = await variant(variantId)
            if (!v || actor.type !== "producer") {
              return v && { ...v, producerId: null }
            }
            const own = await ownIds([v.productId], caller)
            return { ...v, producerId: own.has(v.productId) ? actor.id : null }
          })()
        ),
      productOwners: (productIds) =>
        asLive(
          (async () => {
            if (actor.type === "user") {
              const found = await existing("/admin/products", productIds, caller)
              return new Map(found.map((id) => [id, null]))
            }
            const own = await ownIds(productIds, caller)
            const others = await existing("/store/products", productIds.filter((id) => !own.has(id)), {})
            return new Map<string, string | null>([...others.map((id) => [id, null] as const), ...[...own].map((id) => [id, actor.id] as const)])
          })()
        ),
      // an admin reads the products' metadata; a producer may pin only its own products, whose flag it is told
      liveRestricted: (productIds) =>
        asLive(
          (async () => {
            if (!productIds.length) {
              return new Set<string>()
            }
            if (actor.type === "user") {
              const { products } = await http.get(
                `/admin/products?fields=id,metadata&limit=${productIds.length}&${idsQuery("id[]", productIds)}`,
                caller
              )
              return new Set<string>(products.filter((p: any) => p.metadata?.live_restricted === true).map((p: any) => p.id))
            }
            return new Set((await ownProducts(productIds, caller)).filter((p) => p.live_restricted === true).map((p) => p.id))
          })()
        ),
    }
  }
}
