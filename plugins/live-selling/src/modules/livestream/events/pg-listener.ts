import { Client } from "pg"
import type { Db } from "../lib/types"
import type { LiveEvent } from "./types"

/**
 * LISTENs on a dedicated connection and hands events over one at a time, in
 * NOTIFY order (events too big for NOTIFY arrive as a reference and are read
 * back first). Reconnects after a second on any error.
 */
export class PgListener {
  private client: Client | null = null
  private reconnectHooks: (() => void)[] = []
  private queue: Promise<void> = Promise.resolve()
  private queued = 0
  private stopped = false

  constructor(
    private readonly db: Db,
    private readonly channel: string,
    private readonly handler: (e: LiveEvent) => void,
    private readonly readEvent: (streamId: string, seq: number) => Promise<LiveEvent | null>
  ) {}

  onReconnect(fn: () => void) {
    this.reconnectHooks.push(fn)
  }

  async start(isRetry = false): Promise<void> {
    const client = new Client((this.db as any).options)
    client.on("error", () => this.lost(client))
    client.on("end", () => this.lost(client))
    client.on("notification", (msg) => {
      if (msg.channel === this.channel && msg.payload) {
        this.enqueue(msg.payload)
      }
    })
    await client.connect()
    await client.query(`LISTEN ${this.channel}`)
    this.client = client
    if (isRetry) {
      this.reconnectHooks.forEach((fn) => fn())
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    const c = this.client
    this.client = null
    await c?.end().catch(() => undefined)
  }

  private lost(client: Client) {
    if (this.stopped || this.client !== client) {
      return
    }
    this.client = null
    client.end().catch(() => undefined)
    this.restartSoon()
  }

  private restartSoon() {
    setTimeout(() => {
      if (!this.stopped) {
        this.start(true).catch(() => this.restartSoon())
      }
    }, 1000).unref()
  }

  private enqueue(raw: string) {
    const parsed = JSON.parse(raw)
    if (!parsed.ref && this.queued === 0) {
      this.handler(parsed)
      return
    }
    this.queued++
    this.queue = this.queue
      .then(async () => {
        const event = parsed.ref ? await this.readEvent(parsed.streamId, parsed.seq) : parsed
        if (event) {
          this.handler(event)
        }
      })
      .catch(() => undefined)
      .finally(() => {
        this.queued--
      })
  }
}
