import { recordRoutes } from "../helpers/records"

const routes = recordRoutes("planting_area")

/** GET /admin/ocop/planting-areas (q, kind, limit, offset) */
export const GET = routes.list
/** POST /admin/ocop/planting-areas */
export const POST = routes.create
