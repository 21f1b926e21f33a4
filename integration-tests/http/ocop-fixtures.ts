/**
 * Expectations for the OCOP store tests, derived from the catalogue data
 * with plain arithmetic (not the code under test): the current rating is
 * the catalogue's stars, decided on the given date or 1 July of the year,
 * valid 36 months through the end of that day (UTC).
 */
import { CATALOGUE, PRODUCERS } from "../../src/scripts/data/lang-son-catalogue"
import type { CatalogueProduct } from "../../src/scripts/data/lang-son-catalogue"
import { MARKS, STANDARDS } from "../../src/scripts/data/lang-son-provenance"
import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "@ocop-live/ocop/modules/ocop"
import type OcopModuleService from "@ocop-live/ocop/modules/ocop/service"
import { refreshOcopCatalogueWorkflow } from "@ocop-live/ocop/workflows/ocop/refresh-ocop-catalogue"

export type Item = CatalogueProduct

export function decidedAt(item: Item): Date | null {
  if (!item.ocop) return null
  return new Date(item.ocop.decided_at ?? `${item.ocop.year}-07-01`)
}

export function validUntil(item: Item): Date | null {
  const d = decidedAt(item)
  if (!d) return null
  const until = new Date(d)
  until.setUTCFullYear(until.getUTCFullYear() + 3)
  return until
}

/** Stars of the OCOP badge at `now`, or null (no rating, or past its date). */
export function badgeStars(item: Item, now = new Date()): number | null {
  const until = validUntil(item)
  if (!until) return null
  return until.getTime() + 24 * 3600 * 1000 > now.getTime() ? item.ocop!.stars : null
}

export const markKinds = (item: Item) => [...new Set(item.marks.map((k) => MARKS.find((m) => m.key === k)!.kind))]
export const registryNumbers = (item: Item) =>
  item.marks.map((k) => MARKS.find((m) => m.key === k)!.registry_number).filter(Boolean) as string[]
export const standardKinds = (item: Item) =>
  [...new Set((item.standards ?? []).map((k) => STANDARDS.find((s) => s.key === k)!.kind))]
export const producerOf = (item: Item) => PRODUCERS.find((p) => p.key === item.producer)!
export const districtOf = (item: Item) => {
  const d = producerOf(item).district
  return d === "Chưa xác định" ? null : d
}
export const lowestPrice = (item: Item) => Math.min(...item.variants.map((v) => v.price))
export const vietnamMonth = (now = new Date()) => new Date(now.getTime() + 7 * 3600 * 1000).getUTCMonth() + 1

export const handles = (items: Item[]) => items.map((i) => i.handle).sort()
export const byHandle = (handle: string) => CATALOGUE.find((i) => i.handle === handle)!

/** Counts of `values(item)` over `items`, with the given keys present (0) first. */
export function tally(items: Item[], values: (i: Item) => (string | null)[], keys: string[] = []) {
  const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]))
  for (const item of items) {
    for (const v of values(item)) {
      if (v !== null) out[v] = (out[v] ?? 0) + 1
    }
  }
  return out
}

export const STAR_KEYS = ["3", "4", "5"]
export const GROUP_KEYS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]
export const MARK_KIND_KEYS = ["geographical_indication", "collective_mark", "certification_mark"]
export const STANDARD_KEYS = ["vietgap", "organic", "globalgap"]

/** The values each facet counts for a product; `starsOf` gives its badge stars. */
export const facetsBy = (starsOf: (i: Item) => number | null = (i) => badgeStars(i)) => ({
  stars: (i: Item) => [starsOf(i) === null ? null : String(starsOf(i))],
  group: (i: Item) => [i.ocop?.group ?? null],
  mark_kind: (i: Item) => markKinds(i),
  district: (i: Item) => [districtOf(i)],
  standard: (i: Item) => standardKinds(i),
})
export const facetValues = facetsBy()

export { CATALOGUE }

/**
 * Records, as an operator would, that every producer holds the right to use
 * the marks its products carry (the seed records none: no source gives the
 * right-to-use certificates), so the mark filters follow the catalogue data.
 */
export async function grantEveryMarkRight(container: MedusaContainer) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const provenances = await ocop.listOcopProductProvenances({}, { relations: ["producer", "marks"] })
  const pairs = new Map<string, { mark_id: string; producer_id: string; granted_by: string }>()
  for (const p of provenances) {
    for (const m of p.producer ? p.marks : []) {
      pairs.set(`${m.id}/${p.producer!.id}`, { mark_id: m.id, producer_id: p.producer!.id, granted_by: m.holder ?? "test" })
    }
  }
  const rights = await ocop.createOcopMarkUseRights(
    [...pairs.values()].map((r) => ({ ...r, granted_at: new Date("2024-07-01"), note: "test data" }))
  )
  // written through the module service, not a workflow: rebuild the catalogue as the admin route would
  await refreshOcopCatalogueWorkflow(container).run({ input: {} })
  return rights
}
