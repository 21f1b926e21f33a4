import type { DetailedHTMLProps, HTMLAttributes } from "react"

type OcopLiveAttributes = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  stream: string
  backend: string
  live: string
  "publishable-key": string
  /** the storefront's own endpoint for a 60 s live ticket (never the customer's token: it would be in the HTML) */
  "ticket-url"?: string
  /** the storefront's own endpoint answering the signed-in customer with its saved addresses (two-tap checkout) */
  "buyer-url"?: string
  /** the storefront's own endpoint placing a claim's order in one request (`{claim}`: the claim's id), with the customer's session */
  "order-url"?: string
  /** auto (by the element's width), vertical (phone player), side or stack */
  layout?: "auto" | "vertical" | "side" | "stack"
  "sales-channel"?: string
  storefront?: string
  "no-video"?: boolean
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "ocop-live": OcopLiveAttributes
    }
  }
}
