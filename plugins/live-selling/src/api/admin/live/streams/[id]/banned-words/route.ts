// Admin users act on every stream with the producer handlers (authorised per stream).
export { GET, POST } from "../../../../../producer/streams/[id]/banned-words/route"
