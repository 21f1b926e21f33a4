"use client"

import { useEffect, useRef, type ReactNode } from "react"
import { useFormStatus } from "react-dom"
import type { QueuedLine } from "@/lib/kiosk-queue/logic"
import { KIOSK_CART_CHANGED } from "./kiosk-cart-panel"
import { offlineCart, useOnline } from "./offline-cart"

/**
 * A product tile: online it submits its form (the server action adds it to
 * the kiosk cart, then the cart panel reloads); offline it adds the product
 * to the offline cart.
 */
export function KioskTileButton({ item, handle, children }: { item: Omit<QueuedLine, "quantity">; handle: string; children: ReactNode }) {
  const online = useOnline()
  const { pending } = useFormStatus()
  const was = useRef(false)
  useEffect(() => {
    if (was.current && !pending) window.dispatchEvent(new Event(KIOSK_CART_CHANGED))
    was.current = pending
  }, [pending])
  return (
    <button
      type={online ? "submit" : "button"}
      className="tile"
      data-testid="kiosk-tile"
      data-handle={handle}
      onClick={online ? undefined : () => offlineCart.add(item)}
    >
      {children}
    </button>
  )
}
