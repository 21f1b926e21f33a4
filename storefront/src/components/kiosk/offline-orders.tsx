"use client"

import QRCode from "qrcode"
import { useCallback, useEffect, useRef, useState } from "react"
import { submitKioskOrder, type SubmitResult } from "@/lib/actions/kiosk-orders"
import {
  dueOrders,
  markConflict,
  markPlaced,
  markRetry,
  newOrder,
  nextWake,
  orderTotal,
  recover,
  removeLine,
  resend,
  startSending,
  type KioskPayment,
  type QueuedOrder,
} from "@/lib/kiosk-queue/logic"
import { deleteOrder, loadOrders, saveOrder } from "@/lib/kiosk-queue/store"
import { kioskTransfer, type CachedPayee } from "@/lib/kiosk-queue/vietqr"
import { formatVnd } from "@/lib/money"
import { offlineCart, useOfflineCart, useOnline } from "./offline-cart"

export type OfflineLabels = {
  offline: string
  cart: string
  empty: string
  payCash: string
  payQr: string
  qrTitle: string
  qrHelp: string
  qrAccount: string
  qrReference: string
  qrDone: string
  qrShow: string
  awaitingTransfer: string
  queue: string
  queued: string
  sending: string
  placed: string
  conflict: string
  remove: string
  resend: string
  clearPlaced: string
  total: string
  less: string
  more: string
}

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k] ?? ""))

function statusText(o: QueuedOrder, l: OfflineLabels): string {
  if (o.status === "placed") {
    const placed = fill(l.placed, { id: o.display_id ?? "" })
    return o.vietqr ? `${placed} · ${fill(l.awaitingTransfer, { reference: o.vietqr.reference })}` : placed
  }
  if (o.status === "conflict") return fill(l.conflict, { reason: o.reason ?? "" })
  return o.status === "sending" ? l.sending : l.queued
}

/**
 * Offline kiosk: while the connection is down, tiles fill this offline cart
 * and "pay cash" queues the order in IndexedDB with its own idempotency
 * key. The queue is shown with each order's status; when the connection
 * returns (the `online` event, then retries with backoff) each queued order
 * is sent once to the backend, which places it once per key.
 * "VietQR transfer" (when the page carried the stall's payee) shows a QR for
 * the exact total with the reference derived from the order's key and queues
 * the order awaiting that transfer: the backend creates it with a pending
 * VietQR payment under the same reference, paid only when the bank (or staff)
 * confirms the money arrived.
 */
