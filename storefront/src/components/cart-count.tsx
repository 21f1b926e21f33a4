"use client"

import { usePathname, useSearchParams } from "next/navigation"
import type { Dict, Locale } from "@/i18n"
import { fmt } from "@/i18n/format"
import { useVisitor } from "@/lib/visitor"

/** The header's count of cart items: this visitor's, asked after the (cached) page loads and after every navigation. */
export function CartCount({ locale, label }: { locale: Locale; label: Dict["cart"]["items"] }) {
  const n = useVisitor(`${usePathname()}?${useSearchParams()}`)?.cart_items ?? 0
  if (!n) return null
  return (
    <span className="count" data-testid="cart-count">
      <span aria-hidden="true">{n}</span>
      <span className="sr-only">{fmt(locale, label, { n })}</span>
    </span>
  )
}
