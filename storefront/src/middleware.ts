import { NextResponse, type NextRequest } from "next/server"
import { securityConfig } from "@/lib/security/env"
import { securityHeaders } from "@/lib/security/headers"

/**
 * Security headers on every response, with a fresh CSP nonce per request.
 * Next reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own inline scripts (the layout is rendered per request).
 */
export function middleware(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const headers = securityHeaders(securityConfig(), nonce)
  const forwarded = new Headers(req.headers)
  forwarded.set("content-security-policy", headers["Content-Security-Policy"])
  forwarded.set("x-nonce", nonce)
  const res = NextResponse.next({ request: { headers: forwarded } })
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value)
  return res
}

export const config = {
  runtime: "nodejs",
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
}
