import { NextResponse, type NextRequest } from "next/server"
import { securityConfig } from "@/lib/security/env"
import { securityHeaders } from "@/lib/security/headers"

/**
 * Security headers on every response. Their Content-Security-Policy allows no
 * inline script: the server in front of Next (src/server/, run by
 * scripts/serve.mjs) replaces it on every HTML page with one allowing that
 * page's own inline scripts by hash, so pages can be static or served from
 * Next's cache. Under `next dev` (no such server; every page is rendered per
 * request) a fresh nonce per request does it: Next reads it from the request's
 * Content-Security-Policy header and puts it on its inline scripts.
 */
export function middleware(req: NextRequest) {
  if (process.env.NODE_ENV === "development") {
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
    const headers = securityHeaders(securityConfig(), { nonce })
    const forwarded = new Headers(req.headers)
    forwarded.set("content-security-policy", headers["Content-Security-Policy"])
    return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers)
  }
  return withHeaders(NextResponse.next(), securityHeaders(securityConfig()))
}

function withHeaders(res: NextResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value)
  return res
}

export const config = {
  runtime: "nodejs",
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
}
