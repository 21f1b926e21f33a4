import { en } from "./en"
import { vi, type Dict } from "./vi"
import { zh } from "./zh"

export const LOCALES = ["vi", "en", "zh"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"
export type { Dict }

const DICTS: Record<Locale, Dict> = { vi, en, zh }

/** BCP 47 tags for <html lang> and Intl. */
export const HTML_LANG: Record<Locale, string> = { vi: "vi", en: "en", zh: "zh-Hans" }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function dict(locale: Locale): Dict {
  return DICTS[locale]
}

/** Replaces `{name}` placeholders. */
export function fmt(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}
