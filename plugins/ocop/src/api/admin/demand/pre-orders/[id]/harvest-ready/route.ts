import { advanceTo } from "../../../helpers/advance"

/** POST /admin/demand/pre-orders/:id/harvest-ready: the harvest is in (reserved → harvest_ready). */
export const POST = advanceTo("harvest_ready")
