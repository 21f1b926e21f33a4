import { recordRoutes } from "../helpers/records"

const routes = recordRoutes("standard")

/** GET /admin/ocop/standards (q, kind, limit, offset) */
export const GET = routes.list
/** POST /admin/ocop/standards */
export const POST = routes.create
