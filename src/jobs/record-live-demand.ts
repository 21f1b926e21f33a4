import type { MedusaContainer } from "@medusajs/framework/types"
import { recordLiveDemandWorkflow } from "@ocop-live/ocop/workflows/demand/record-live-demand"

/** How far back each run looks; refs make the overlap harmless, and a stopped worker catches up a day. */
const LOOKBACK_MS = 24 * 60 * 60 * 1000

/** Every 5 minutes, on the worker: settled live claims and ended streams' peaks become demand events. */
export default async function recordLiveDemand(container: MedusaContainer) {
  await recordLiveDemandWorkflow(container).run({ input: { since: new Date(Date.now() - LOOKBACK_MS) } })
}

export const config = {
  name: "record-live-demand",
  schedule: "*/5 * * * *",
}
