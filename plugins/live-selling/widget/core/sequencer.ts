/**
 * Applies a stream's events strictly in `seq` order: duplicates (seq already
 * applied) are dropped, early ones wait for the gap to fill. `gap()` tells the
 * caller when it has waited on a hole (it should rejoin with `lastSeq`).
 */
export type SeqEvent = { seq: number; type: string; payload: any }

export class Sequencer {
  private pending = new Map<number, SeqEvent>()
  private waitingSince: number | null = null

  constructor(
    private readonly apply: (e: SeqEvent) => void,
    public lastSeq: number | null = null
  ) {}

  /** Starts over from a snapshot at `seq` (join, or a resync). */
  reset(seq: number) {
    this.lastSeq = seq
    for (const s of [...this.pending.keys()]) if (s <= seq) this.pending.delete(s)
    this.drain()
  }

  push(e: SeqEvent, now = Date.now()) {
    if (typeof e.seq !== "number") return
    if (this.lastSeq !== null && e.seq <= this.lastSeq) return
    this.pending.set(e.seq, e)
    this.drain(now)
  }

  private drain(now = Date.now()) {
    if (this.lastSeq === null) return
    for (;;) {
      const next = this.pending.get(this.lastSeq + 1)
      if (!next) break
      this.pending.delete(next.seq)
      this.lastSeq = next.seq
      this.apply(next)
    }
    this.waitingSince = this.pending.size ? this.waitingSince ?? now : null
  }

  /** True when an event has been waiting for a missing one longer than `ms`. */
  gap(ms: number, now = Date.now()): boolean {
    return this.waitingSince !== null && now - this.waitingSince > ms
  }

  get buffered(): number {
    return this.pending.size
  }
}
