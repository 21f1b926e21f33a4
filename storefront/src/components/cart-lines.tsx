import { CART_LINE_QUANTITY_MAX } from "@ocop-live/contract"
import { type Dict, type Locale } from "@/i18n"
import { removeLine, updateLine } from "@/lib/actions/cart"
import type { Cart } from "@/lib/data/cart"
import { formatVnd } from "@/lib/money"

/** Cart lines; `editable` adds quantity and remove forms (server actions). */
export function CartLines({ cart, t, locale, editable, back }: { cart: Cart; t: Dict; locale: Locale; editable: boolean; back?: string }) {
  return (
    <ul className="lines">
      {cart.items.map((item) => {
        const live = item.metadata && (item.metadata as Record<string, unknown>).live_claim_id
        return (
          <li key={item.id} data-testid="cart-line">
            <div className="what">
              {editable && item.product_handle ? (
                <a href={`/${locale}/products/${item.product_handle}`}>{item.product_title ?? item.title}</a>
              ) : (
                <span>{item.product_title ?? item.title}</span>
              )}
              <div className="muted">
                {item.variant_title}
                {live ? ` · ${t.cart.livePrice}` : ""}
              </div>
            </div>
            {editable ? (
              <form action={updateLine}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="line_id" value={item.id} />
                {back ? <input type="hidden" name="back" value={back} /> : null}
                <label htmlFor={`q-${item.id}`} className="sr-only">
                  {t.cart.quantity}: {item.product_title}
                </label>
                <input id={`q-${item.id}`} name="quantity" type="number" min={0} max={CART_LINE_QUANTITY_MAX} defaultValue={item.quantity} inputMode="numeric" />
                <button type="submit" className="secondary">
                  {t.cart.update}
                </button>
              </form>
            ) : (
              <span>× {item.quantity}</span>
            )}
            <span className="price">{formatVnd(item.total ?? item.unit_price * item.quantity, locale)}</span>
            {editable ? (
              <form action={removeLine}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="line_id" value={item.id} />
                {back ? <input type="hidden" name="back" value={back} /> : null}
                <button type="submit" className="danger" aria-label={`${t.cart.remove}: ${item.product_title ?? item.title}`}>
                  {t.cart.remove}
                </button>
              </form>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

export function CartTotals({ cart, t, showShipping }: { cart: Cart; t: Dict; showShipping: boolean }) {
  return (
    <div className="totals">
      <dl className="kv">
        <dt>{t.cart.subtotal}</dt>
        <dd className="price">{formatVnd(cart.item_total, t.locale)}</dd>
        {showShipping ? (
          <>
            <dt>{t.cart.shipping}</dt>
            <dd className="price">{cart.shipping_methods?.length ? formatVnd(cart.shipping_total, t.locale) : "—"}</dd>
          </>
        ) : null}
        <dt className="grand">{t.cart.total}</dt>
        <dd className="price grand" data-testid="cart-total">
          {formatVnd(cart.total, t.locale)}
        </dd>
      </dl>
    </div>
  )
}
