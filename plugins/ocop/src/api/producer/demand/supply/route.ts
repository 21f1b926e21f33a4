import { GET as adminSupply } from "../../../admin/demand/supply/route"
import { forOwnProducts } from "../own-scope"

/** GET /producer/demand/supply?weeks=6: seasons, stock, expected volumes and pre-orders of own products. */
export const GET = forOwnProducts(adminSupply)