export function OfflineOrders({ location, payee, labels }: { location: string; payee: CachedPayee | null; labels: OfflineLabels }) {
  const online = useOnline()
  const cart = useOfflineCart()
  const [orders, setOrders] = useState<QueuedOrder[]>([])
  const [shown, setShown] = useState<{ order: QueuedOrder; svg: string } | null>(null)
  const busy = useRef(false)

  const reload = useCallback(async () => setOrders(await loadOrders(location)), [location])
  const persist = useCallback(
    async (order: QueuedOrder) => {
      await saveOrder(order)
      await reload()
    },
    [reload]
  )

  /** Sends the due orders one by one (all queued ones when `now` is forced). */
  const flush = useCallback(
    async (force: boolean) => {
      if (busy.current || !navigator.onLine) return
      busy.current = true
      try {
        for (;;) {
          const [next] = dueOrders(await loadOrders(location), force ? Infinity : Date.now())
          if (!next) break
          const sending = startSending(next)
          await persist(sending)
          const result: SubmitResult = await submitKioskOrder({
            key: sending.key,
            location: sending.location,
            payment: sending.payment,
            vietqr_reference: sending.vietqr?.reference,
            lines: sending.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
          }).catch((e: unknown) => ({ outcome: "retry" as const, reason: String(e) }))
          const done =
            result.outcome === "placed"
              ? markPlaced(sending, result.display_id)
              : result.outcome === "refused"
                ? markConflict(sending, result.reason)
                : markRetry(sending, Date.now())
          await persist(done)
          if (result.outcome === "retry") break
        }
      } finally {
        busy.current = false
      }
    },
    [location, persist]
  )

  // the queue survives reloads: orders left mid-send are queued again
  useEffect(() => {
    ;(async () => {
      const now = Date.now()
      for (const o of await loadOrders(location)) {
        const back = recover(o, now)
        if (back !== o) await saveOrder(back)
      }
      await reload()
    })()
  }, [location, reload])

  // back online: send everything queued now
  useEffect(() => {
    if (online) void flush(true)
  }, [online, flush])

  // retries with backoff
  const wake = nextWake(orders)
  useEffect(() => {
    if (!online || wake === null) return
    const timer = setTimeout(() => void flush(false), Math.max(0, wake - Date.now()))
    return () => clearTimeout(timer)
  }, [online, wake, flush])

  /** The transfer QR of a VietQR order (error correction M, the exact payload), over the page until "Done". */
  const showQr = async (order: QueuedOrder) => {
    if (!order.vietqr) return
    setShown({ order, svg: await QRCode.toString(order.vietqr.payload, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) })
  }

  const queueOrder = async (payment: KioskPayment) => {
    if (!cart.length) return
    const key = `kiosk-${crypto.randomUUID()}`
    const vietqr = payment === "vietqr" && payee ? kioskTransfer(payee, cart, key) : undefined
    if (payment === "vietqr" && !vietqr) return
    const order = newOrder({ key, location, payment, lines: cart, now: Date.now(), vietqr })
    // the QR first (the payer scans it now), then the order is kept
    if (vietqr) await showQr(order)
    await persist(order)
    offlineCart.clear()
    if (navigator.onLine) void flush(true)
  }

  const fix = async (order: QueuedOrder, variantId: string) => {
    const fixed = removeLine(order, variantId)
    if (fixed) await persist(fixed)
    else {
      await deleteOrder(order.key)
      await reload()
    }
  }
  const clearPlaced = async () => {
    for (const o of orders.filter((o) => o.status === "placed")) await deleteOrder(o.key)
    await reload()
  }

  const waiting = orders.filter((o) => o.status !== "placed").length
  return (
    <>
      {!online ? (
        <section className="panel offline" aria-labelledby="h-offline-cart" data-testid="kiosk-offline">
          <p className="notice" role="status">
            {labels.offline}
          </p>
          <h2 id="h-offline-cart">
            {labels.cart} <span data-testid="kiosk-offline-count">({cart.reduce((s, l) => s + l.quantity, 0)})</span>
          </h2>
          {cart.length ? (
            <>
              <ul className="lines">
                {cart.map((l) => (
                  <li key={l.variant_id} data-testid="kiosk-offline-line">
                    <div className="what">{l.title}</div>
                    <button type="button" className="secondary" aria-label={`${labels.less}: ${l.title}`} onClick={() => offlineCart.add(l, -1)}>
                      −
                    </button>
                    <span>{l.quantity}</span>
                    <button type="button" className="secondary" aria-label={`${labels.more}: ${l.title}`} onClick={() => offlineCart.add(l, 1)}>
                      +
                    </button>
                    <span className="price">{formatVnd(l.unit_price * l.quantity)}</span>
                  </li>
                ))}
              </ul>
              <p className="price grand">
                {labels.total}: {formatVnd(orderTotal(cart))}
              </p>
              <p style={{ display: "grid", gap: "0.75rem" }}>
                <button type="button" className="btn" data-testid="kiosk-queue-cash" onClick={() => void queueOrder("cash")}>
                  {labels.payCash}
                </button>
                {payee ? (
                  <button type="button" className="btn secondary" data-testid="kiosk-queue-vietqr" onClick={() => void queueOrder("vietqr")}>
                    {labels.payQr}
                  </button>
                ) : null}
              </p>
            </>
          ) : (
            <p>{labels.empty}</p>
          )}
        </section>
      ) : null}
      {shown?.order.vietqr && payee ? (
        <section
          className="panel vietqr"
          role="dialog"
          aria-labelledby="h-kiosk-vietqr"
          data-testid="kiosk-vietqr"
          data-key={shown.order.key}
        >
          <h2 id="h-kiosk-vietqr">{labels.qrTitle}</h2>
          <div
            className="qr"
            role="img"
            aria-label={labels.qrTitle}
            data-testid="kiosk-vietqr-code"
            data-qr-text={shown.order.vietqr.payload}
            // our own SVG, generated from the payload by the qrcode package
            dangerouslySetInnerHTML={{ __html: shown.svg }}
          />
          <p>{labels.qrHelp}</p>
          <dl>
            <dt>{labels.total}</dt>
            <dd className="price grand" data-testid="kiosk-vietqr-amount">
              {formatVnd(shown.order.vietqr.amount)}
            </dd>
            <dt>{labels.qrAccount}</dt>
            <dd>
              {payee.account_name ? `${payee.account_name} · ` : ""}
              {payee.account_number} ({payee.bank_bin})
            </dd>
            <dt>{labels.qrReference}</dt>
            <dd data-testid="kiosk-vietqr-reference">{shown.order.vietqr.reference}</dd>
          </dl>
          <button type="button" className="btn" data-testid="kiosk-vietqr-done" onClick={() => setShown(null)}>
            {labels.qrDone}
          </button>
        </section>
      ) : null}
      {orders.length ? (
        <section className="panel" aria-labelledby="h-kiosk-queue" data-testid="kiosk-queue">
          <h2 id="h-kiosk-queue">
            {labels.queue} <span data-testid="kiosk-queue-count">({waiting})</span>
          </h2>
          <ol className="lines">
            {orders.map((o) => (
              <li key={o.key} data-testid="kiosk-queued-order" data-status={o.status} data-key={o.key} data-payment={o.payment}>
                <div className="what">
                  {o.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}
                  <div className="muted">
                    {labels.total}: {formatVnd(orderTotal(o.lines))}
                    {o.vietqr && o.status !== "placed" ? ` · ${fill(labels.awaitingTransfer, { reference: o.vietqr.reference })}` : ""}
                  </div>
                </div>
                <span role="status" data-testid="kiosk-queued-status">
                  {statusText(o, labels)}
                </span>
                {o.vietqr ? (
                  <button type="button" className="secondary" data-testid="kiosk-vietqr-show" onClick={() => void showQr(o)}>
                    {labels.qrShow}
                  </button>
                ) : null}
                {o.status === "conflict" ? (
                  <>
                    {(o.vietqr ? [] : o.lines).map((l) => (
                      <button key={l.variant_id} type="button" className="secondary" onClick={() => void fix(o, l.variant_id)}>
                        {labels.remove}: {l.title}
                      </button>
                    ))}
                    <button type="button" onClick={() => void persist(resend(o, Date.now())).then(() => flush(true))}>
                      {labels.resend}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          {orders.length > waiting ? (
            <button type="button" className="secondary" onClick={() => void clearPlaced()}>
              {labels.clearPlaced}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
