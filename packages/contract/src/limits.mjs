// Generated from the CommonJS source by scripts/esm.js: edit that source, then run the script.
// Input limits shared by the server's validation (zod schemas of the REST
// routes and the Socket.IO gateway) and the clients' forms (storefront,
// <ocop-live> widget). Change a limit here and both sides follow.

/** Longest id a route or event accepts (Medusa ids are ~30 characters). */
const ID_MAX = 100

/** A chat message: 1-500 characters (code points) of plain text, after cleaning. */
const CHAT_TEXT_MAX = 500
/** A raw chat payload longer than this is refused before cleaning. */
const CHAT_PAYLOAD_MAX = 5000

/** Products pinned on a stream at once. */
const PINNED_PRODUCTS_MAX = 3

/** Units in one claim of a live offer. */
const CLAIM_QUANTITY = Object.freeze({ min: 1, max: 100 })

/** A live offer as a producer launches it (REST and gateway). */
const OFFER = Object.freeze({
  price: Object.freeze({ min: 0, max: 2_000_000_000 }),
  quantity: Object.freeze({ min: 1, max: 100_000 }),
  perCustomerLimit: Object.freeze({ min: 1, max: 100, default: 1 }),
  startsInSec: Object.freeze({ min: 10, max: 300, default: 10 }),
  durationSec: Object.freeze({ min: 30, max: 3600, default: 300 }),
})

/** Chat moderation: a mute's minutes, slow mode's seconds between messages. */
const CHAT_MUTE_MINUTES = Object.freeze({ min: 1, max: 1440 })
const SLOW_MODE_SECONDS = Object.freeze({ min: 0, max: 300 })

/** A stream's or an offer's title. */
const TITLE_MAX = 200
/** A stream's description. */
const DESCRIPTION_MAX = 5000

/** Units of one product in a kiosk order line or a storefront cart line. */
const CART_LINE_QUANTITY_MAX = 99

/** Page size of the public list routes (`limit`, `offset`). */
const PAGE = Object.freeze({ max: 100, default: 20 })

export { ID_MAX, CHAT_TEXT_MAX, CHAT_PAYLOAD_MAX, PINNED_PRODUCTS_MAX, CLAIM_QUANTITY, OFFER, CHAT_MUTE_MINUTES, SLOW_MODE_SECONDS, TITLE_MAX, DESCRIPTION_MAX, CART_LINE_QUANTITY_MAX, PAGE }
