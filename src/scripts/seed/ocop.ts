import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "@ocop-live/ocop/modules/ocop"
import type OcopModuleService from "@ocop-live/ocop/modules/ocop/service"
import { createCertificationWorkflow } from "@ocop-live/ocop/workflows/ocop/create-certification"
import { expireCertificationsWorkflow } from "@ocop-live/ocop/workflows/ocop/expire-certifications"
import { createOcopRecordsWorkflow } from "@ocop-live/ocop/workflows/ocop/records/workflows"
import type { OcopRecordEntity } from "@ocop-live/ocop/workflows/ocop/records/entities"
import { recordMethods } from "@ocop-live/ocop/workflows/ocop/records/entities"
import { upgradeCertificationWorkflow } from "@ocop-live/ocop/workflows/ocop/upgrade-certification"
import { CATALOGUE } from "../data/lang-son-catalogue"
import type { SeedContext } from "./context"
import { plannedCertifications } from "./ocop-certifications"
import { ensureOcopTranslations } from "./ocop-translations"
import {
  markRecords,
  plantingAreaRecords,
  producerRecords,
  provenanceRecord,
  RecordIds,
  standardRecords,
} from "./ocop-records"

/** Creates the records of one entity that are missing by natural key; returns key → id. */
async function ensureRecords(
  { container, log }: SeedContext,
  entity: OcopRecordEntity,
  key: "handle" | "code",
  records: Record<string, unknown>[]
): Promise<Map<string, string>> {
  const methods = recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), entity)
  const keys = records.map((r) => r[key] as string)
  const existing = await methods.list({ [key]: keys }, { select: ["id", key], take: keys.length })
  const have = new Set(existing.map((r) => r[key]))
  const missing = records.filter((r) => !have.has(r[key]))
  let created: { id: string }[] = []
  if (missing.length) {
    log(`OCOP ${entity.replace("_", " ")}s: ${missing.length}`)
    ;({ result: created } = await createOcopRecordsWorkflow(container).run({ input: { entity, data: missing } }))
  }
  return new Map([...existing, ...created].map((r: any) => [r[key], r.id]))
}

async function ensureProvenances(ctx: SeedContext, productIds: Map<string, string>, ids: RecordIds) {
  const ocop = ctx.container.resolve<OcopModuleService>(OCOP_MODULE)
  const existing = await ocop.listOcopProductProvenances(
    { product_id: [...productIds.values()] },
    { select: ["product_id"], take: productIds.size }
  )
  const have = new Set(existing.map((p) => p.product_id))
  const missing = CATALOGUE.filter((item) => productIds.has(item.handle) && !have.has(productIds.get(item.handle)!))
  if (!missing.length) return
  ctx.log(`OCOP provenance: ${missing.length} products`)
  await ocop.createOcopProductProvenances(
    missing.map((item) => provenanceRecord(item, productIds.get(item.handle)!, ids)) as any
  )
}

/** History first (created, then upgraded), for products without any certification yet. */
async function ensureCertifications(ctx: SeedContext, productIds: Map<string, string>) {
  const { container, log } = ctx
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const existing = await ocop.listOcopCertifications(
    { product_id: [...productIds.values()] },
    { select: ["product_id"] }
  )
  const have = new Set(existing.map((c) => c.product_id))
  const todo = CATALOGUE.filter((item) => item.ocop && productIds.has(item.handle) && !have.has(productIds.get(item.handle)!))
  if (!todo.length) return
  log(`OCOP certifications: ${todo.length} products`)
  for (const item of todo) {
    const [first, ...upgrades] = plannedCertifications(item)
    const { stars: _s, ...fields } = first
    let { result: current } = await createCertificationWorkflow(container).run({
      input: { ...fields, product_id: productIds.get(item.handle)! },
    })
    for (const { stars: _u, ...next } of upgrades) {
      ;({ result: current } = await upgradeCertificationWorkflow(container).run({ input: { ...next, id: current.id } }))
    }
  }
}

/**
 * OCOP data for the Lạng Sơn catalogue: producers, marks, planting-area
 * codes, standards, each product's provenance and certifications (with
 * upgrade history). Idempotent: records are looked up by natural key
 * (handle, code, product) and only missing ones are created. Certificates
 * past their 36 months at `now` are then stored as expired. Then the marks',
 * standards' and producers' texts in the other languages (`ocop-translations.ts`).
 */
export async function ensureOcop(ctx: SeedContext, now: Date = new Date()) {
  const productService = ctx.container.resolve(Modules.PRODUCT)
  const products = await productService.listProducts(
    { handle: CATALOGUE.map((p) => p.handle) },
    { select: ["id", "handle"], take: CATALOGUE.length }
  )
  const productIds = new Map(products.map((p) => [p.handle, p.id]))
  const ids: RecordIds = {
    producers: await ensureRecords(ctx, "producer", "handle", producerRecords()),
    marks: await ensureRecords(ctx, "mark", "handle", markRecords()),
    planting_areas: await ensureRecords(ctx, "planting_area", "code", plantingAreaRecords()),
    standards: await ensureRecords(ctx, "standard", "handle", standardRecords()),
  }
  await ensureProvenances(ctx, productIds, ids)
  await ensureCertifications(ctx, productIds)
  await expireCertificationsWorkflow(ctx.container).run({ input: { now } })
  await ensureOcopTranslations(ctx, ids)
}
