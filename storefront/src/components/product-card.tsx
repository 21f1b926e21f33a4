import Image from "next/image"
import { fmt, type Dict, type Locale } from "@/i18n"
import { priceVisible } from "@/lib/alcohol"
import { adultConfirmed } from "@/lib/cookies"
import { formatVnd } from "@/lib/money"
import { activeStars, giMark, lowestPrice, productText } from "@/lib/product-text"
import { PHOTO_SIZES, placeholderArt, productPhoto } from "@/lib/product-photo"
import type { Product } from "@/lib/types"
import { Stars } from "./stars"
import { ProductPlaceholder } from "./product-placeholder"

/**
 * The product's picture: its photo through Next's image optimizer (AVIF or
 * WebP at the width the layout needs), or its group's designed placeholder.
 * `decorative`: the photo sits beside the product's name (a kiosk tile's
 * button) and adds nothing to it, so its alt text is empty.
 */
export function Thumb({
  product,
  t,
  locale,
  sizes,
  eager = false,
  decorative = false,
}: {
  product: Product
  t: Dict
  locale: Locale
  sizes: string
  eager?: boolean
  decorative?: boolean
}) {
  const title = productText(product, locale).title
  const photo = productPhoto(product)
  if (!photo) {
    const group = product.ocop?.group
    const groupLabel = group && group in t.groups ? t.groups[group as keyof Dict["groups"]] : null
    return <ProductPlaceholder art={placeholderArt(group)} name={title} groupLabel={groupLabel} />
  }
  return (
    <span className="thumb" data-photo="">
      <Image src={photo} alt={decorative ? "" : title} width={800} height={600} sizes={sizes} priority={eager} />
    </span>
  )
}

/** `adult`: the buyer said 18+; an alcoholic product's price shows only then. */
export function ProductCard({ product, locale, t, adult = false }: { product: Product; locale: Locale; t: Dict; adult?: boolean }) {
  const text = productText(product, locale)
  const stars = activeStars(product)
  const gi = giMark(product)
  const price = priceVisible(product.metadata, adult) ? lowestPrice(product) : null
  const href = `/${locale}/products/${product.handle}`
  return (
    <article className="card">
      <Thumb product={product} t={t} locale={locale} sizes={PHOTO_SIZES.card} />
      <div className="body">
        <h3>
          <a href={href}>{text.title}</a>
        </h3>
        {text.subtitle ? <p className="sub">{text.subtitle}</p> : null}
        {stars ? <Stars n={stars} t={t} /> : null}
        <ul className="tags">
          {gi ? (
            <li className="tag gi">
              {gi.registry_number ? fmt(locale, t.product.giNo, { n: gi.registry_number }) : t.markKinds.geographical_indication}
            </li>
          ) : null}
          {product.producer?.district ? <li className="tag">{product.producer.district}</li> : null}
          {!priceVisible(product.metadata, false) ? <li className="tag" data-testid="adults-only">18+</li> : null}
        </ul>
        {price !== null ? (
          <p className="price" style={{ margin: "auto 0 0" }}>
            {product.variants.length > 1 ? fmt(locale, t.product.from, { price: formatVnd(price, locale) }) : formatVnd(price, locale)}
          </p>
        ) : null}
      </div>
    </article>
  )
}

export async function ProductGrid({ products, locale, t }: { products: Product[]; locale: Locale; t: Dict }) {
  const adult = await adultConfirmed()
  return (
    <ul className="grid">
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} locale={locale} t={t} adult={adult} />
        </li>
      ))}
    </ul>
  )
}
