import { fmt, type Dict, type Locale } from "@/i18n"
import { addRelay, removeRelay, toggleRelay } from "@/lib/actions/producer"
import { producerFetch } from "@/lib/producer"
import { RefreshEvery } from "./refresh-every"

type Platform = "facebook" | "youtube" | "tiktok" | "custom"
type Destination = {
  id: string
  platform: Platform
  url: string
  stream_key_hint: string
  enabled: boolean
  state: "idle" | "connecting" | "live" | "failed"
  last_error: string | null
}
const PLATFORMS: Platform[] = ["youtube", "facebook", "tiktok", "custom"]

/**
 * Multistream: the stream's Facebook / YouTube / TikTok / custom RTMP
 * destinations with their relay state (and why one failed), on/off and
 * remove, and a form to add one. Refreshed every 5 s while live. Null when
 * the backend has no relays (older backend, or refused).
 */
export async function RelayPanel({ streamId, live, locale, t }: { streamId: string; live: boolean; locale: Locale; t: Dict["producer"]["relay"] }) {
  const data = await producerFetch<{ destinations: Destination[]; suggested_urls: Partial<Record<Platform, string>> }>(
    `/producer/streams/${encodeURIComponent(streamId)}/relays`
  ).catch(() => null)
  if (!data) return null
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="stream_id" value={streamId} />
    </>
  )
  return (
    <section className="facts" aria-labelledby="h-relay" data-testid="relay-panel">
      {live ? <RefreshEvery seconds={5} /> : null}
      <h2 id="h-relay">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {data.destinations.length ? (
        <ul className="lines">
          {data.destinations.map((d) => (
            <li key={d.id} data-testid="relay-destination">
              <div className="what">
                {t.platforms[d.platform]}{" "}
                <span className="tag" data-testid="relay-state" data-state={d.enabled ? d.state : "off"}>
                  {d.enabled ? fmt(locale, t.state, { state: d.state }) : t.off}
                </span>
                <div className="muted">
                  {d.url} · {fmt(locale, t.keyHint, { hint: d.stream_key_hint })}
                </div>
                {d.last_error ? (
                  <div className="error" data-testid="relay-error">
                    {d.last_error}
                  </div>
                ) : null}
              </div>
              <form action={toggleRelay}>
                {hidden}
                <input type="hidden" name="relay_id" value={d.id} />
                <input type="hidden" name="enabled" value={String(!d.enabled)} />
                <button type="submit" className="secondary">
                  {d.enabled ? t.disable : t.enable}
                </button>
              </form>
              <form action={removeRelay}>
                {hidden}
                <input type="hidden" name="relay_id" value={d.id} />
                <button type="submit" className="danger" aria-label={`${t.remove}: ${t.platforms[d.platform]} ${d.url}`}>
                  {t.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.none}</p>
      )}
      <form action={addRelay} data-testid="relay-add">
        {hidden}
        <label htmlFor="relay-platform">{t.platform}</label>
        <select id="relay-platform" name="platform" defaultValue="youtube">
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t.platforms[p]}
            </option>
          ))}
        </select>
        <label htmlFor="relay-url">{t.url}</label>
        <input id="relay-url" name="url" required maxLength={500} placeholder={data.suggested_urls.youtube ?? "rtmp://"} list="relay-url-suggestions" />
        <datalist id="relay-url-suggestions">
          {Object.values(data.suggested_urls).map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <label htmlFor="relay-key">{t.key}</label>
        <input id="relay-key" name="stream_key" type="password" required maxLength={300} autoComplete="off" />
        <p>
          <button type="submit">{t.add}</button>
        </p>
      </form>
    </section>
  )
}
