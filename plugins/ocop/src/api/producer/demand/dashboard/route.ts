import { GET as adminDashboard } from "../../../admin/demand/dashboard/route"
import { forOwnProducts } from "../own-scope"

/**
 * GET /producer/demand/dashboard?weeks=8&ahead=3 (product_id): the admin
 * dashboard's series for the producer's own products — demand against
 * supply per week, signals, kiosks, its livestreams' GMV, open suggestions.
 */
export const GET = forOwnProducts(adminDashboard)
