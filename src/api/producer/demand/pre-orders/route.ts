import { GET as adminPreOrders } from "../../../admin/demand/pre-orders/route"
import { forOwnProducts } from "../own-scope"

/** GET /producer/demand/pre-orders (status, expected_week, product_id, limit, offset): the producer's pre-orders. */
export const GET = forOwnProducts(adminPreOrders)
