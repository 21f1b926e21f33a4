"use client"

import { useEffect } from "react"
import type { DemandSignal as Signal } from "@/lib/demand/batcher"
import { trackDemand } from "@/lib/demand/client"

/** Records `signals` once when the page shows (a product view, a search…). Renders nothing. */
export function DemandSignal({ signals }: { signals: Signal[] }) {
  const key = JSON.stringify(signals)
  useEffect(() => {
    for (const s of JSON.parse(key) as Signal[]) trackDemand(s)
  }, [key])
  return null
}
