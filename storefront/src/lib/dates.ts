import { HTML_LANG, type Locale } from "@/i18n"

const TZ = "Asia/Ho_Chi_Minh"

export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return "—"
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeZone: TZ }).format(d)
}

export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return "—"
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  return new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TZ }).format(d)
}
