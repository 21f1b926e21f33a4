import { fmt, type Dict, type Locale } from "@/i18n"
import { formatDateTime } from "@/lib/dates"
import type { LiveStream } from "@/lib/types"

export function StreamList({ streams, locale, t }: { streams: LiveStream[]; locale: Locale; t: Dict }) {
  return (
    <ul className="streams">
      {streams.map((s) => (
        <li key={s.id} className="card">
          <div className="body">
            <h3>
              {s.status === "live" ? <span className="live-dot" aria-hidden="true" /> : null}
              <a href={`/${locale}/live/${s.id}`}>{s.title}</a>
            </h3>
            {s.producer ? <p className="sub">{s.producer.name}</p> : null}
            <p className="muted" style={{ margin: 0 }}>
              {s.status === "live"
                ? `${t.live.live} · ${fmt(locale, t.live.viewers, { n: s.viewer_count ?? 0 })}`
                : fmt(locale, t.live.scheduled, { at: formatDateTime(s.scheduled_at, locale) })}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}
