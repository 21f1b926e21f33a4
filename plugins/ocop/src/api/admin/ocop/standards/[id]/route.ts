import { recordRoutes } from "../../helpers/records"

const routes = recordRoutes("standard")

/** GET /admin/ocop/standards/:id (with the products linked to it) */
export const GET = routes.retrieve
/** POST /admin/ocop/standards/:id */
export const POST = routes.update
/** DELETE /admin/ocop/standards/:id */
export const DELETE = routes.remove
