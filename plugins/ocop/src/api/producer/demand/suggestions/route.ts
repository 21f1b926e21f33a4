import { GET as adminSuggestions } from "../../../admin/demand/suggestions/route"
import { forOwnProducts } from "../own-scope"

/** GET /producer/demand/suggestions (week or from/to, status, kind): suggestions for own products. */
export const GET = forOwnProducts(adminSuggestions)
