import { Badge, Text } from "@medusajs/ui"
import { vnd } from "../lib"
import type { Suggestion } from "../types"

const KIND: Record<Suggestion["kind"], { label: string; color: "green" | "orange" | "blue" | "red" }> = {
  schedule_livestream: { label: "Livestream", color: "green" },
  restock_kiosk: { label: "Restock kiosk", color: "orange" },
  open_pre_orders: { label: "Pre-orders", color: "blue" },
  raise_supply: { label: "More volume", color: "red" },
}

/** What to do this week and next, largest value at stake first. */
export const SuggestionsList = ({ suggestions }: { suggestions: Suggestion[] }) => {
  if (!suggestions.length) return <Text size="small" className="text-ui-fg-muted">Nothing to do: supply meets demand.</Text>
  return (
    <ul className="divide-y divide-ui-border-base">
      {suggestions.map((s) => (
        <li key={s.id} className="flex items-start gap-3 py-2">
          <Badge size="2xsmall" color={KIND[s.kind].color}>{KIND[s.kind].label}</Badge>
          <div className="flex-1">
            <Text size="small">{s.message}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">{s.message_vi}</Text>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">{s.week} · {vnd(s.value_at_stake)}</Text>
        </li>
      ))}
    </ul>
  )
}
