"use client"

import { useCallback, useEffect, useState } from "react"
import { kioskQuantity } from "@/lib/actions/kiosk"
import { EMPTY_KIOSK_CART, type KioskCartView } from "@/lib/kiosk-cart-view"
import { formatVnd } from "@/lib/money"
import type { Locale } from "@/i18n"
import { useKioskQuery } from "./use-kiosk-query"

/** Told by a tile when its server action has added a product: the panel reloads the cart. */
export const KIOSK_CART_CHANGED = "kiosk:cart-changed"

export type KioskCartLabels = {
  cart: string
  empty: string
  total: string
  quantity: string
  pickupHere: string
  deliver: string
  handover: string
  scan: string
}

/**
 * The kiosk visitor's own cart beside the tiles (the page is the same for
 * everyone, served from cache): from `GET /api/kiosk/cart` on load and after
 * every change; its + / − are the same server actions as before.
 */
export function KioskCartPanel({ locale, location, labels }: { locale: Locale; location: string; labels: KioskCartLabels }) {
  const [view, setView] = useState<KioskCartView | null>(null)
  const { q } = useKioskQuery()
  const load = useCallback(async () => {
    try {
      const res = await fetch(`/api/kiosk/cart?location=${encodeURIComponent(location)}&locale=${locale}`, {
        cache: "no-store",
        headers: { accept: "application/json" },
      })
      if (res.ok) setView((await res.json()) as KioskCartView)
    } catch {
      // offline: the offline order (OfflineOrders) takes over; the panel keeps what it showed
    }
  }, [locale, location])
  useEffect(() => {
    void load()
    window.addEventListener(KIOSK_CART_CHANGED, load)
    return () => window.removeEventListener(KIOSK_CART_CHANGED, load)
  }, [load])
  const cart = view ?? EMPTY_KIOSK_CART
  const checkout = (mode: string) => `/${locale}/kiosk/${location}/checkout?mode=${mode}${q ? `&${q.slice(1)}` : ""}`
  return (
    <aside className="panel" aria-labelledby="kiosk-cart" data-testid="kiosk-cart-panel" data-loaded={view ? "true" : "false"}>
      <h2 id="kiosk-cart" style={{ marginTop: 0 }}>
        {labels.cart} <span data-testid="kiosk-count">({cart.count})</span>
      </h2>
      {!cart.lines.length ? (
        <p>{labels.empty}</p>
      ) : (
        <>
          <ul className="lines">
            {cart.lines.map((i) => (
              <li key={i.id} data-testid="kiosk-line">
                <div className="what">
                  {i.product_title}
                  <div className="muted">{i.variant_title}</div>
                </div>
                {[i.quantity - 1, i.quantity + 1].map((n, k) => (
                  <form
                    key={k}
                    action={async (form: FormData) => {
                      await kioskQuantity(form)
                      await load()
                    }}
                  >
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="location" value={location} />
                    <input type="hidden" name="line_id" value={i.id} />
                    <input type="hidden" name="quantity" value={n} />
                    <button type="submit" className="secondary" aria-label={`${k ? "+1" : "−1"}: ${i.product_title}`}>
                      {k ? "+" : "−"}
                    </button>
                  </form>
                ))}
                <span aria-label={labels.quantity}>{i.quantity}</span>
              </li>
            ))}
          </ul>
          <p className="price grand" style={{ fontSize: "1.5rem" }}>
            {labels.total}: {formatVnd(cart.total, locale)}
          </p>
          <p style={{ display: "grid", gap: "0.75rem" }}>
            <a className="btn" href={checkout("pickup")}>
              {labels.pickupHere}
            </a>
            <a className="btn secondary" href={checkout("delivery")}>
              {labels.deliver}
            </a>
          </p>
          {cart.handover ? (
            <section aria-labelledby="h-handover">
              <h3 id="h-handover">{labels.handover}</h3>
              <p>{labels.scan}</p>
              <div
                className="qr"
                role="img"
                aria-label={labels.handover}
                data-testid="kiosk-handover"
                data-qr-text={cart.handover.url}
                // the SVG the route made on the server from this URL (qrcode)
                dangerouslySetInnerHTML={{ __html: cart.handover.svg }}
              />
            </section>
          ) : null}
        </>
      )}
    </aside>
  )
}
