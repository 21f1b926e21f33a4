/**
 * Decodes Stripe's form encoding (`metadata[session_id]=x&expand[0]=y`)
 * into nested objects; objects whose keys are all indices become arrays.
 */
export function parseStripeForm(encoded: string): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = root
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value
      } else {
        node[part] = (node[part] as Record<string, unknown>) ?? {}
        node = node[part] as Record<string, unknown>
      }
    })
  }
  return arrayify(root) as Record<string, unknown>
}

function arrayify(value: unknown): unknown {
  if (!value || typeof value !== "object") {
    return value
  }
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => [k, arrayify(v)] as const
  )
  if (entries.length && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v)
  }
  return Object.fromEntries(entries)
}
