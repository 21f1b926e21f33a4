import type { Locale } from "../../i18n"
import { en } from "./texts-en"
import { vi } from "./texts-vi"
import { zh } from "./texts-zh"
import type { PolicySlug } from "./slugs"
import type { PolicyText, PolicyTexts } from "./types"

export * from "./slugs"
export * from "./operator"
export type { PolicySection, PolicyText, PolicyTexts } from "./types"

const TEXTS: Record<Locale, PolicyTexts> = { vi, en, zh }

/** The text of one policy page in one language. */
export function policyText(locale: Locale, slug: PolicySlug): PolicyText {
  return TEXTS[locale][slug]
}
