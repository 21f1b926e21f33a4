import { NextResponse, type NextRequest } from "next/server"
import { isLocale } from "@/i18n"
import { setCartId } from "@/lib/cookies"
import { fetchCart } from "@/lib/data/cart"
import { recordKioskHandover } from "@/lib/demand/server"
import { verifyHandover } from "@/lib/handover"

/** The kiosk's QR: opens the kiosk cart on the visitor's phone, then the cart page. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: l, id } = await params
  const locale = isLocale(l) ? l : "vi"
  const url = req.nextUrl
  const to = (path: string) => {
    const target = new URL(path, url)
    return NextResponse.redirect(target, 303)
  }
  const at = url.searchParams.get("at")
  if (!verifyHandover(id, url.searchParams.get("exp"), url.searchParams.get("sig"), Date.now(), at)) return to(`/${locale}/cart?error=handover`)
  const cart = await fetchCart(id)
  if (!cart || cart.completed_at) return to(`/${locale}/cart?error=handover`)
  await setCartId(cart.id)
  // the kiosk's cart handed over to a phone: what this stall's visitor takes away (Medusa reads the lines)
  if (at) await recordKioskHandover(cart.id, at)
  return to(`/${locale}/cart`)
}
