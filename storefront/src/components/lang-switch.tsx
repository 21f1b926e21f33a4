"use client"

import { usePathname, useSearchParams } from "next/navigation"

const NAMES = { vi: "Tiếng Việt", en: "English", zh: "中文" } as const
const SHORT = { vi: "VI", en: "EN", zh: "中文" } as const

/** Links to the same page in the other languages (rendered on the server too). */
export function LangSwitch({ current, label }: { current: string; label: string }) {
  const path = usePathname() ?? "/vi"
  const search = useSearchParams()?.toString()
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
