import { CATALOGUE } from "../../src/scripts/data/lang-son-catalogue"
import { demoEvents } from "../../plugins/ocop/src/modules/demand/lib"

export const KIOSKS = ["ky-lua", "dong-kinh", "tan-thanh", "mau-son"]
export const STREAMS = Array.from({ length: 12 }, (_, i) => `lstr_bench_${i + 1}`)
export const PRODUCTS = CATALOGUE.filter((p) => !p.is_experience).map((p, i) => ({
  id: `prod_bench_${String(i + 1).padStart(2, "0")}`,
  title: p.title,
  unit_price: Math.min(...p.variants.map((v) => v.price)),
  in_season_months: p.season?.months ?? [],
}))

/**
 * `count` demand events over the last 55 days (inside the 60-day window the
 * ingestion accepts), deterministic for a seed, as batches of `size`.
 */
export function* eventBatches(count: number, size: number, now: Date, seed = 7) {
  const events = demoEvents({
    products: PRODUCTS, kiosks: KIOSKS, streams: STREAMS,
    from: new Date(now.getTime() - 55 * 86400e3), to: new Date(now.getTime() - 60e3), count, seed,
  })
  let batch: unknown[] = []
  for (const e of events) {
    batch.push(e)
    if (batch.length === size) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}
