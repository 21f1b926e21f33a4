"use client"

import { useSearchParams } from "next/navigation"

/**
 * What the "add to cart" form's answer says (`?added=1`, `?error=stock|cart`
 * on the product page it lands back on); read in the browser, so the product
 * page stays the same for everyone.
 */
export function CartNotice({ cartHref, text }: { cartHref: string; text: { added: string; cart: string; soldOut: string; error: string } }) {
  const sp = useSearchParams()
  const error = sp.get("error")
  if (sp.get("added"))
    return (
      <p className="notice" role="status">
        {text.added} <a href={cartHref}>{text.cart} →</a>
      </p>
    )
  if (error)
    return (
      <p className="error" role="alert">
        {error === "stock" ? text.soldOut : text.error}
      </p>
    )
  return null
}
