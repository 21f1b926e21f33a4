/** Who acts on live streams through REST: a producer, or an admin user. */
export type LiveActor = { type: "producer" | "user"; id: string }

/** The producer whose products the actor may put on a stream (admins: any). */
export const productOwner = (actor: LiveActor) => (actor.type === "producer" ? actor.id : null)
