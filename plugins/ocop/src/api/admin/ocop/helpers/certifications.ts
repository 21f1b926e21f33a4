import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { effectiveStatus, hasOcopBadge, roundScore } from "../../../../modules/ocop/lib"

export const CERTIFICATION_FIELDS = ["*", "product.id", "product.title", "product.handle", "producer.id", "producer.name"]

/** A stored record plus what a reader sees today (effective status, badge). */
export function withEffectiveStatus(cert: Record<string, any>, now = new Date()) {
  return {
    ...cert,
    score_a: roundScore(cert.score_a),
    score_b: roundScore(cert.score_b),
    score_c: roundScore(cert.score_c),
    score_total: roundScore(cert.score_total),
    effective_status: effectiveStatus(cert as any, now),
    badge: hasOcopBadge(cert as any, now),
  }
}

export async function retrieveCertification(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ocop_certification", fields: CERTIFICATION_FIELDS, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP certification ${id} was not found`)
  }
  return withEffectiveStatus(data[0])
}
