import { notFound } from "next/navigation"
import { dict, isLocale, type Dict, type Locale } from "@/i18n"

export type LocaleParams = Promise<{ locale: string }>

/** The locale of the URL (404 for an unknown one) and its dictionary. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Dict }> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { locale, t: dict(locale) }
}

/** Parses a search param into a list (repeated keys or a comma list). */
export function listParam(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value : value ? [value] : []
  return all.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)
}

export function oneParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
