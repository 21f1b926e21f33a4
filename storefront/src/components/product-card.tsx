import Image from "next/image"
import { fmt, type Dict, type Locale } from "@/i18n"
import { priceVisible } from "@/lib/alcohol"
import { AdultsOnly } from "./adults-only"
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

/** An alcoholic product's price shows only once the buyer said 18+ (`AdultsOnly`, in the browser: the page is the same for everyone). */
export function ProductCard({ product, locale, t }: { product: Product; locale: Locale; t: Dict }) {
  const text = productText(product, locale)
  const stars = activeStars(product)
  const gi = giMark(product)
  const price = lowestPrice(product)
  const alcohol = !priceVisible(product.metadata, false)
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
          {alcohol ? <li className="tag" data-testid="adults-only">18+</li> : null}
        </ul>
        {price !== null ? (
          <AdultsOnly when={alcohol}>
            <p className="price" style={{ margin: "auto 0 0" }}>
              {product.variants.length > 1 ? fmt(locale, t.product.from, { price: formatVnd(price, locale) }) : formatVnd(price, locale)}
            </p>
          </AdultsOnly>
        ) : null}
      </div>
    </article>
  )
}

export function ProductGrid({ products, locale, t }: { products: Product[]; locale: Locale; t: Dict }) {
  return (
    <ul className="grid">
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} locale={locale} t={t} />
        </li>
      ))}
    </ul>
  )
}
