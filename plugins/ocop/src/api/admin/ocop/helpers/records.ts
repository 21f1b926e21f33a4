import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { foldText } from "../../../../modules/ocop/lib/catalogue/text"
import type { OcopRecordEntity } from "../../../../workflows/ocop/records/entities"
import {
  createOcopRecordsWorkflow,
  deleteOcopRecordWorkflow,
  updateOcopRecordWorkflow,
} from "../../../../workflows/ocop/records/workflows"
import type { AdminListOcopRecordsType } from "../validators"

type Config = {
  /** Query entity name */
  graph: string
  singular: string
  plural: string
  /** field `q` searches */
  search: string
  /** field `kind` filters */
  kind: string
  /** extra fields for the detail answer (e.g. the products carrying a mark) */
  detail: string[]
  /** whether a handle is derived from the name when none is given */
  handle?: boolean
  /** body fields that name another record, which must exist */
  references?: Partial<Record<string, OcopRecordEntity>>
}

const CONFIG: Record<OcopRecordEntity, Config> = {
  producer: { graph: "ocop_producer", singular: "producer", plural: "producers", search: "name", kind: "type", detail: ["provenances.product_id", "provenances.product.title"], handle: true },
  mark: { graph: "ocop_mark", singular: "mark", plural: "marks", search: "name", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"], handle: true },
  planting_area: { graph: "ocop_planting_area", singular: "planting_area", plural: "planting_areas", search: "code", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"] },
  standard: { graph: "ocop_standard", singular: "standard", plural: "standards", search: "scope", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"], handle: true },
  // `kind` filters a mark's rights by its id
  mark_use_right: { graph: "ocop_mark_use_right", singular: "mark_use_right", plural: "mark_use_rights", search: "granted_by", kind: "mark_id", detail: ["mark.*", "producer.id", "producer.name"], handle: false, references: { mark_id: "mark", producer_id: "producer" } },
}

/** A handle from a name when the admin gives none ("Quýt vàng Bắc Sơn" → "quyt-vang-bac-son"). */
const handleFrom = (...parts: string[]) => foldText(parts.join(" ")).replace(/ /g, "-")

async function retrieve(req: MedusaRequest, entity: OcopRecordEntity, id: string) {
  const config = CONFIG[entity]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: config.graph, fields: ["*", ...config.detail], filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP ${entity.replace("_", " ")} ${id} was not found`)
  }
  return data[0]
}

/** 400 naming the field when a body field names a record that does not exist. */
async function assertReferences(req: MedusaRequest, entity: OcopRecordEntity, body: Record<string, unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  for (const [field, target] of Object.entries(CONFIG[entity].references ?? {})) {
    if (body[field] === undefined) continue
    const { data } = await query.graph({ entity: CONFIG[target!].graph, fields: ["id"], filters: { id: body[field] as string } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no OCOP ${target!.replace("_", " ")} ${body[field]}`)
    }
  }
}

/** GET, POST, and per-id GET, POST, DELETE handlers for one reference entity. */
export function recordRoutes(entity: OcopRecordEntity) {
  const config = CONFIG[entity]
  return {
    list: async (req: MedusaRequest, res: MedusaResponse) => {
      const { limit, offset, q, kind } = req.validatedQuery as AdminListOcopRecordsType
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const filters: Record<string, unknown> = {}
      if (q) filters[config.search] = { $ilike: `%${q}%` }
      if (kind) filters[config.kind] = kind
      const { data, metadata } = await query.graph({
        entity: config.graph,
        fields: ["*"],
        filters,
        pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
      })
      res.json({ [config.plural]: data, count: metadata?.count ?? data.length, limit, offset })
    },
    create: async (req: MedusaRequest, res: MedusaResponse) => {
      const body = { ...(req.validatedBody as Record<string, any>) }
      await assertReferences(req, entity, body)
      if (config.handle && !body.handle) {
        body.handle = handleFrom(entity === "mark" ? body.kind : "", body.name ?? `${body.kind} ${body.certificate_number ?? Date.now()}`)
      }
      const { result } = await createOcopRecordsWorkflow(req.scope).run({ input: { entity, data: [body] } })
      res.status(201).json({ [config.singular]: await retrieve(req, entity, result[0].id) })
    },
    retrieve: async (req: MedusaRequest, res: MedusaResponse) => {
      res.json({ [config.singular]: await retrieve(req, entity, req.params.id) })
    },
    update: async (req: MedusaRequest, res: MedusaResponse) => {
      await assertReferences(req, entity, req.validatedBody as Record<string, unknown>)
      await updateOcopRecordWorkflow(req.scope).run({
        input: { entity, id: req.params.id, data: req.validatedBody as Record<string, unknown> },
      })
      res.json({ [config.singular]: await retrieve(req, entity, req.params.id) })
    },
    remove: async (req: MedusaRequest, res: MedusaResponse) => {
      await deleteOcopRecordWorkflow(req.scope).run({ input: { entity, id: req.params.id } })
      res.json({ id: req.params.id, object: config.graph, deleted: true })
    },
  }
}
