import type { Metadata } from "next"
import { fmt } from "@/i18n"
import { QrSvg } from "@/components/qr-svg"
import { getOrder, getOrderVatInvoice } from "@/lib/data/orders"
import { formatDateTime } from "@/lib/dates"
import { pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.order.number, robots: { index: false } }
}

export default async function OrderPage({ params }: Props) {
  const { id } = await params
  const { locale, t } = await pageLocale(params)
  const [order, invoice] = await Promise.all([getOrder(id), getOrderVatInvoice(id)])
  if (!order) return <p role="alert">{t.order.notFound}</p>
  const session = order.payment_collections?.[0]?.payment_sessions?.[0]
  const vietqr = session && session.provider_id.includes("vietqr") ? session.data : null
  const address = order.shipping_address
  const pickup = address?.company
  return (
    <>
      <h1>{t.order.thanks}</h1>
      <dl className="kv">
        <dt>{t.order.number}</dt>
        <dd data-testid="order-number">#{order.display_id}</dd>
        <dt>{t.order.date}</dt>
        <dd>{formatDateTime(order.created_at, locale)}</dd>
        {order.email ? (
          <>
            <dt>{t.checkout.email}</dt>
            <dd>{order.email}</dd>
          </>
        ) : null}
      </dl>
      <ul className="lines">
        {order.items.map((i) => (
          <li key={i.id}>
            <div className="what">
              {i.product_title ?? i.title}
              <div className="muted">{i.variant_title}</div>
            </div>
            <span>× {i.quantity}</span>
            <span className="price">{formatVnd(i.total, locale)}</span>
          </li>
        ))}
      </ul>
      <div className="totals">
        <dl className="kv">
          <dt>{t.cart.subtotal}</dt>
          <dd className="price">{formatVnd(order.item_total, locale)}</dd>
          <dt>{t.cart.shipping}</dt>
          <dd className="price">{order.shipping_total ? formatVnd(order.shipping_total, locale) : t.checkout.free}</dd>
          <dt className="grand">{t.cart.total}</dt>
          <dd className="price grand" data-testid="order-total">
            {formatVnd(order.total, locale)}
          </dd>
        </dl>
      </div>
      <h2>{t.checkout.delivery}</h2>
      <p>
        {pickup
          ? fmt(locale, t.order.pickupAt, { place: `${pickup}, ${address?.address_1 ?? ""}` })
          : fmt(locale, t.order.shipTo, {
              address: [address?.address_1, address?.address_2, address?.province ?? address?.city].filter(Boolean).join(", "),
            })}
      </p>
      {invoice ? (
        <section aria-labelledby="h-invoice" data-testid="vat-invoice">
          <h2 id="h-invoice">{t.compliance.invoiceTitle}</h2>
          <dl className="kv">
            <dt>{t.compliance.companyName}</dt>
            <dd>{invoice.company_name}</dd>
            <dt>{t.compliance.taxCode}</dt>
            <dd>{invoice.tax_code}</dd>
            <dt>{t.compliance.invoiceAddress}</dt>
            <dd>{invoice.address}</dd>
            <dt>{t.compliance.invoiceEmail}</dt>
            <dd>{invoice.email}</dd>
          </dl>
        </section>
      ) : null}
      <h2>{t.checkout.payment}</h2>
      {vietqr && typeof vietqr.payload === "string" ? (
        <>
          <p>{fmt(locale, t.order.qrNote, { total: formatVnd(order.total, locale), ref: String(vietqr.reference ?? "") })}</p>
          <QrSvg text={vietqr.payload} label={t.checkout.vietqr} testId="vietqr" />
          <p className="muted">
            {String(vietqr.account_name ?? "")} · {String(vietqr.account_number ?? "")}
          </p>
        </>
      ) : (
        <p>{fmt(locale, t.order.codNote, { total: formatVnd(order.total, locale) })}</p>
      )}
      <p>
        <a className="btn secondary" href={`/${locale}/products`}>
          {t.cart.continue}
        </a>
      </p>
    </>
  )
}
