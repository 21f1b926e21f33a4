import type { DetailedHTMLProps, HTMLAttributes } from "react"

type OcopLiveAttributes = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  stream: string
  backend: string
  live: string
  "publishable-key": string
  /** the storefront's own endpoint for a 60 s live ticket (never the customer's token: it would be in the HTML) */
  "ticket-url"?: string
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
