import { advanceTo } from "../../../helpers/advance"

/** POST /admin/demand/pre-orders/:id/fulfill: handed over or delivered (harvest_ready → fulfilled). */
export const POST = advanceTo("fulfilled")
