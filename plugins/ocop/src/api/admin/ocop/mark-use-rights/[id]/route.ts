import { recordRoutes } from "../../helpers/records"

const routes = recordRoutes("mark_use_right")

/** GET /admin/ocop/mark-use-rights/:id (with its mark and producer) */
export const GET = routes.retrieve
/** POST /admin/ocop/mark-use-rights/:id (e.g. `revoked_at` when the right is withdrawn) */
export const POST = routes.update
/** DELETE /admin/ocop/mark-use-rights/:id */
export const DELETE = routes.remove
