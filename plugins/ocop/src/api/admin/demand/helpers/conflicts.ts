import { MedusaError } from "@medusajs/framework/utils"

/** An error Medusa's error handler answers as is: 409, `{ type: "conflict", message }`. */
const httpConflict = (message: string) => Object.assign(new Error(message), { status: 409, statusCode: 409, expose: true })

/**
 * Medusa's error handler answers every CONFLICT with a generic "retry with
 * the Idempotency-Key" message. A demand conflict (a pre-order past that
 * state, a harvest with no units left to pre-order, a calendar handle
 * taken) has to say what conflicts, so it is re-thrown as a plain HTTP 409.
 */
export async function withConflicts<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e: any) {
    if (e?.type === MedusaError.Types.CONFLICT) throw httpConflict(e.message)
    throw e
  }
}
