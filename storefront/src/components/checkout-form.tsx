import { fmt, type Dict, type Locale } from "@/i18n"
import { placeOrder } from "@/lib/actions/checkout"
import type { Cart, PaymentProvider, ShippingOption } from "@/lib/data/cart"
import { joinName } from "@/lib/checkout-rules"
import { formatVnd } from "@/lib/money"
import { CARD_TEXT } from "@/i18n/card"
import { ConsentCheckbox } from "@/components/consent-checkbox"
import { isStripeProvider, stripeConfig } from "@/lib/stripe-config"
import { COD_PROVIDER_ID } from "@/lib/alcohol"

export function providerLabel(t: Dict, id: string, locale: Locale = "vi"): string | null {
  if (id === "pp_system_default") return t.checkout.cod
  if (id.includes("vietqr")) return t.checkout.vietqr
  if (isStripeProvider(id) && stripeConfig()) return CARD_TEXT[locale].option
  return null
}

type Props = {
  cart: Cart
  t: Dict
  locale: Locale
  options: ShippingOption[]
  providers: PaymentProvider[]
  preferred?: string
  email?: string
  /** kiosk checkout: only pickup here or delivery, and back to the kiosk */
  kioskBack?: string
  /** pickup only: no address fields, email optional */
  pickupOnly?: boolean
  /** the cart holds alcohol: an 18+ box, and no cash on delivery online */
  alcohol?: boolean
}

