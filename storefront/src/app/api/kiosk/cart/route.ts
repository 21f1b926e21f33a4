import { NextResponse, type NextRequest } from "next/server"
import QRCode from "qrcode"
import { isLocale } from "@/i18n"
import { currentCart } from "@/lib/data/cart"
import { handoverPath } from "@/lib/handover"
import { kioskCartView } from "@/lib/kiosk-cart-view"
import { kioskLocationKey } from "@/lib/kiosk-params"
import { requestOrigin } from "@/lib/site-url"

const NO_STORE = { "cache-control": "private, no-store" }

/**
 * GET /api/kiosk/cart?location=&locale=: the kiosk visitor's own cart (from
 * its httpOnly cookie, which stays there) for the cart panel of the kiosk
 * shop page, which is served from cache: lines, total and the signed
 * handover link (made here, on the server) with its QR code.
 */
export async function GET(req: NextRequest) {
  const location = kioskLocationKey(req.nextUrl.searchParams.get("location"))
  const locale = req.nextUrl.searchParams.get("locale") ?? ""
  if (!location || !isLocale(locale)) {
    const message = "location (letters, digits, - and _) and locale (vi, en or zh) are required"
    return NextResponse.json({ error: { code: "invalid_query", message } }, { status: 400, headers: NO_STORE })
  }
  const cart = await currentCart()
  let handover = null
  if (cart?.items.length) {
    const url = `${await requestOrigin()}${handoverPath(locale, cart.id, Date.now(), location)}`
    handover = { url, svg: await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) }
  }
  return NextResponse.json(kioskCartView(cart, handover), { headers: NO_STORE })
}
