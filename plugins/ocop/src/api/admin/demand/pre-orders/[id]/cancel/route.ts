import { advanceTo } from "../../../helpers/advance"

/** POST /admin/demand/pre-orders/:id/cancel { reason? }: while reserved or harvest-ready. */
export const POST = advanceTo("cancelled")
