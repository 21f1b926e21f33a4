import { createHash, createHmac, randomBytes, timingSafeEqual } from "crypto"

/** A fresh random nonce: a new one rotates the stream key. */
export function newKeyNonce(): string {
  return randomBytes(16).toString("base64url")
}

/**
 * The secret stream key of `streamId` for `nonce`, derived from the server
 * secret: the database keeps only the nonce and the key's hash, so a copy
 * of it publishes nothing.
 */
export function streamKey(secret: string, streamId: string, nonce: string): string {
  return createHmac("sha256", secret).update(`live-ingest:${streamId}:${nonce}`).digest("base64url").slice(0, 32)
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex")
}

/** Whether `key` is the one whose hash is `keyHash` (constant time). */
export function keyMatches(key: string, keyHash: string): boolean {
  const a = Buffer.from(hashKey(key), "hex")
  const b = Buffer.from(keyHash, "hex")
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The encoder's "stream key" field: the stream id, then the secret as `?key=`. */
export function encoderStreamKey(streamId: string, key: string): string {
  return `${streamId}?key=${key}`
}

/**
 * The stream id and key of an RTMP publish to `/<app>/<name>?key=…`, or
 * null when it is not a well-formed publish to the `live` app.
 */
export function parsePublish(app: string, name: string, query: Record<string, unknown>) {
  const key = query?.key
  if (app !== "live" || !/^[A-Za-z0-9_-]{1,100}$/.test(name) || typeof key !== "string" || !key || key.length > 200) {
    return null
  }
  return { streamId: name, key }
}
