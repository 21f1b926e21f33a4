import { randomBytes } from "crypto"

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ" // Crockford base32

function encodeTime(ms: number): string {
  let out = ""
  let t = ms
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[t % 32] + out
    t = Math.floor(t / 32)
  }
  return out
}

// Random bytes are drawn from a pool refilled 4 KiB at a time: one
// randomBytes() call per id is a measurable cost in a flash-sale burst.
let pool = randomBytes(4096)
let offset = 0

function encodeRandom(): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(4096)
    offset = 0
  }
  let out = ""
  for (let i = 0; i < 16; i++) {
    out += ALPHABET[pool[offset + i] & 31]
  }
  offset += 16
  return out
}

/**
 * An id in Medusa's shape (`<prefix>_<ULID>`, time-sortable), generated
 * outside Medusa so the gateway can insert rows into the module's tables.
 */
export function newId(prefix: string, now = Date.now()): string {
  return `${prefix}_${encodeTime(now)}${encodeRandom()}`
}

export const ID_PREFIX = {
  stream: "lstr",
  offer: "loff",
  claim: "lclm",
  message: "lmsg",
  moderation: "lmod",
  bannedWord: "lbwd",
  stat: "lsta",
  event: "levt",
  sellerVerification: "lsvf",
} as const
