import { recordRoutes } from "../helpers/records"

const routes = recordRoutes("mark_use_right")

/** GET /admin/ocop/mark-use-rights (q: granting body, kind: mark id, limit, offset) */
export const GET = routes.list
/** POST /admin/ocop/mark-use-rights: record a producer's right to use a GI or mark */
export const POST = routes.create
