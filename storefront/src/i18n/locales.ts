export const LOCALES = ["vi", "en", "zh"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"

/** BCP 47 tags for <html lang> and Intl. */
export const HTML_LANG: Record<Locale, string> = { vi: "vi", en: "en", zh: "zh-Hans" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}
