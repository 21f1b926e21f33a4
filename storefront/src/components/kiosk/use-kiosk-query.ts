"use client"

import { useEffect, useState } from "react"
import { DEFAULT_IDLE_SECONDS, idleSeconds, kioskQuery } from "@/lib/kiosk-params"

export type KioskQueryState = { idle: number; q: string; placed: string | null }

const DEFAULTS: KioskQueryState = { idle: DEFAULT_IDLE_SECONDS, q: "", placed: null }

/**
 * `?idle=` and `?placed=` of the kiosk page, read in the browser: the page's
 * HTML is served from cache, the same for every query (defaults until hydrated).
 */
export function useKioskQuery(): KioskQueryState {
  const [state, setState] = useState(DEFAULTS)
  useEffect(() => {
    const sp = new URLSearchParams(window.location.search)
    const idle = idleSeconds(sp.get("idle"))
    setState({ idle, q: kioskQuery(idle), placed: sp.get("placed") || null })
  }, [])
  return state
}
