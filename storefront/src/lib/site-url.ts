import "server-only"
import { headers } from "next/headers"

/**
 * This storefront's public origin: `STOREFRONT_URL`, else
 * `http://localhost:$PORT` (what `npm start` serves). The same for every
 * visitor, so pages served from cache may carry it (QR codes, metadata).
 */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env["STOREFRONT_URL"]?.trim()
  return configured ? configured.replace(/\/+$/, "") : `http://localhost:${env["PORT"] || "8000"}`
}

/** The origin as this request reached it, for what is answered per request anyway (route handlers); `STOREFRONT_URL` wins. */
export async function requestOrigin(): Promise<string> {
  if (process.env["STOREFRONT_URL"]?.trim()) return publicOrigin()
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  const proto = h.get("x-forwarded-proto") ?? "http"
  return `${proto}://${host}`
}
