/** A shop language (`vi`, `en`, `zh`) or any BCP 47 tag. */
export type MoneyLocale = "vi" | "en" | "zh" | (string & {})

export type MoneyOptions = {
  /** ISO 4217 code, any case; VND when left out */
  currency?: string
  /** `vi` when left out */
  locale?: MoneyLocale
}

export declare function localeTag(locale: MoneyLocale): string
export declare function formatMoney(amount: number | string | null | undefined, options?: MoneyOptions): string
export declare function formatVnd(amount: number | string | null | undefined, locale?: MoneyLocale): string
