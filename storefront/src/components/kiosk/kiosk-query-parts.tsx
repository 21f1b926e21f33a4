"use client"

import type { AnchorHTMLAttributes } from "react"
import { IdleReset } from "./idle-reset"
import { useKioskQuery } from "./use-kiosk-query"

/** The idle reset with the page's `?idle=`, back to the attract screen `attract` (plus the same query). */
export function KioskIdleReset({ attract, reset }: { attract: string; reset: () => Promise<void> }) {
  const { idle, q } = useKioskQuery()
  return <IdleReset seconds={idle} attract={`${attract}${q}`} reset={reset} />
}

/** The "start over" form's `idle` field, from the page's query. */
export function KioskIdleField() {
  const { idle } = useKioskQuery()
  return <input type="hidden" name="idle" value={idle} />
}

/** "Order … placed" after a kiosk checkout (`?placed=`); `message` holds `__ID__` where the order's short id goes. */
export function KioskPlacedNotice({ message }: { message: string }) {
  const { placed } = useKioskQuery()
  if (!placed) return null
  return (
    <p className="notice" role="status" data-testid="kiosk-placed">
      {message.replace("__ID__", placed.slice(-6).toUpperCase())}
    </p>
  )
}

/** A link to another kiosk screen, carrying the page's `?idle=` once hydrated (the page's HTML is the same for every query). */
export function KioskQueryLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { q } = useKioskQuery()
  return <a {...rest} href={`${href}${q}`} />
}
