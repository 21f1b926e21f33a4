import type { PolicySlug } from "./slugs"

export type PolicySection = { heading: string; paragraphs: string[] }
/** One policy page's text in one language; the operator's details are added from configuration. */
export type PolicyText = { title: string; summary: string; sections: PolicySection[] }
export type PolicyTexts = Record<PolicySlug, PolicyText>
