import { dict, isLocale, type Dict, type Locale } from "@/i18n"

/**
 * The locale whose words a share image uses: the page's (Chinese too, drawn
 * with the Noto Sans SC slices the card needs, see `cjk-faces.ts`);
 * Vietnamese for an unknown one.
 */
export function shareLocale(locale: string): { locale: Locale; t: Dict } {
  const l: Locale = isLocale(locale) ? locale : "vi"
  return { locale: l, t: dict(l) }
}

export const SHARE_KICKER = "OCOP · Lạng Sơn"
