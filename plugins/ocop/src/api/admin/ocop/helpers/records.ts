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
}

const CONFIG: Record<OcopRecordEntity, Config> = {
  producer: { graph: "ocop_producer", singular: "producer", plural: "producers", search: "name", kind: "type", detail: ["provenances.product_id", "provenances.product.title"] },
  mark: { graph: "ocop_mark", singular: "mark", plural: "marks", search: "name", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"] },
  planting_area: { graph: "ocop_planting_area", singular: "planting_area", plural: "planting_areas", search: "code", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"] },
  standard: { graph: "ocop_standard", singular: "standard", plural: "standards", search: "scope", kind: "kind", detail: ["provenances.product_id", "provenances.product.title"] },
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
      if (entity !== "planting_area" && !body.handle) {
        body.handle = handleFrom(entity === "mark" ? body.kind : "", body.name ?? `${body.kind} ${body.certificate_number ?? Date.now()}`)
      }
      const { result } = await createOcopRecordsWorkflow(req.scope).run({ input: { entity, data: [body] } })
      res.status(201).json({ [config.singular]: await retrieve(req, entity, result[0].id) })
    },
    retrieve: async (req: MedusaRequest, res: MedusaResponse) => {
      res.json({ [config.singular]: await retrieve(req, entity, req.params.id) })
    },
    update: async (req: MedusaRequest, res: MedusaResponse) => {
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
