/**
 * Which compression a client accepts (pure; unit-tested): Brotli when
 * `Accept-Encoding` names it, else gzip, else none; an encoding with `q=0` is refused.
 */
export type Encoding = "br" | "gzip"

export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const raw = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "")
  const accepted = new Map<string, number>()
  for (const part of raw.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";")
    if (!name) continue
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name, q === undefined ? 1 : Number(q))
  }
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0
  if (ok("br")) return "br"
  if (ok("gzip")) return "gzip"
  return null
}

