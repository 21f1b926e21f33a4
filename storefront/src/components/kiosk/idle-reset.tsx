"use client"

import { useEffect } from "react"
import { offlineCart } from "./offline-cart"

const EVENTS = ["pointerdown", "keydown", "touchstart", "wheel", "scroll", "input"] as const

/**
 * After `seconds` without a touch, key or scroll: clears the kiosk cart (the
 * server action) and returns to the attract screen. Offline, it only empties
 * the offline cart and stays (the queue is kept; other screens may not be cached).
 */
export function IdleReset({ seconds, attract, reset }: { seconds: number; attract: string; reset: () => Promise<void> }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    let done = false
    const fire = async () => {
      if (done) return
      if (!navigator.onLine) {
        offlineCart.clear()
        arm()
        return
      }
      done = true
      try {
        await reset()
      } finally {
        window.location.assign(attract)
      }
    }
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(fire, seconds * 1000)
    }
    EVENTS.forEach((e) => window.addEventListener(e, arm, { passive: true, capture: true }))
    arm()
    return () => {
      clearTimeout(timer)
      EVENTS.forEach((e) => window.removeEventListener(e, arm, { capture: true }))
    }
  }, [seconds, attract, reset])
  return null
}
