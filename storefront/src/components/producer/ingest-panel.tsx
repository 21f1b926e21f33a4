import { fmt, type Dict, type Locale } from "@/i18n"
import { QrSvg } from "@/components/qr-svg"
import { rotateStreamKey } from "@/lib/actions/producer"
import { producerFetch } from "@/lib/producer"
import { CopyField } from "./copy-field"

type Ingest = { server: string; streamKey: string; url: string; rtmpsUrl?: string | null; status: string }

/**
 * Going live from an encoder: the RTMP server and secret stream key (and the
 * RTMPS URL where the media server takes TLS) with
 * copy buttons, a QR code of the full URL for phone encoders (Larix
 * Broadcaster), OBS settings, and a new key on demand. Null when the
 * backend has no ingest (older backend, or refused).
 */
export async function IngestPanel({ streamId, locale, t }: { streamId: string; locale: Locale; t: Dict["producer"]["ingest"] }) {
  const ingest = await producerFetch<{ ingest: Ingest }>(`/producer/streams/${encodeURIComponent(streamId)}/ingest`)
    .then((r) => r.ingest)
    .catch(() => null)
  if (!ingest) return null
  const labels = { copy: t.copy, copied: t.copied }
  return (
    <section className="facts" aria-labelledby="h-ingest" data-testid="ingest-panel">
      <h2 id="h-ingest">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <p className="tag" data-testid="ingest-status">{fmt(locale, t.status, { status: ingest.status })}</p>
      <CopyField id="ingest-server" label={t.server} value={ingest.server} {...labels} />
      <CopyField id="ingest-key" label={t.key} value={ingest.streamKey} secret {...labels} />
      <CopyField id="ingest-url" label={t.url} value={ingest.url} secret {...labels} />
      {ingest.rtmpsUrl && <CopyField id="ingest-rtmps-url" label={t.rtmpsUrl} value={ingest.rtmpsUrl} secret {...labels} />}
      <details>
        <summary>{t.qr}</summary>
        <QrSvg text={ingest.url} label={t.qr} testId="ingest-qr" />
      </details>
      <p className="muted">{t.obs}</p>
      <form action={rotateStreamKey}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="stream_id" value={streamId} />
        <button type="submit" className="secondary">{t.rotate}</button>
        <span className="muted"> {t.rotateHint}</span>
      </form>
    </section>
  )
}
