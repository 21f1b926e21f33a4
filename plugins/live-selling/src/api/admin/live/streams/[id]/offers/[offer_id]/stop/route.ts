// Admin users act on every stream with the producer handlers (authorised per stream).
export { POST } from "../../../../../../../producer/streams/[id]/offers/[offer_id]/stop/route"
