"use client"

import { useEffect } from "react"
import { trackDemand } from "@/lib/demand/client"
import { keptGuestReferralCode } from "@/lib/share/guest-code"
import { referralOf } from "@/lib/share/referral"
import { fetchVisitor } from "@/lib/visitor"

type Page = { product_id: string } | { stream_id: string }

/**
 * Counts a visit that arrived through a shared link (`?ref=CODE`) as a demand
 * signal, once per visitor session and page (a reload counts nothing more;
 * Medusa keys the visit by session too). The sharer's own visits are not
 * counted. Renders nothing.
 */
export function ReferralVisit({ page }: { page: Page }) {
  const key = JSON.stringify(page)
  useEffect(() => {
    const code = referralOf(location.search)
    if (!code || code === keptGuestReferralCode()) return
    const seen = `ocop-referral-visit:${code}:${key}`
    void fetchVisitor().then((visitor) => {
      // a signed-in sharer's own link (its code is a keyed hash of its id, known to the server)
      if (code === visitor.referral_code) return
      try {
        if (sessionStorage.getItem(seen)) return
        sessionStorage.setItem(seen, "1")
      } catch {}
      trackDemand({ kind: "referral_visit", referral_code: code, ...(JSON.parse(key) as Page) })
    })
  }, [key])
  return null
}
