import { recordRoutes } from "../helpers/records"

const routes = recordRoutes("mark")

/** GET /admin/ocop/marks (q, kind, limit, offset) */
export const GET = routes.list
/** POST /admin/ocop/marks */
export const POST = routes.create
