import { en } from "./en"
import type { Locale } from "./locales"
import { vi, type Dict } from "./vi"
import { zh } from "./zh"

export { DEFAULT_LOCALE, HTML_LANG, LOCALES, isLocale, type Locale } from "./locales"
export { fmt, type MessageValues } from "./format"
export type { Dict }

const DICTS: Record<Locale, Dict> = { vi, en, zh }

export function dict(locale: Locale): Dict {
  return DICTS[locale]
}
