import { recordRoutes } from "../helpers/records"

const routes = recordRoutes("producer")

/** GET /admin/ocop/producers (q, kind, limit, offset) */
export const GET = routes.list
/** POST /admin/ocop/producers */
export const POST = routes.create
