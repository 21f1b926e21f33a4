import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTourismEventsWorkflow } from "../../../../workflows/demand/tourism-calendar"
import { withConflicts } from "../helpers/conflicts"
import type { AdminCreateTourismEventsType, AdminListTourismEventsType } from "../validators"

/**
 * GET /admin/demand/calendar (from, to as YYYY-MM-DD; location_key; kind):
 * the tourism calendar entries overlapping the dates.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListTourismEventsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "tourism_event",
    fields: ["*"],
    filters: {
      ...(q.to ? { starts_on: { $lte: q.to } } : {}),
      ...(q.from ? { ends_on: { $gte: q.from } } : {}),
      ...(q.location_key ? { location_key: q.location_key } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
    },
    pagination: { take: q.limit, skip: q.offset, order: { starts_on: "ASC", handle: "ASC" } },
  })
  res.json({ events: data, count: metadata?.count ?? data.length, limit: q.limit, offset: q.offset })
}

/** POST /admin/demand/calendar { events: [{ handle, name, kind, location_key, starts_on, ends_on, multiplier }] } */
export const POST = async (req: MedusaRequest<AdminCreateTourismEventsType>, res: MedusaResponse) => {
  const { result } = await withConflicts(() => createTourismEventsWorkflow(req.scope).run({ input: req.validatedBody }))
  res.status(201).json({ events: result })
}