/** In a kiosk ("/vi/kiosk/ky-lua/checkout?…"), the kiosk's own privacy page. */
function kioskPrivacyHref(kioskBack?: string): string | null {
  const m = kioskBack?.match(/^(\/[a-z]{2}\/kiosk\/[\w-]+)\//)
  return m ? `${m[1]}/policies/privacy` : null
}

/** One-page checkout; a server action places the order (works without JavaScript). */
export function CheckoutForm({ cart, t, locale, options, providers, preferred, email, kioskBack, pickupOnly = false, alcohol = false }: Props) {
  const a = cart.shipping_address ?? {}
  const selected =
    options.find((o) => o.id === preferred || o.location?.key === preferred)?.id ??
    cart.shipping_methods?.[0]?.shipping_option_id ??
    options.find((o) => o.kind === "delivery")?.id
  // kiosks take cash or VietQR: no card form on a shared screen
  const payable = providers.filter((p) => providerLabel(t, p.id, locale) && !(kioskBack && isStripeProvider(p.id)))
    // alcohol bought online: no cash on delivery (a kiosk sells in person)
    .filter((p) => !(alcohol && !kioskBack && p.id === COD_PROVIDER_ID))
  return (
    <form action={placeOrder} noValidate={false}>
      <input type="hidden" name="locale" value={locale} />
      {kioskBack ? (
        <>
          <input type="hidden" name="back" value="kiosk" />
          <input type="hidden" name="kiosk_back" value={kioskBack} />
        </>
      ) : null}
      <fieldset>
        <legend>{t.checkout.contact}</legend>
        <label htmlFor="name">{t.checkout.fullName}</label>
        <input id="name" name="name" autoComplete="name" required defaultValue={joinName(a.first_name, a.last_name)} />
        <label htmlFor="phone">{t.checkout.phone}</label>
        <input id="phone" name="phone" type="tel" autoComplete="tel" inputMode="tel" required defaultValue={a.phone ?? ""} />
        <label htmlFor="email">{t.checkout.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required={!pickupOnly} defaultValue={cart.email ?? email ?? ""} />
      </fieldset>
      <fieldset>
        <legend>{t.checkout.delivery}</legend>
        {options.map((o) => (
          <label key={o.id} className="choice" htmlFor={`so-${o.id}`}>
            <input id={`so-${o.id}`} type="radio" name="option_id" value={o.id} defaultChecked={o.id === selected} required />
            <span>
              {o.kind === "pickup" ? `${t.checkout.pickup}: ${o.location?.name ?? o.name}` : t.checkout.deliveryHome}
              {o.kind === "pickup" && o.location?.address ? <span className="muted"> · {o.location.address}</span> : null}
            </span>
            <span className="price" style={{ marginLeft: "auto" }}>
              {o.amount ? formatVnd(o.amount, locale) : t.checkout.free}
            </span>
          </label>
        ))}
      </fieldset>
      {pickupOnly ? null : (
      <fieldset>
        <legend>{t.checkout.address}</legend>
        <p className="muted" style={{ margin: 0 }}>
          {t.checkout.pickupNote}
        </p>
        <label htmlFor="street">{t.checkout.street}</label>
        <input id="street" name="street" autoComplete="address-line1" defaultValue={a.company ? "" : a.address_1 ?? ""} />
        <div className="row">
          <div>
            <label htmlFor="ward">{t.checkout.ward}</label>
            <input id="ward" name="ward" autoComplete="address-level3" defaultValue={a.company ? "" : a.address_2 ?? ""} />
          </div>
          <div>
            <label htmlFor="province">{t.checkout.province}</label>
            <input id="province" name="province" autoComplete="address-level1" defaultValue={a.company ? "" : a.province ?? a.city ?? ""} />
          </div>
        </div>
      </fieldset>
      )}
      {kioskBack ? null : <VatInvoiceFields t={t} saved={cart.metadata?.vat_invoice} />}
      <fieldset>
        <legend>{t.checkout.payment}</legend>
        {payable.map((p, i) => (
          <label key={p.id} className="choice" htmlFor={`pp-${p.id}`}>
            <input id={`pp-${p.id}`} type="radio" name="provider_id" value={p.id} defaultChecked={i === 0} required />
            <span>{providerLabel(t, p.id, locale)}</span>
          </label>
        ))}
        {alcohol && !kioskBack ? <p className="muted" data-testid="cod-unavailable">{t.alcohol.codUnavailable}</p> : null}
      </fieldset>
      {alcohol ? (
        <label className="choice" htmlFor="age_confirmed" data-testid="age-confirm">
          <input id="age_confirmed" type="checkbox" name="age_confirmed" required />
          <span>{t.alcohol.checkoutConfirm}</span>
        </label>
      ) : null}
      <ConsentCheckbox
        id="checkout-consent"
        template={t.policies.consentCheckout}
        linkText={t.policies.consentLink}
        href={kioskPrivacyHref(kioskBack) ?? `/${locale}/policies/privacy`}
        defaultChecked={Boolean(cart.metadata?.personal_data_consent)}
      />
      <button type="submit" data-testid="place-order">
        {t.checkout.place}
      </button>
    </form>
  )
}

/** Optional "I need a VAT invoice" section; the backend validates the tax code. */
function VatInvoiceFields({ t, saved }: { t: Dict; saved: unknown }) {
  const v = (saved && typeof saved === "object" ? saved : {}) as Record<string, string | undefined>
  const c = t.compliance
  return (
    <fieldset>
      <legend>{c.invoiceLegend}</legend>
      <label className="choice" htmlFor="invoice_wanted">
        <input id="invoice_wanted" name="invoice_wanted" type="checkbox" defaultChecked={Boolean(saved)} data-testid="invoice-wanted" />
        <span>{c.invoiceWanted}</span>
      </label>
      <label htmlFor="invoice_company_name">{c.companyName}</label>
      <input id="invoice_company_name" name="invoice_company_name" autoComplete="organization" defaultValue={v.company_name ?? ""} />
      <label htmlFor="invoice_tax_code">{c.taxCode}</label>
      <input
        id="invoice_tax_code"
        name="invoice_tax_code"
        inputMode="numeric"
        aria-describedby="invoice_tax_code_hint"
        defaultValue={v.tax_code ?? ""}
      />
      <p id="invoice_tax_code_hint" className="muted" style={{ margin: 0 }}>
        {c.taxCodeHint}
      </p>
      <label htmlFor="invoice_address">{c.invoiceAddress}</label>
      <input id="invoice_address" name="invoice_address" autoComplete="street-address" defaultValue={v.address ?? ""} />
      <label htmlFor="invoice_email">{c.invoiceEmail}</label>
      <input id="invoice_email" name="invoice_email" type="email" autoComplete="email" defaultValue={v.email ?? ""} />
    </fieldset>
  )
}

export function checkoutError(t: Dict, sp: Record<string, string | string[] | undefined>): string | null {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : (sp[k] as string | undefined))
  const code = one("error")
  if (!code) return null
  const fields: Record<string, string> = {
    name: t.checkout.fullName,
    email: t.checkout.email,
    phone: t.checkout.phone,
    street: t.checkout.street,
    ward: t.checkout.ward,
    province: t.checkout.province,
    optionId: t.checkout.delivery,
    providerId: t.checkout.payment,
  }
  if (code === "required") return fmt(t.locale, t.checkout.required, { field: fields[one("field") ?? ""] ?? "" })
  if (code === "email") return t.checkout.invalidEmail
  if (code === "phone") return t.checkout.invalidPhone
  if (code === "age") return t.alcohol.ageRequired
  if (code === "consent") return t.policies.consentMissing
  if (code === "invoice") {
    const invoiceFields: Record<string, string> = {
      company_name: t.compliance.companyName,
      tax_code: t.compliance.taxCode,
      address: t.compliance.invoiceAddress,
      email: t.compliance.invoiceEmail,
    }
    return fmt(t.locale, t.compliance.invoiceInvalid, { field: invoiceFields[one("field") ?? ""] ?? t.compliance.invoiceLegend })
  }
  return fmt(t.locale, t.checkout.failed, { message: one("msg") ?? "" })
}
