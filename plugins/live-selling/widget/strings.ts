import { en } from "../../../storefront/src/i18n/en"
import { vi } from "../../../storefront/src/i18n/vi"
import { zh } from "../../../storefront/src/i18n/zh"

const ALL = { vi, en, zh }

export type WidgetStrings = ReturnType<typeof stringsFor>

/** The widget's slice of the shop's dictionaries. */
export function stringsFor(lang: string | null | undefined) {
  const code = (lang ?? "").toLowerCase().slice(0, 2)
  const d = ALL[(code in ALL ? code : "vi") as keyof typeof ALL]
  return {
    lang: code in ALL ? code : "vi",
    live: d.live,
    checkout: d.checkout,
    cart: d.cart,
    account: d.account,
    order: d.order,
    product: { soldOut: d.product.soldOut },
  }
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}
