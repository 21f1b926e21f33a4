"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { useSyncExternalStore } from "react"

const NAMES = { vi: "Tiếng Việt", en: "English", zh: "中文" } as const
const SHORT = { vi: "VI", en: "EN", zh: "中文" } as const

type Props = { current: string; label: string }

const never = () => () => {}

/** False while rendering on the server and hydrating, true after. */
const useHydrated = () => useSyncExternalStore(never, () => true, () => false)

/**
 * Links to the same page, with its query, in the other languages. The query
 * is added once hydrated: a page's HTML is one for every spelling of its
 * query (the catalogue's is kept per query in normal form, server/catalogue-pages.ts),
 * so the server's links must not carry the one it was rendered for.
 */
export function LangSwitch(props: Props) {
  const search = useSearchParams()?.toString()
  return <LangLinks {...props} search={useHydrated() ? search : undefined} />
}

/**
 * The links without the query: what a page served from cache carries in its
 * HTML (the query is known in the browser only: LangSwitch replaces it there).
 */
export function LangLinks({ current, label, search }: Props & { search?: string }) {
  const path = usePathname() ?? "/vi"
  const rest = path.replace(/^\/(vi|en|zh)(?=\/|$)/, "")
  return (
    <nav aria-label={label} className="langs">
      {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((l) => (
        <a
          key={l}
          href={`/${l}${rest}${search ? `?${search}` : ""}`}
          hrefLang={l === "zh" ? "zh-Hans" : l}
          lang={l === "zh" ? "zh-Hans" : l}
          aria-current={l === current ? "true" : undefined}
          title={NAMES[l]}
        >
          <span aria-hidden="true">{SHORT[l]}</span>
          <span className="sr-only">{NAMES[l]}</span>
        </a>
      ))}
    </nav>
  )
}
