import { fmt, type Dict, type Locale } from "@/i18n"
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

export function ProductCard({ product, locale, t }: { product: Product; locale: Locale; t: Dict }) {
  const text = productText(product, locale)
  const stars = activeStars(product)
  const gi = giMark(product)
  const price = lowestPrice(product)
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
              {gi.registry_number ? fmt(t.product.giNo, { n: gi.registry_number }) : t.markKinds.geographical_indication}
            </li>
          ) : null}
          {product.producer?.district ? <li className="tag">{product.producer.district}</li> : null}
        </ul>
        {price !== null ? (
          <p className="price" style={{ margin: "auto 0 0" }}>
            {product.variants.length > 1 ? fmt(t.product.from, { price: formatVnd(price) }) : formatVnd(price)}
          </p>
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
