import { fmt, type Dict, type Locale } from "@/i18n"
import { priceVisible } from "@/lib/alcohol"
import { adultConfirmed } from "@/lib/cookies"
import { formatVnd } from "@/lib/money"
import { activeStars, giMark, lowestPrice, productText } from "@/lib/product-text"
import type { Product } from "@/lib/types"
import { Stars } from "./stars"

export function Thumb({ product, eager = false }: { product: Product; eager?: boolean }) {
  return (
    <div className="thumb" aria-hidden="true">
      {product.thumbnail ? (
        <img src={product.thumbnail} alt="" loading={eager ? "eager" : "lazy"} decoding="async" />
      ) : (
        product.title.trim().charAt(0)
      )}
    </div>
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
      <Thumb product={product} />
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
