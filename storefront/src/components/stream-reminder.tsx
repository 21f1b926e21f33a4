"use client"

import { useSearchParams } from "next/navigation"
import type { Dict, Locale } from "@/i18n"
import { remindMe } from "@/lib/actions/live"
import { useVisitor } from "@/lib/visitor"

/**
 * "Remind me" for a scheduled stream (a plain form: works without
 * JavaScript) and "add to calendar" (.ics). The outcome is the `?reminder=`
 * the action came back with; a signed-in customer (GET /api/visitor) may leave
 * the e-mail empty.
 */
export function StreamReminder(p: {
  streamId: string
  locale: Locale
  t: Pick<Dict, "live">
  /** whether the stream has a start time for a calendar */
  calendar: boolean
}) {
  const { t } = p
  const outcome = useSearchParams().get("reminder")
  const signedIn = useVisitor()?.signed_in ?? false
  return (
    <section id="remind" aria-labelledby="h-remind" className="facts">
      <h2 id="h-remind">{t.live.remindTitle}</h2>
      {outcome === "set" ? (
        <p role="status" data-testid="reminder-set">
          {t.live.remindSet}
        </p>
      ) : null}
      {outcome === "invalid" ? (
        <p role="alert" className="error">
          {t.live.remindInvalid}
        </p>
      ) : null}
      <form action={remindMe} className="row">
        <input type="hidden" name="stream" value={p.streamId} />
        <input type="hidden" name="locale" value={p.locale} />
        <label>
          {t.live.remindEmail}
          <input
            type="email"
            name="email"
            autoComplete="email"
            required={!signedIn}
            placeholder={signedIn ? t.live.remindOwnEmail : undefined}
          />
        </label>
        <button type="submit" className="btn">
          {t.live.remind}
        </button>
      </form>
      {p.calendar ? (
        <p>
          <a href={`/api/live/${p.streamId}/calendar?lang=${p.locale}`} download>
            {t.live.addToCalendar}
          </a>
        </p>
      ) : null}
    </section>
  )
}
