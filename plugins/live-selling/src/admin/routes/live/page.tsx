import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PlaySolid } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { LiveIngestsSection } from "../../components/live-ingests-section"
import { LiveRecordingsSection } from "../../components/live-recordings-section"
import { SellerIdentitySection } from "../../components/seller-identity-section"
import { endStream, fetchStreams, type AdminLiveStream } from "../../lib/sdk"

const STATUS_COLOR = { live: "red", scheduled: "blue", ended: "grey" } as const
const FILTERS = ["live", "scheduled", "ended", ""] as const

const when = (s: AdminLiveStream) => {
  const at = s.status === "scheduled" ? s.scheduled_at : s.status === "live" ? s.started_at : s.ended_at
  return at ? new Date(at).toLocaleString() : "—"
}

/**
 * Every seller's livestreams: what is live now, what is coming, and ending
 * one that must stop; below, the encoders publishing now (stop one) and the
 * sellers' identity verifications.
 */
const LiveStreamsPage = () => {
  const [status, setStatus] = useState<(typeof FILTERS)[number]>("live")
  const client = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: ["admin-live-streams", status],
    queryFn: () => fetchStreams(status || undefined),
    refetchInterval: 5000,
  })
  const end = useMutation({
    mutationFn: endStream,
    onSuccess: () => {
      toast.success("Stream ended")
      client.invalidateQueries({ queryKey: ["admin-live-streams"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const rows = data?.streams ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Livestreams</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Streams of every seller; viewer counts refresh every 5 seconds.
            </Text>
          </div>
          <div className="flex gap-2">
            {FILTERS.map((f) => (
              <Button key={f || "all"} size="small" variant={f === status ? "primary" : "secondary"} onClick={() => setStatus(f)}>
                {f || "all"}
              </Button>
            ))}
          </div>
        </div>
        {isLoading && <Text className="px-6 py-4">…</Text>}
        {!isLoading && rows.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No streams.</Text>}
        {rows.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Stream</Table.HeaderCell>
                <Table.HeaderCell>Seller</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Viewers</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.title}</Table.Cell>
                  <Table.Cell>{s.producer?.name ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[s.status]}>{s.status}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{when(s)}</Table.Cell>
                  <Table.Cell>{s.status === "live" ? s.viewer_count : "—"}</Table.Cell>
                  <Table.Cell>
                    {s.status === "live" && (
                      <Button size="small" variant="danger" isLoading={end.isPending} onClick={() => end.mutate(s.id)}>
                        End
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <LiveIngestsSection />
      <LiveRecordingsSection />
      <SellerIdentitySection />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Livestreams", icon: PlaySolid })

export default LiveStreamsPage
