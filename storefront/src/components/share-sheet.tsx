"use client"

import { useEffect, useId, useState } from "react"
import type { Dict } from "@/i18n"
import { trackDemand } from "@/lib/demand/client"
import { guestReferralCode } from "@/lib/share/guest-code"
import { shareLinks, withReferral, type ShareChannel } from "@/lib/share/referral"
import { fetchVisitor } from "@/lib/visitor"

type Page = { product_id: string } | { stream_id: string }

type Props = {
  /** the page's own path (e.g. `/vi/products/…`), without a referral code: shared on the origin the visitor sees */
  path: string
  title: string
  page: Page
  t: Dict["share"]
}

/**
 * Share a product or live page: the device's own share sheet (Web Share API)
 * when there is one, else Zalo, Facebook and "copy link". The shared URL
 * carries the sharer's referral code; each share is a demand signal.
 */
export function ShareSheet({ path, title, page, t }: Props) {
  const id = useId()
  const [link, setLink] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null)

  // a signed-in customer's code (its cookie, asked of the server), else the random one this browser keeps
  const code = async () => (await fetchVisitor()).referral_code ?? guestReferralCode()
  const track = (channel: ShareChannel, referral_code: string) => trackDemand({ kind: "share", channel, referral_code, ...page })

  async function share() {
    const referral = await code()
    const shared = withReferral(new URL(path, window.location.origin).toString(), referral)
    setLink(shared)
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url: shared })
        track("native", referral)
        return
      } catch (e) {
        // the visitor closed the device's sheet: nothing shared
        if ((e as Error)?.name === "AbortError") return
      }
    }
    setCopied(null)
    setOpen((o) => !o)
  }

  async function copy() {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link)
      setCopied("ok")
      track("copy", new URL(link).searchParams.get("ref")!)
    } catch {
      setCopied("failed")
    }
  }

  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false)
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [open])

  const links = link ? shareLinks(link, title) : null
  const ref = link ? new URL(link).searchParams.get("ref")! : ""
  return (
    <div className="share">
      <button type="button" className="secondary" onClick={share} onPointerEnter={() => void fetchVisitor()} onFocus={() => void fetchVisitor()} aria-expanded={open} aria-controls={`${id}-sheet`} data-testid="share-button">
        {t.button}
      </button>
      <section id={`${id}-sheet`} className="share-sheet facts" aria-labelledby={`${id}-title`} hidden={!open || !links} data-testid="share-sheet">
        <h2 id={`${id}-title`}>{t.sheet}</h2>
        {links ? (
          <>
            <ul className="share-actions">
              <li>
                <a href={links.zalo} target="_blank" rel="noopener noreferrer" onClick={() => track("zalo", ref)}>
                  {t.zalo}
                </a>
              </li>
              <li>
                <a href={links.facebook} target="_blank" rel="noopener noreferrer" onClick={() => track("facebook", ref)}>
                  {t.facebook}
                </a>
              </li>
              <li>
                <button type="button" onClick={copy} data-testid="share-copy">
                  {t.copy}
                </button>
              </li>
            </ul>
            <label htmlFor={`${id}-link`}>{t.link}</label>
            <input id={`${id}-link`} type="url" readOnly value={link ?? ""} onFocus={(e) => e.currentTarget.select()} />
            <p role="status" className={copied === "failed" ? "error" : copied ? "notice" : undefined} data-testid="share-status">
              {copied === "ok" ? t.copied : copied === "failed" ? t.copyFailed : ""}
            </p>
            <p className="muted">{t.note}</p>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </>
        ) : null}
      </section>
    </div>
  )
}
