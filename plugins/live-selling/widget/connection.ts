import type { AckError } from "@ocop-live/contract"
import { io, type Socket } from "socket.io-client"
import { Sequencer } from "./core/sequencer"
import { applyEvent, EMPTY, fromSnapshot, type LiveState } from "./core/state"

export const EVENTS = [
  "stream:status", "stream:video", "product:pinned", "offer:scheduled", "offer:started", "offer:stock", "offer:ended",
  "chat:message", "chat:deleted", "viewers", "reactions",
] as const

export type { AckError }

/** A claim's cart line, as the gateway tells its buyer after the claim's ack. */
export type CartLineOutcome = { claimId: string; cartId: string; lineItemId?: string; error?: AckError }

/**
 * One stream over the gateway's `/live` namespace: joins, applies events in
 * `seq` order, and after a dropped connection (or a gap that does not fill)
 * rejoins with `lastSeq` so the missed events are replayed.
 */
export class LiveConnection {
  state: LiveState = EMPTY
  online = false
  /** server clock minus ours, from the events' `ts` */
  skew = 0
  private socket: Socket | null = null
  private seq: Sequencer
  private joined = false
  private gapTimer: ReturnType<typeof setInterval> | null = null
  /** `claim:carted` / `claim:cart_failed` by claim id, kept until asked for (it may come before). */
  private cartLines = new Map<string, CartLineOutcome>()
  private cartWaiters = new Map<string, (o: CartLineOutcome) => void>()

  constructor(
    private readonly o: {
      url: string
      streamId: string
      /** The handshake's credentials, asked again on every (re)connection (a ticket lasts a minute). */
      auth: () => Promise<Record<string, string>>
      onChange: () => void
      onError: (e: AckError) => void
      /** Who the gateway takes this socket for (a guest: its `guestToken` to send back next time). */
      onSession?: (s: { type: string; userId: string; guestToken?: string }) => void
    }
  ) {
    this.seq = new Sequencer((e) => {
      this.state = applyEvent(this.state, e.type, e.payload)
      this.o.onChange()
    })
  }

  get lastSeq() {
    return this.seq.lastSeq
  }

  connect() {
    const socket = io(`${this.o.url.replace(/\/$/, "")}/live`, { transports: ["websocket"], auth: (cb) => void this.o.auth().then(cb) })
    this.socket = socket
    socket.on("connect", () => {
      this.online = true
      socket.emit("session", {}, (s: any) => {
        if (s && !s.error) this.o.onSession?.(s)
      })
      this.join()
      this.o.onChange()
    })
    socket.on("disconnect", () => {
      this.online = false
      this.o.onChange()
    })
    socket.on("connect_error", (err: Error & { data?: AckError }) => {
      if (err.data?.code) this.o.onError(err.data)
    })
    for (const type of EVENTS) {
      socket.on(type, (payload: any) => {
        if (!payload || payload.streamId !== this.o.streamId) return
        if (typeof payload.ts === "number") this.skew = payload.ts - Date.now()
        this.seq.push({ seq: payload.seq, type, payload })
      })
    }
    socket.on("claim:carted", (p: any) => this.settleCartLine(p))
    socket.on("claim:cart_failed", (p: any) => this.settleCartLine(p))
    this.gapTimer = setInterval(() => {
      if (this.online && this.seq.gap(2000)) this.join()
    }, 1000)
  }

  private join() {
    const lastSeq = this.joined ? this.seq.lastSeq : null
    this.socket?.emit("join", { streamId: this.o.streamId, ...(lastSeq !== null ? { lastSeq } : {}) }, (ack: any) => {
      if (!ack || ack.error) {
        this.o.onError(ack?.error ?? { code: "unavailable", message: "no answer" })
        return
      }
      if (!this.joined || ack.resync) {
        this.state = fromSnapshot(ack, this.state)
        this.seq.reset(ack.seq)
      } else if (typeof ack.viewers === "number") {
        this.state = { ...this.state, viewers: ack.viewers }
      }
      this.joined = true
      this.o.onChange()
    })
  }

  private settleCartLine(p: any) {
    if (typeof p?.claimId !== "string") return
    const waiter = this.cartWaiters.get(p.claimId)
    if (waiter) waiter(p)
    else this.cartLines.set(p.claimId, p)
  }

  /**
   * The claim's cart line once the gateway has made it (`claim:carted`, after
   * the claim's ack); rejects with `claim:cart_failed`'s error (the claim was
   * released) or `timeout`.
   */
  cartLine(claimId: string, timeoutMs = 30_000): Promise<{ cartId: string; lineItemId: string }> {
    return new Promise((resolve, reject) => {
      const settle = (o: CartLineOutcome) => {
        clearTimeout(timer)
        this.cartWaiters.delete(claimId)
        this.cartLines.delete(claimId)
        if (o.error || !o.lineItemId) reject(o.error ?? { code: "internal", message: "no cart line" })
        else resolve({ cartId: o.cartId, lineItemId: o.lineItemId })
      }
      const timer = setTimeout(() => {
        this.cartWaiters.delete(claimId)
        reject({ code: "timeout", message: "no cart line" })
      }, timeoutMs)
      const known = this.cartLines.get(claimId)
      if (known) settle(known)
      else this.cartWaiters.set(claimId, settle)
    })
  }

  /** Reconnects with new credentials (after signing in). */
  reconnect() {
    this.socket?.disconnect().connect()
  }

  /** An acked request; rejects with the ack's `{ code, message }`. */
  request<T = any>(event: string, payload: Record<string, unknown>, timeoutMs = 8000): Promise<T> {
    return new Promise((resolve, reject) => {
      if (!this.socket) return reject({ code: "unavailable", message: "not connected" })
      this.socket.timeout(timeoutMs).emit(event, payload, (err: Error | null, ack: any) => {
        if (err) return reject({ code: "timeout", message: "no answer" })
        if (ack?.error) return reject(ack.error)
        resolve(ack as T)
      })
    })
  }

  close() {
    if (this.gapTimer) clearInterval(this.gapTimer)
    this.socket?.disconnect()
    this.socket = null
  }
}
