// Admin users act on every stream with the producer handlers (authorised per stream).
export { GET } from "../../../../../producer/streams/[id]/messages/route"
