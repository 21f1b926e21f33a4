import { codeFromBytes, isReferralCode } from "./referral"

const KEY = "ocop-referral-code"
let fallback: string | null = null

const randomCode = () => codeFromBytes(crypto.getRandomValues(new Uint8Array(10)))

/**
 * A guest's referral code: random, made once and kept in this browser
 * (localStorage), so every link the guest shares carries the same code.
 */
export function guestReferralCode(): string {
  try {
    const kept = localStorage.getItem(KEY)
    if (isReferralCode(kept)) return kept
    const code = randomCode()
    localStorage.setItem(KEY, code)
    return code
  } catch {
    fallback ??= randomCode()
    return fallback
  }
}

/** The guest's code if this browser made one already (never makes one). */
export function keptGuestReferralCode(): string | null {
  try {
    const kept = localStorage.getItem(KEY)
    return isReferralCode(kept) ? kept : null
  } catch {
    return null
  }
}
