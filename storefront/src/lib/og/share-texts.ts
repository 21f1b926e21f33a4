import { dict, isLocale, type Dict, type Locale } from "@/i18n"

/**
 * The locale whose words a share image uses: Chinese pages' images speak
 * English until a CJK font is bundled (see `ogText`: glyphs the fonts lack
 * are dropped rather than fetched).
 */
export function shareLocale(locale: string): { locale: Locale; t: Dict } {
  const l: Locale = isLocale(locale) && locale !== "zh" ? locale : "en"
  return { locale: isLocale(locale) ? l : "vi", t: dict(isLocale(locale) ? l : "vi") }
}

export const SHARE_KICKER = "OCOP · Lạng Sơn"
