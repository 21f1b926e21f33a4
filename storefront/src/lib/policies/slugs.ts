/** The shop's policy pages, in footer order (issue #15, "Shop identity and policies"). */
export const POLICY_SLUGS = ["operator", "terms", "returns", "privacy", "shipping", "complaints"] as const
export type PolicySlug = (typeof POLICY_SLUGS)[number]

export function isPolicySlug(value: unknown): value is PolicySlug {
  return typeof value === "string" && (POLICY_SLUGS as readonly string[]).includes(value)
}

/**
 * The privacy notice's version; the backend records it with each consent
 * (`PRIVACY_NOTICE_VERSION` in src/lib/privacy/consent.ts: keep both equal,
 * a unit test compares them).
 */
export const PRIVACY_NOTICE_VERSION = "2026-12-05"
