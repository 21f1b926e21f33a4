import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SALES_CHANNELS, SalesChannelIds, SalesChannelKey, SeedContext } from "./context"

export async function ensureSalesChannels({ container, log }: SeedContext): Promise<SalesChannelIds> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const names = Object.values(SALES_CHANNELS).map((c) => c.name)
  const existing = await service.listSalesChannels({ name: names })
  const missing = Object.values(SALES_CHANNELS).filter(
    (c) => !existing.some((e) => e.name === c.name)
  )
  let created: { id: string; name: string }[] = []
  if (missing.length) {
    log(`Sales channels: ${missing.map((c) => c.name).join(", ")}`)
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: missing.map((c) => ({ ...c })) },
    })
    created = result
  }
  const all = [...existing, ...created]
  const ids = {} as SalesChannelIds
  for (const key of Object.keys(SALES_CHANNELS) as SalesChannelKey[]) {
    ids[key] = all.find((c) => c.name === SALES_CHANNELS[key].name)!.id
  }
  return ids
}
