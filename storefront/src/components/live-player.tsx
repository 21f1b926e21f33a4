"use client"

import type { ReactNode } from "react"
import { liveTicketPath } from "@/lib/live-ticket"
import { useVisitor } from "@/lib/visitor"

type Props = {
  stream: string
  backend: string
  live: string
  publishableKey: string
  lang: string
  salesChannel?: string
  /** shown until the element runs (and when it cannot) */
  children: ReactNode
}

/**
 * The live page's <ocop-live>, put in once the browser knows whether the
 * visitor is signed in (GET /api/visitor): a signed-in customer's element gets
 * the same-origin ticket, buyer and one-tap order routes (the token stays in
 * its httpOnly cookie). The page around it is the same for every viewer.
 */
export function LivePlayer({ stream, backend, live, publishableKey, lang, salesChannel, children }: Props) {
  const visitor = useVisitor()
  if (!visitor) return <div className="live-player">{children}</div>
  const signedIn = visitor.signed_in
  return (
    <ocop-live
      className="live-player"
      layout="auto"
      stream={stream}
      backend={backend}
      live={live}
      publishable-key={publishableKey}
      lang={lang}
      storefront={window.location.origin}
      sales-channel={salesChannel}
      ticket-url={signedIn ? liveTicketPath(stream) : undefined}
      buyer-url={signedIn ? "/api/live/buyer" : undefined}
      order-url={signedIn ? "/api/live/claims/{claim}/order" : undefined}
    >
      {children}
    </ocop-live>
  )
}
