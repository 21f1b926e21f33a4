import { fmt } from "@/i18n"
import { getProduct } from "@/lib/data/products"
import { formatVnd } from "@/lib/money"
import { SHARE_IMAGE_SIZE, shareImage } from "@/lib/og/card"
import { SHARE_KICKER, shareLocale } from "@/lib/og/share-texts"
import { activeStars, giMark, lowestPrice, productText } from "@/lib/product-text"
import { priceVisible } from "@/lib/alcohol"

export const size = SHARE_IMAGE_SIZE
export const contentType = "image/png"
export const alt = "OCOP Lạng Sơn"

type Params = { locale: string; handle: string }

/** The product's share card: name, OCOP stars, GI, district and price (none for alcohol: 18+ first). */
export default async function Image({ params }: { params: Params | Promise<Params> }) {
  const { locale: asked, handle } = await params
  const { locale, t } = shareLocale(asked)
  const product = await getProduct(handle, locale).catch(() => null)
  if (!product) return shareImage({ kicker: SHARE_KICKER, title: t.site.notFound })
  const text = productText(product, locale)
  const gi = giMark(product)
  const price = priceVisible(product.metadata, false) ? lowestPrice(product) : null
  return shareImage({
    kicker: SHARE_KICKER,
    title: text.title,
    subtitle: text.subtitle,
    stars: activeStars(product),
    tags: [
      gi ? (gi.registry_number ? fmt(locale, t.product.giNo, { n: gi.registry_number }) : t.markKinds.geographical_indication) : null,
      product.producer?.district ?? null,
    ].filter((x): x is string => !!x),
    footer: price === null ? null : product.variants.length > 1 ? fmt(locale, t.product.from, { price: formatVnd(price, locale) }) : formatVnd(price, locale),
  })
}
