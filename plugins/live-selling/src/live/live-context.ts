import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LiveControlContext } from "../modules/livestream/control"
import { createLiveServices, type LiveServices } from "./medusa"
import { queryCatalog } from "../queries/live-catalog"

export type MedusaLive = LiveControlContext & {
  /** Current viewer counts of streams (Redis aggregates, else the stats table). */
  viewerCounts: LiveServices["viewerCounts"]
}

const contexts = new Map<string, { ctx: MedusaLive; services: LiveServices }>()

/**
 * The live core of this Medusa process (`src/live/medusa`: a small `pg` pool
 * on the Medusa database, the event log the gateways read — Redis when
 * Medusa has `redisUrl`, else Postgres LISTEN/NOTIFY — and the claim engine
 * of the same kind), with a catalog read through Query that knows which
 * seller owns each product (the plugin's `sellers` option). Built from
 * Medusa's own config (so tests get their database) and shared by routes, workflows, subscribers and jobs: a change made through
 * REST reaches every gateway's rooms through `publish`.
 */
export function liveContext(container: MedusaContainer): MedusaLive {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const databaseUrl = config.projectConfig.databaseUrl as string
  const redisUrl = (config.projectConfig.redisUrl as string | undefined) || null
  const key = `${databaseUrl}|${redisUrl ?? ""}`
  let entry = contexts.get(key)
  if (!entry) {
    const services = createLiveServices({ databaseUrl, redisUrl, catalog: queryCatalog(container) })
    const ctx: MedusaLive = {
      ...services.control,
      viewerCounts: (ids) => services.viewerCounts(ids),
    }
    entry = { ctx, services }
    contexts.set(key, entry)
  }
  return entry.ctx
}

/** Closes every live context of this process (tests, clean shutdown). */
export async function closeLiveContexts() {
  const entries = [...contexts.values()]
  contexts.clear()
  await Promise.all(entries.map((e) => e.services.close().catch(() => undefined)))
}

/** The secret relay stream keys are encrypted with at rest (Medusa's `http.jwtSecret`, as the media server's tokens). */
export function relayKeySecret(container: MedusaContainer): string {
  return String(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret ?? "")
}
