import { recordRoutes } from "../../helpers/records"

const routes = recordRoutes("producer")

/** GET /admin/ocop/producers/:id (with the products linked to it) */
export const GET = routes.retrieve
/** POST /admin/ocop/producers/:id */
export const POST = routes.update
/** DELETE /admin/ocop/producers/:id */
export const DELETE = routes.remove
