import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "crypto"

/**
 * Platform stream keys at rest (#14): AES-256-GCM under a key derived from
 * JWT_SECRET (HKDF-SHA256, info "live-relay-key"), stored as
 * `v1:<iv>:<tag>:<ciphertext>` (base64url). A stored value not starting
 * with `v1:` is a legacy plaintext key (rows written before encryption).
 */
const PREFIX = "v1:"
const INFO = "live-relay-key"

/** The 32-byte AES key for `secret` (never the secret itself). */
export function relayCipherKey(secret: string): Buffer {
  if (!secret) throw new Error("relay key encryption needs JWT_SECRET")
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), INFO, 32))
}

export function isEncryptedRelayKey(stored: string): boolean {
  return stored.startsWith(PREFIX)
}

/** `key` encrypted for storage (a fresh random IV each time). */
export function encryptRelayKey(secret: string, key: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", relayCipherKey(secret), iv)
  const data = Buffer.concat([cipher.update(key, "utf8"), cipher.final()])
  return PREFIX + [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(":")
}

/**
 * The stream key from its stored form; legacy plaintext is returned as is.
 * Throws when the secret is not the one it was encrypted with or the value was altered.
 */
export function decryptRelayKey(secret: string, stored: string): string {
  if (!isEncryptedRelayKey(stored)) return stored
  const parts = stored.slice(PREFIX.length).split(":")
  if (parts.length !== 3) throw new Error("malformed encrypted relay key")
  const [iv, tag, data] = parts.map((p) => Buffer.from(p, "base64url"))
  if (iv.length !== 12 || tag.length !== 16) throw new Error("malformed encrypted relay key")
  const decipher = createDecipheriv("aes-256-gcm", relayCipherKey(secret), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8")
}
