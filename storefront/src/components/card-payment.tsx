"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { completeCardOrder } from "@/lib/actions/card"

type StripeCard = { mount(el: HTMLElement): void; destroy?(): void }
type StripeJs = {
  elements(o?: Record<string, unknown>): { create(kind: "card", o?: Record<string, unknown>): StripeCard }
  confirmCardPayment(
    secret: string,
    data: { payment_method: { card: StripeCard; billing_details?: { name?: string } } }
  ): Promise<{ error?: { message?: string }; paymentIntent?: { status: string } }>
}
declare global {
  interface Window {
    Stripe?: (key: string, o?: Record<string, unknown>) => StripeJs
  }
}

type Props = {
  locale: string
  publishableKey: string
  stripeJsUrl: string
  clientSecret: string
  name: string
  text: { pay: string; paying: string; loading: string; unavailable: string; card: string }
}

/** Loads Stripe.js once per page. */
function loadStripeJs(src: string): Promise<void> {
  if (window.Stripe) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const script = document.createElement("script")
    script.src = src
    script.async = true
    script.onload = () => (window.Stripe ? resolve() : reject(new Error("Stripe.js did not define Stripe")))
    script.onerror = () => reject(new Error("Stripe.js did not load"))
    document.head.appendChild(script)
  })
}

/**
 * Stripe's card element and the pay button: Stripe.js confirms the
 * PaymentIntent with the card (the card number never reaches our servers),
 * then a server action places the order.
 */
export function CardPayment({ locale, publishableKey, stripeJsUrl, clientSecret, name, text }: Props) {
  const mountRef = useRef<HTMLDivElement>(null)
  const stripe = useRef<{ js: StripeJs; card: StripeCard } | null>(null)
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [, startTransition] = useTransition()

  useEffect(() => {
    let cancelled = false
    loadStripeJs(stripeJsUrl)
      .then(() => {
        if (cancelled || !mountRef.current) return
        const js = window.Stripe!(publishableKey, { locale })
        const card = js.elements({ locale }).create("card", { hidePostalCode: true })
        card.mount(mountRef.current)
        stripe.current = { js, card }
        setState("ready")
      })
      .catch(() => !cancelled && setState("failed"))
    return () => {
      cancelled = true
      stripe.current?.card.destroy?.()
    }
  }, [publishableKey, stripeJsUrl, locale])

  async function pay(e: React.FormEvent) {
    e.preventDefault()
    if (!stripe.current || busy) return
    setBusy(true)
    setError(null)
    const { js, card } = stripe.current
    const result = await js.confirmCardPayment(clientSecret, {
      payment_method: { card, billing_details: name ? { name } : undefined },
    })
    if (result.error) {
      setError(result.error.message ?? "card error")
      setBusy(false)
      return
    }
    startTransition(async () => {
      const placed = await completeCardOrder(locale)
      if (placed?.error) {
        setError(placed.error)
        setBusy(false)
      }
    })
  }

  return (
    <form onSubmit={pay} aria-busy={busy}>
      <div
        ref={mountRef}
        className="card-element"
        data-testid="card-element"
        aria-label={text.card}
        role="group"
        style={{ border: "1px solid #b8b8b8", borderRadius: 8, padding: 12, minHeight: 48, margin: "8px 0 16px" }}
      />
      {state === "loading" ? <p className="muted">{text.loading}</p> : null}
      {state === "failed" ? <p className="error" role="alert">{text.unavailable}</p> : null}
      {error ? <p className="error" role="alert" data-testid="card-error">{error}</p> : null}
      <button type="submit" disabled={state !== "ready" || busy} data-testid="pay-card">
        {busy ? text.paying : text.pay}
      </button>
    </form>
  )
}
