import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordKioskHandoverWorkflow } from "../../../../workflows/demand/record-kiosk-handover"
import type { StoreRecordKioskHandoverType } from "../validators"

/**
 * POST /store/demand/kiosk-handovers `{ cart_id, location_key }`: a kiosk
 * cart was handed over to a visitor's phone. The server records the cart's
 * lines as `kiosk_handover` events (clients cannot send that kind), once per
 * line. Answers `{ recorded }`.
 */
export const POST = async (req: MedusaRequest<StoreRecordKioskHandoverType>, res: MedusaResponse) => {
  const { result } = await recordKioskHandoverWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ recorded: result.recorded })
}
