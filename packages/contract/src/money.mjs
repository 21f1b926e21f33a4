// Generated from the CommonJS source by scripts/esm.js: edit that source, then run the script.
// Money as every client prints it. Amounts are what Medusa 2 answers: the
// currency's main unit (VND has no minor unit, so an integer number of đồng).

/** The shop's languages and the BCP 47 tag Intl gets for each. */
const LOCALE_TAGS = Object.freeze({ vi: "vi", en: "en", zh: "zh-Hans" })

const formats = new Map()

function numberFormat(tag, options) {
  const key = `${tag}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(tag, options)
    formats.set(key, format)
  }
  return format
}

/** The Intl tag of a shop locale (`vi`, `en`, `zh`) or of any BCP 47 tag. */
function localeTag(locale) {
  return LOCALE_TAGS[locale] ?? locale
}

/**
 * An amount in the reader's language, or "—" when there is none.
 * VND in Vietnamese is `65.000 ₫` (grouping, a plain space, the sign after,
 * as Vietnamese shops print it); other languages and currencies follow CLDR
 * (`₫65,000` in English, `US$12.50` in Vietnamese). VND is rounded to whole
 * đồng; other currencies keep their minor unit.
 */
function formatMoney(amount, options = {}) {
  const currency = (options.currency ?? "VND").toUpperCase()
  const locale = options.locale ?? "vi"
  if (amount === null || amount === undefined || amount === "" || !Number.isFinite(Number(amount))) return "—"
  const value = Number(amount)
  if (currency === "VND") {
    const whole = Math.round(value)
    if (locale === "vi") return `${numberFormat("vi-VN", { maximumFractionDigits: 0 }).format(whole)} ₫`
    return numberFormat(localeTag(locale), { style: "currency", currency, maximumFractionDigits: 0 }).format(whole)
  }
  return numberFormat(localeTag(locale), { style: "currency", currency }).format(value)
}

/** Integer VND in a shop language: `formatMoney(amount, { currency: "VND", locale })`. */
function formatVnd(amount, locale = "vi") {
  return formatMoney(amount, { currency: "VND", locale })
}

export { localeTag, formatMoney, formatVnd }
