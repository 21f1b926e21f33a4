import { GET as adminPreOrderBook } from "../../../admin/demand/pre-order-book/route"
import { forOwnProducts } from "../own-scope"

/** GET /producer/demand/pre-order-book: units pre-ordered per own product and harvest week, by status. */
export const GET = forOwnProducts(adminPreOrderBook)
