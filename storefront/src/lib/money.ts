import { HTML_LANG, type Locale } from "../i18n/locales"

const vietnamese = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })
const currency = new Map<Locale, Intl.NumberFormat>()

function currencyFormat(locale: Locale): Intl.NumberFormat {
  let format = currency.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(HTML_LANG[locale], { style: "currency", currency: "VND", maximumFractionDigits: 0 })
    currency.set(locale, format)
  }
  return format
}

/**
 * Integer VND in the visitor's language: `65.000 ₫` in Vietnamese (with a
 * plain space, as Vietnamese shops print it), `₫65,000` in English and
 * Chinese (CLDR's currency pattern). No decimals: the đồng has none.
 */
export function formatVnd(amount: number | null | undefined, locale: Locale = "vi"): string {
  if (amount === null || amount === undefined || !Number.isFinite(Number(amount))) return "—"
  const whole = Math.round(Number(amount))
  return locale === "vi" ? `${vietnamese.format(whole)} ₫` : currencyFormat(locale).format(whole)
}
