import { recordRoutes } from "../../helpers/records"

const routes = recordRoutes("mark")

/** GET /admin/ocop/marks/:id (with the products linked to it) */
export const GET = routes.retrieve
/** POST /admin/ocop/marks/:id */
export const POST = routes.update
/** DELETE /admin/ocop/marks/:id */
export const DELETE = routes.remove
