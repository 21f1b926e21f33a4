/**
 * Sharing with a referral code (issue #17): the shared link carries
 * `?ref=CODE`, a stable code per sharer that names no one (a keyed hash of a
 * signed-in customer's id, or a random code a guest's browser keeps).
 * Shares and the visits they bring are demand signals.
 */

/** 8-16 letters and digits, as Medusa's demand events accept it. */
export const REFERRAL_CODE = /^[A-Za-z0-9]{8,16}$/

export const SHARE_CHANNELS = ["native", "zalo", "facebook", "copy"] as const
export type ShareChannel = (typeof SHARE_CHANNELS)[number]

export const isReferralCode = (code: unknown): code is string => typeof code === "string" && REFERRAL_CODE.test(code)

/** `url` with `ref` set to the sharer's code (any earlier `ref` replaced). */
export function withReferral(url: string, code: string): string {
  const u = new URL(url)
  u.searchParams.set("ref", code)
  return u.toString()
}

/** The referral code a visited URL's query carries, or null when it has none or a malformed one. */
export function referralOf(search: string): string | null {
  const code = new URLSearchParams(search).get("ref")
  return isReferralCode(code) ? code : null
}

/** The share pages of Zalo and Facebook for `url`. */
export function shareLinks(url: string, text: string): Record<"zalo" | "facebook", string> {
  return {
    zalo: `https://zalo.me/share?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  }
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"

/** A code of `length` characters from `bytes` (random or a hash), in letters and digits only. */
export function codeFromBytes(bytes: Uint8Array, length = 10): string {
  let out = ""
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i % bytes.length] % ALPHABET.length]
  return out
}
