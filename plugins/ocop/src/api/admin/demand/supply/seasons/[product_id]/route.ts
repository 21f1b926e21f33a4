import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setSupplySeasonsWorkflow } from "../../../../../../workflows/demand/set-supply-seasons"
import type { AdminSetSupplySeasonType } from "../../../validators"

/**
 * POST /admin/demand/supply/seasons/:product_id { months, off_season_months,
 * uncertain, perishable, note }: an operator sets (or corrects) a product's
 * harvest window.
 */
export const POST = async (req: MedusaRequest<AdminSetSupplySeasonType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.product_id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.product_id} was not found`)
  const { result } = await setSupplySeasonsWorkflow(req.scope).run({
    input: { seasons: [{ ...req.validatedBody, product_id: req.params.product_id, source: "operator" }] },
  })
  res.json({ season: result[0] })
}
