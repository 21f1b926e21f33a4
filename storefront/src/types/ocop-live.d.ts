import type { DetailedHTMLProps, HTMLAttributes } from "react"

type OcopLiveAttributes = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  stream: string
  backend: string
  live: string
  "publishable-key": string
  token?: string
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
