import { decryptRelayKey, encryptRelayKey, isEncryptedRelayKey } from "../relay-key-crypto"

const secret = "a-jwt-secret-for-tests"
const key = "FB-1234567890-0-AbCdEfGhIjKl?s_bl=1&a=Zz9q"

describe("relay stream keys at rest", () => {
  it("round-trips, in the v1:<iv>:<tag>:<ciphertext> base64url form, without the key in it", () => {
    const stored = encryptRelayKey(secret, key)
    expect(stored).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/)
    expect(stored).not.toContain("AbCdEf")
    expect(isEncryptedRelayKey(stored)).toBe(true)
    expect(decryptRelayKey(secret, stored)).toBe(key)
  })

  it("uses a fresh IV each time", () => {
    const a = encryptRelayKey(secret, key)
    const b = encryptRelayKey(secret, key)
    expect(a).not.toBe(b)
    expect(decryptRelayKey(secret, b)).toBe(key)
  })

  it("fails with another secret", () => {
    expect(() => decryptRelayKey("another-secret", encryptRelayKey(secret, key))).toThrow()
  })

  it("fails when the ciphertext, tag or IV was altered", () => {
    const [v, iv, tag, data] = encryptRelayKey(secret, key).split(":")
    const flip = (s: string) => {
      const b = Buffer.from(s, "base64url")
      b[0] ^= 1
      return b.toString("base64url")
    }
    expect(() => decryptRelayKey(secret, [v, iv, tag, flip(data)].join(":"))).toThrow()
    expect(() => decryptRelayKey(secret, [v, iv, flip(tag), data].join(":"))).toThrow()
    expect(() => decryptRelayKey(secret, [v, flip(iv), tag, data].join(":"))).toThrow()
    expect(() => decryptRelayKey(secret, [v, iv, tag].join(":"))).toThrow(/malformed/)
  })

  it("reads a legacy plaintext key as is", () => {
    expect(isEncryptedRelayKey("live_abc-1234")).toBe(false)
    expect(decryptRelayKey(secret, "live_abc-1234")).toBe("live_abc-1234")
  })

  it("refuses an empty secret", () => {
    expect(() => encryptRelayKey("", key)).toThrow(/JWT_SECRET/)
  })
})
