import "server-only"
import { headers } from "next/headers"

/** This storefront's origin as the visitor reached it (for QR codes and links). */
export async function siteOrigin(): Promise<string> {
  const configured = process.env["STOREFRONT_URL"]
  if (configured) return configured.replace(/\/$/, "")
  const h = await headers()
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000"
  const proto = h.get("x-forwarded-proto") ?? "http"
  return `${proto}://${host}`
}
