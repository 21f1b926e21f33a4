"use client"

import { useEffect, useState } from "react"
import { ADULT_COOKIE } from "./alcohol"

/** This visitor's own bits on a page served from cache (GET /api/visitor). */
export type Visitor = { cart_items: number; signed_in: boolean; referral_code: string | null }

const GUEST: Visitor = { cart_items: 0, signed_in: false, referral_code: null }
let asked: { key: string; answer: Promise<Visitor> } | null = null

/**
 * The visitor, asked once per `key` (the page's URL: a form that changed the
 * cart lands on a new one); without a key, the last answer will do.
 */
export function fetchVisitor(key?: string): Promise<Visitor> {
  if (!asked || (key !== undefined && asked.key !== key)) {
    const answer = fetch("/api/visitor", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<Visitor>) : GUEST))
      .catch(() => GUEST)
    asked = { key: key ?? "", answer }
  }
  return asked.answer
}

/** The visitor once known (null until then), asked again when `key` changes (without one: any answer). */
export function useVisitor(key?: string): Visitor | null {
  const [visitor, setVisitor] = useState<Visitor | null>(null)
  useEffect(() => {
    let live = true
    fetchVisitor(key).then((v) => live && setVisitor(v))
    return () => {
      live = false
    }
  }, [key])
  return visitor
}

/** The event the age gate sends once it has set its cookie. */
export const ADULT_CONFIRMED_EVENT = "ocop:adult-confirmed"

/** Whether the buyer said they are 18 or older (the age gate's cookie, readable by the page; false on the server). */
export function useAdultConfirmed(): boolean {
  const [adult, setAdult] = useState(false)
  useEffect(() => {
    const read = () => setAdult(document.cookie.split(/;\s*/).includes(`${ADULT_COOKIE}=1`))
    read()
    window.addEventListener(ADULT_CONFIRMED_EVENT, read)
    return () => window.removeEventListener(ADULT_CONFIRMED_EVENT, read)
  }, [])
  return adult
}
