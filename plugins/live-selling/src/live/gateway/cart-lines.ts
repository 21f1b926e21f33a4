import fastq from "fastq"
import { cartErrorOf, type CartAttacher, type CartLine } from "./medusa-cart"
import type { MedusaCaller, MedusaErrorCode } from "./medusa-http"

/**
 * Claim-to-cart after the ack: `offer:claim` answers as soon as the claim
 * engine holds the units; the claim then becomes a line of the buyer's cart
 * here, a few at a time (the backend's cart workflows are the slow part of a
 * flash sale, and must not hold the winners' acks). The buyer hears
 * `claim:carted { claimId, cartId, lineItemId }`, or
 * `claim:cart_failed { claimId, cartId, error, released }` when the backend
 * refused or could not be reached: the claim is then released, its units
 * go back to the offer (nothing held for a line that does not exist).
 */

export type CartLineJob = { claimId: string; cartId: string; userId: string; caller: MedusaCaller }

export type CartLineOutcome =
  | { kind: "carted"; job: CartLineJob; line: CartLine }
  | { kind: "failed"; job: CartLineJob; error: { code: MedusaErrorCode; message: string }; released: boolean }

export type CartLineQueueOptions = {
  attach: CartAttacher
  /** Gives a claim's units back (held → released); null when it was no longer held. */
  release: (claimId: string) => Promise<unknown>
  /** Tells the buyer (all its sockets). */
  announce: (outcome: CartLineOutcome) => void
  onError?: (e: unknown) => void
  /** Attachments running at once (default 4). */
  concurrency?: number
  /** Tries of one attachment when the backend did not answer (default 3). */
  tries?: number
  /** Wait before the next try, × the try number (default 250 ms). */
  retryDelayMs?: number
}

/** Codes where the backend did not decide (no answer): worth another try. */
const TRANSIENT: ReadonlySet<MedusaErrorCode> = new Set(["timeout", "unavailable"])

/** Whether a failed attachment is tried again: only when the backend gave no answer, and tries are left. */
export function shouldRetryAttach(code: MedusaErrorCode, triesDone: number, tries: number): boolean {
  return TRANSIENT.has(code) && triesDone < tries
}

export class CartLineQueue {
  private readonly queue: fastq.queueAsPromised<CartLineJob, void>
  private readonly pending = new Set<string>()

  constructor(private readonly o: CartLineQueueOptions) {
    this.queue = fastq.promise(this, this.run, o.concurrency ?? 4)
  }

  /** Queues a claim's attachment once (a retried claim already queued is not queued again). */
  enqueue(job: CartLineJob) {
    if (this.pending.has(job.claimId)) {
      return
    }
    this.pending.add(job.claimId)
    this.queue.push(job).catch((e) => this.o.onError?.(e))
  }

  /** Resolves when every queued attachment has ended. */
  async drained() {
    if (!this.queue.idle()) {
      await this.queue.drained()
    }
  }

  private async run(job: CartLineJob): Promise<void> {
    try {
      this.o.announce(await this.attempt(job))
    } finally {
      this.pending.delete(job.claimId)
    }
  }

  private async attempt(job: CartLineJob): Promise<CartLineOutcome> {
    const tries = this.o.tries ?? 3
    for (let done = 1; ; done++) {
      try {
        return { kind: "carted", job, line: await this.o.attach(job.claimId, job.cartId, job.caller) }
      } catch (e) {
        const error = cartErrorOf(e)
        if (shouldRetryAttach(error.code, done, tries)) {
          await new Promise((r) => setTimeout(r, (this.o.retryDelayMs ?? 250) * done))
          continue
        }
        const released = await this.o.release(job.claimId).then(
          (row) => row != null,
          (err) => {
            this.o.onError?.(err)
            return false
          }
        )
        return { kind: "failed", job, error, released }
      }
    }
  }
}
