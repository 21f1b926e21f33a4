"use client"

import type { ReactNode } from "react"
import type { QueuedLine } from "@/lib/kiosk-queue/logic"
import { offlineCart, useOnline } from "./offline-cart"

/**
 * A product tile: online it submits its form (the server action adds it to
 * the kiosk cart); offline it adds the product to the offline cart.
 */
export function KioskTileButton({ item, handle, children }: { item: Omit<QueuedLine, "quantity">; handle: string; children: ReactNode }) {
  const online = useOnline()
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
