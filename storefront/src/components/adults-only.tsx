"use client"

import type { ReactNode } from "react"
import { useAdultConfirmed } from "@/lib/visitor"

/**
 * Shows `children` (an alcoholic product's price, its buy form) only once the
 * buyer said they are 18 or older (the age gate's cookie), else `fallback`.
 * In the browser: the page around it is the same for every visitor. `when`
 * false (not alcohol): always shown.
 */
export function AdultsOnly({ when = true, children, fallback = null }: { when?: boolean; children: ReactNode; fallback?: ReactNode }) {
  const adult = useAdultConfirmed()
  return <>{!when || adult ? children : fallback}</>
}
