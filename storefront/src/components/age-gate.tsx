"use client"

import { ADULT_COOKIE, ADULT_COOKIE_MAX_AGE } from "@/lib/alcohol"
import { ADULT_CONFIRMED_EVENT } from "@/lib/visitor"

/**
 * "I am 18 or older": stores the answer in a cookie and tells the page's
 * `AdultsOnly` parts, which then show the price and the buy button.
 */
export function AgeGate({ text, button }: { text: string; button: string }) {
  const confirm = () => {
    const secure = window.location.protocol === "https:" ? "; Secure" : ""
    document.cookie = `${ADULT_COOKIE}=1; Path=/; Max-Age=${ADULT_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
    window.dispatchEvent(new Event(ADULT_CONFIRMED_EVENT))
  }
  return (
    <div className="notice" data-testid="age-gate">
      <p style={{ margin: "0 0 0.5rem" }}>{text}</p>
      <button type="button" onClick={confirm}>
        {button}
      </button>
    </div>
  )
}
