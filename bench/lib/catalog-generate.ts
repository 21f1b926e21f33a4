/**
 * `medusa exec bench/lib/catalog-generate.ts`: tops the seeded catalogue up
 * to BENCH_PRODUCTS (default 1,000) published products in all sales
 * channels, each with two VND variants and OCOP data (provenance, marks,
 * standards, certifications with a realistic spread of stars and
 * validity). Deterministic and idempotent (handles `bench-0001`…).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../plugins/ocop/src/modules/ocop"
import { prepareCertification } from "../../plugins/ocop/src/modules/ocop/lib"
import type OcopModuleService from "../../plugins/ocop/src/modules/ocop/service"
import { refreshOcopCatalogueWorkflow } from "../../plugins/ocop/src/workflows/ocop/refresh-ocop-catalogue"
import { cloneBenchProducts } from "./catalog-clone"

const BATCH = 50
/** above this many products, the rest are SQL copies of the workflow-made ones (catalog-clone.ts) */
const THROUGH_WORKFLOWS = 250
const GROUPS = ["food", "food", "food", "beverage", "herbal", "handicraft"] as const
const WORDS = ["Na", "Quýt", "Hồng", "Trám", "Chè", "Mật ong", "Hồi", "Thạch đen", "Mắc ca", "Rượu", "Bánh", "Vịt quay"]

/** mulberry32: the same data on every run. */
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number) => String(n).padStart(4, "0")

export default async function generate({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const target = Number(process.env.BENCH_PRODUCTS || 1000)
  const productService = container.resolve(Modules.PRODUCT)
  const [, total] = await productService.listAndCountProducts({}, { take: 1 })
  const [, bench] = await productService.listAndCountProducts({ handle: { $like: "bench-%" } } as any, { take: 1 })
  // the seeded products, then up to THROUGH_WORKFLOWS made by workflows, then SQL copies of those
  const throughWorkflows = Math.min(target, total - bench + THROUGH_WORKFLOWS)
  const missing = Math.max(0, throughWorkflows - total)
  const toCopy = Math.max(0, target - Math.max(total, throughWorkflows))
  if (!missing && !toCopy) {
    logger.info(`bench: ${total} products already`)
    // a rebuild of 20,000 rows takes minutes on this machine: only when the rows are not all there
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw(`SELECT count(*)::int AS n FROM ocop_catalogue_entry WHERE deleted_at IS NULL`)
    if (rows[0].n !== total || process.env.BENCH_REBUILD) await rebuildCatalogue(container)
    return analyze(container)
  }
  const rand = random(20261128)
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const producers = await ocop.listOcopProducers({}, { select: ["id"], take: 1000 })
  const marks = await ocop.listOcopMarks({}, { select: ["id"] })
  const standards = await ocop.listOcopStandards({}, { select: ["id"] })
  // handles continue after the products that exist (seeded or from an earlier, smaller run)
  const start = total + 1
  logger.info(`bench: creating ${missing} products (${total} exist)`)

  for (let from = 0; from < missing; from += BATCH) {
    const size = Math.min(BATCH, missing - from)
    const inputs = Array.from({ length: size }, (_, i) => {
      const n = start + from + i
      const price = 20000 + Math.floor(rand() * 60) * 5000
      return {
        title: `${WORDS[n % WORDS.length]} Lạng Sơn ${pad(n)}`,
        handle: `bench-${pad(n)}`,
        subtitle: `Bench product ${n}`,
        description: "Sản phẩm sinh ra cho phép đo hiệu năng.",
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Quy cách", values: ["500 g", "1 kg"] }],
        variants: ["500 g", "1 kg"].map((title, k) => ({
          title,
          sku: `BENCH-${pad(n)}-${k}`,
          manage_inventory: false,
          options: { "Quy cách": title },
          prices: [{ currency_code: "vnd", amount: price * (k + 1) }],
        })),
        sales_channels: channels.map((c) => ({ id: c.id })),
      }
    })
    const { result } = await createProductsWorkflow(container).run({ input: { products: inputs } })
    await ocop.createOcopProductProvenances(
      result.map((p) => ({
        product_id: p.id,
        producer_id: producers[Math.floor(rand() * producers.length)].id,
        season_months: rand() < 0.6 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [7, 8, 9],
        marks: rand() < 0.3 ? [marks[Math.floor(rand() * marks.length)].id] : [],
        standards: rand() < 0.2 ? [standards[Math.floor(rand() * standards.length)].id] : [],
      })) as any
    )
    const certifications = result.flatMap((p) => {
      const r = rand()
      if (r < 0.15) return []
      const total = r < 0.5 ? 72 + Math.floor(rand() * 15) : r < 0.95 ? 52 + Math.floor(rand() * 15) : 91
      const decided = new Date(Date.UTC(2022 + Math.floor(rand() * 5), Math.floor(rand() * 12), 1))
      const decided_at = decided.getTime() > Date.now() ? new Date(Date.UTC(2025, 0, 1)) : decided
      const a = Math.min(40, Math.round(total * 0.4))
      const b = Math.min(25, Math.round(total * 0.25))
      const { value } = prepareCertification({ score_a: a, score_b: b, score_c: total - a - b, group: GROUPS[Math.floor(rand() * GROUPS.length)], decided_at })
      if (!value) return []
      const expired = value.valid_until.getTime() < Date.now()
      return [{ ...value, product_id: p.id, illustrative_scores: true, status: expired ? "expired" : "active" }]
    })
    await ocop.createOcopCertifications(certifications as any)
  }
  if (toCopy) {
    const started = Date.now()
    const copied = await cloneBenchProducts(container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any, toCopy)
    logger.info(`bench: ${copied} products copied by SQL in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  logger.info(`bench: ${target} products`)
  await rebuildCatalogue(container)
  await analyze(container)
}

/** The OCOP records above are written through the module service: rebuild the catalogue's read model. */
async function rebuildCatalogue(container: ExecArgs["container"]) {
  const { result } = await refreshOcopCatalogueWorkflow(container).run({ input: {} })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`bench: OCOP catalogue ${result.written} rows`)
}

/**
 * Planner statistics for every table, as autovacuum keeps them on a
 * production server (the local server may run with autovacuum off).
 */
async function analyze(container: ExecArgs["container"]) {
  await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("ANALYZE")
}
