import type { MiddlewareRoute } from "@medusajs/framework/http"

/** The bank-notification HMAC is computed over the raw body. */
export const vietQrHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/vietqr",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
  },
]
