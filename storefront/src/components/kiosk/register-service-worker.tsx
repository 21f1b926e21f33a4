"use client"

import { useEffect } from "react"

/**
 * Registers the kiosk's service worker (Serwist, built from src/app/sw.ts):
 * the shell and scripts are precached and the kiosk pages kept, so the
 * kiosk reloads and takes orders offline.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // no service worker (private mode, old browser): the kiosk still works online
      })
    }
  }, [])
  return null
}
