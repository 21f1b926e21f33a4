"use client"

import { Chart, sampleSeries, type Sample } from "@ocop-live/charts"
import { formatVnd } from "@ocop-live/contract"
import { useCallback, useEffect, useMemo, useState } from "react"
import { livePanelData, moderate, type LivePanelData } from "@/lib/actions/producer"

type Labels = {
  stats: string; viewers: string; claims: string; orders: string; gmv: string
  statsChart: string; figures: string; when: string
  moderate: string; delete: string; mute: string; ban: string
}

/** Live figures (polled every 2 s, charted) and chat moderation. */
export function LivePanel({ streamId, labels, live, locale }: { streamId: string; labels: Labels; live: boolean; locale: string }) {
  const [data, setData] = useState<LivePanelData | null>(null)
  const [points, setPoints] = useState<Sample[]>([])
  const [error, setError] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    const d = await livePanelData(streamId)
    setData(d)
    if (d.stats) {
      const s = d.stats
      setPoints((p) => [...p, { t: Date.now(), values: { viewers: s.viewers.current, claims: s.claims.total, orders: s.orders } }].slice(-120))
    }
  }, [streamId])

  useEffect(() => {
    void refresh()
    if (!live) return
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [refresh, live])

  const act = async (action: "delete" | "mute" | "ban", target: string) => {
    setError(await moderate(streamId, action, target))
    await refresh()
  }

  const series = useMemo(
    () =>
      sampleSeries(points, [
        { key: "viewers", label: labels.viewers },
        { key: "claims", label: labels.claims },
        { key: "orders", label: labels.orders },
      ]),
    [points, labels.viewers, labels.claims, labels.orders]
  )
  const s = data?.stats
  return (
    <section aria-labelledby="h-stats" className="facts">
      <h2 id="h-stats">{labels.stats}</h2>
      {s ? (
        <dl className="kv" data-testid="stats">
          <dt>{labels.viewers}</dt>
          <dd>
            {s.viewers.current} <span className="muted">(↑ {s.viewers.peak})</span>
          </dd>
          <dt>{labels.claims}</dt>
          <dd data-testid="stat-claims">{s.claims.total}</dd>
          <dt>{labels.orders}</dt>
          <dd data-testid="stat-orders">{s.orders}</dd>
          <dt>{labels.gmv}</dt>
          <dd data-testid="stat-gmv">{formatVnd(s.gmv)}</dd>
        </dl>
      ) : null}
      {points.length > 1 ? (
        <Chart
          kind="line"
          testId="stats-chart"
          label={labels.statsChart}
          series={series}
          xFormat="time"
          xLabel={labels.when}
          tableToggle={labels.figures}
          height="10rem"
          locale={locale}
        />
      ) : null}
      <h3>{labels.moderate}</h3>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="chat" aria-label={labels.moderate} data-testid="moderation">
        {(data?.messages ?? []).map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> {m.text}{" "}
            <button type="button" className="secondary" onClick={() => act("delete", m.id)}>
              {labels.delete}
            </button>{" "}
            {m.role !== "producer" ? (
              <>
                <button type="button" className="secondary" onClick={() => act("mute", m.user_id)}>
                  {labels.mute}
                </button>{" "}
                <button type="button" className="danger" onClick={() => act("ban", m.user_id)}>
                  {labels.ban}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
