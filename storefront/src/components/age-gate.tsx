"use client"

import { useRouter } from "next/navigation"
import { ADULT_COOKIE, ADULT_COOKIE_MAX_AGE } from "@/lib/alcohol"

/**
 * "I am 18 or older": stores the answer in a cookie and re-renders the page
 * on the server, which then shows the price and the buy button.
 */
export function AgeGate({ text, button }: { text: string; button: string }) {
  const router = useRouter()
  const confirm = () => {
    const secure = window.location.protocol === "https:" ? "; Secure" : ""
    document.cookie = `${ADULT_COOKIE}=1; Path=/; Max-Age=${ADULT_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
    router.refresh()
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
