// Admin users act on every stream with the producer handlers (authorised per stream).
export { DELETE } from "../../../../../../producer/streams/[id]/messages/[message_id]/route"
