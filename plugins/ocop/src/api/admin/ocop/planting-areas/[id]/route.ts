import { recordRoutes } from "../../helpers/records"

const routes = recordRoutes("planting_area")

/** GET /admin/ocop/planting-areas/:id (with the products linked to it) */
export const GET = routes.retrieve
/** POST /admin/ocop/planting-areas/:id */
export const POST = routes.update
/** DELETE /admin/ocop/planting-areas/:id */
export const DELETE = routes.remove
