import { fmt, type Dict, type Locale } from "@/i18n"
import { formatDate } from "@/lib/dates"
import type { LiveSeller as Seller } from "@/lib/types"

/**
 * Who sells on a stream (E-commerce Law 2025): legal name, business
 * registration number and address, and whether the seller's identity was
 * verified (method and date).
 */
export function LiveSeller({ seller, t, locale }: { seller: Seller; t: Dict; locale: Locale }) {
  const v = seller.verification
  const methods = t.live.verificationMethods as Record<string, string>
  return (
    <section className="facts" aria-labelledby="h-seller" data-testid="live-seller">
      <h2 id="h-seller">{t.live.seller}</h2>
      <dl className="kv">
        <dt>{t.live.sellerLegalName}</dt>
        <dd>{seller.legal_name ?? t.live.sellerNotProvided}</dd>
        <dt>{t.live.sellerRegistration}</dt>
        <dd>{seller.registration_number ?? t.live.sellerNotProvided}</dd>
        <dt>{t.live.sellerAddress}</dt>
        <dd>{seller.address ?? t.live.sellerNotProvided}</dd>
      </dl>
      <p className={v ? "muted" : "error"} data-testid="live-seller-identity">
        {v
          ? fmt(locale, t.live.sellerVerified, { method: methods[v.method] ?? v.method, date: formatDate(v.verified_at, locale) })
          : t.live.sellerNotVerified}
      </p>
    </section>
  )
}
