import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { parseRevalidateBody } from "@/lib/cache-tags"
import { givenSecret, revalidateSecret, secretMatches } from "@/lib/revalidate-auth"
import { dropPickupPoints } from "@/lib/data/cart"
import { dropUncachedLists } from "@/lib/data/products"
import { sharedCataloguePages } from "@/server/catalogue-pages"
import { sharedPageCache } from "@/server/page-cache"

const NO_STORE = { "cache-control": "no-store" }
const MAX_BODY = 16 * 1024

/**
 * POST /api/revalidate `{ tags: string[] }` with `x-revalidate-secret` (or
 * `Authorization: Bearer`) = STOREFRONT_REVALIDATE_SECRET: drops the cached
 * store reads carrying those tags (see lib/cache-tags), so the next page
 * render reads the backend again, and the pages made from them (Next's, and
 * the copies the server keeps: for a second, and catalogue pages by the tags
 * they read). The backend's subscribers call it when a
 * product, price, stock, OCOP certificate or stream changes.
 * 401 without the right secret; 400 naming the field for anything but known tags.
 */
export async function POST(req: NextRequest) {
  if (!secretMatches(givenSecret(req.headers), revalidateSecret())) {
    return NextResponse.json({ message: "x-revalidate-secret: missing or wrong" }, { status: 401, headers: NO_STORE })
  }
  const text = await req.text()
  if (text.length > MAX_BODY) return NextResponse.json({ message: "body too large" }, { status: 413, headers: NO_STORE })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return NextResponse.json({ message: "body: expected JSON { tags: string[] }" }, { status: 400, headers: NO_STORE })
  }
  const parsed = parseRevalidateBody(body)
  if (!parsed.ok) return NextResponse.json({ message: parsed.message, field: parsed.field }, { status: 400, headers: NO_STORE })
  for (const tag of parsed.tags) revalidateTag(tag)
  if (parsed.tags.some((t) => t === "products" || t === "catalogue")) dropUncachedLists()
  if (parsed.tags.includes("kiosk-points")) dropPickupPoints()
  sharedPageCache().clear()
  sharedCataloguePages().drop(parsed.tags)
  return NextResponse.json({ revalidated: parsed.tags }, { headers: NO_STORE })
}
