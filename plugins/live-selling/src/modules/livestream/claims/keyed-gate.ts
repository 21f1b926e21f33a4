/**
 * At most `limit` calls in flight per key; the rest wait in order. Used to
 * keep a flash-sale burst from queueing thousands of claim statements on one
 * offer row: waiting attempts re-check (e.g. "sold out?") when let in.
 */
export class KeyedGate {
  private slots = new Map<string, { active: number; waiting: (() => void)[] }>()

  constructor(private readonly limit: number) {}

  /**
   * Lets every call waiting on `key` in at once, past the limit: for when
   * what they wait for no longer needs guarding (an offer just sold out:
   * each is refused from memory). Calls arriving later wait as before.
   */
  openAll(key: string) {
    const s = this.slots.get(key)
    if (!s?.waiting.length) {
      return
    }
    const woken = s.waiting.splice(0)
    s.active += woken.length
    woken.forEach((wake) => wake())
  }

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let s = this.slots.get(key)
    if (!s) {
      s = { active: 0, waiting: [] }
      this.slots.set(key, s)
    }
    if (s.active >= this.limit) {
      await new Promise<void>((resolve) => s!.waiting.push(resolve))
    } else {
      s.active++
    }
    try {
      return await fn()
    } finally {
      const next = s.waiting.shift()
      if (next) {
        next()
      } else {
        s.active--
        if (s.active === 0) {
          this.slots.delete(key)
        }
      }
    }
  }
}
