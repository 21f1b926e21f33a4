import type { Dict } from "@/i18n"
import { POLICY_SLUGS } from "@/lib/policies"

/** Links to every policy page; `base` is "/vi" in the shop or "/vi/kiosk/ky-lua" in a kiosk. */
export function PolicyLinks({ base, t, query = "" }: { base: string; t: Dict; query?: string }) {
  return (
    <nav aria-label={t.policies.nav} className="policy-links" data-testid="policy-links">
      <ul>
        {POLICY_SLUGS.map((slug) => (
          <li key={slug}>
            <a href={`${base}/policies/${slug}${query}`} data-testid={`policy-link-${slug}`}>
              {t.policies.links[slug]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
