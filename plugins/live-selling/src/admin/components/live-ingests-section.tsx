import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { fetchIngests, stopIngest, type AdminLiveIngest } from "../lib/sdk"

const uptime = (s: number) => {
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return `${h ? `${h}h ` : ""}${m}m ${s % 60}s`
}

const video = (i: AdminLiveIngest) =>
  [i.resolution, i.video.fps ? `${i.video.fps} fps` : null, i.video.codec].filter(Boolean).join(" · ") || "—"

/**
 * The encoders publishing to the shop's media server now (bitrate,
 * resolution, uptime, client), refreshed every 5 seconds; *Stop* drops the
 * encoder and ends its stream at once.
 */
export const LiveIngestsSection = () => {
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data, isLoading, error } = useQuery({ queryKey: ["admin-live-ingests"], queryFn: fetchIngests, refetchInterval: 5000 })
  const stop = useMutation({
    mutationFn: stopIngest,
    onSuccess: (r) => {
      toast.success(r.dropped ? "Encoder dropped, stream ended" : "Stream ended (the media server drops the encoder at its next check)")
      client.invalidateQueries({ queryKey: ["admin-live-ingests"] })
      client.invalidateQueries({ queryKey: ["admin-live-streams"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const confirmStop = async (i: AdminLiveIngest) => {
    const ok = await prompt({
      title: "Stop this ingest?",
      description: `"${i.stream?.title ?? i.stream_id}" ends now for every viewer; the encoder cannot publish to it again.`,
      confirmText: "Stop",
      cancelText: "Cancel",
    })
    if (ok) stop.mutate(i.stream_id)
  }
  const rows = data?.ingests ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Live ingests</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Encoders (OBS, phones) publishing to the media server now; refreshed every 5 seconds.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>}
      {!isLoading && !error && rows.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No encoder is publishing.</Text>}
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Stream</Table.HeaderCell>
              <Table.HeaderCell>Seller</Table.HeaderCell>
              <Table.HeaderCell>Video</Table.HeaderCell>
              <Table.HeaderCell>Bitrate</Table.HeaderCell>
              <Table.HeaderCell>Uptime</Table.HeaderCell>
              <Table.HeaderCell>Client</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((i) => (
              <Table.Row key={i.stream_id}>
                <Table.Cell>{i.stream?.title ?? i.stream_id}</Table.Cell>
                <Table.Cell>{i.producer?.name ?? i.producer?.id ?? "—"}</Table.Cell>
                <Table.Cell>{video(i)}</Table.Cell>
                <Table.Cell>{i.bitrate_kbps} kbit/s</Table.Cell>
                <Table.Cell>{uptime(i.uptime_s)}</Table.Cell>
                <Table.Cell>
                  {i.client_ip} <Badge size="2xsmall">{i.protocol}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="danger" isLoading={stop.isPending && stop.variables === i.stream_id} onClick={() => confirmStop(i)}>
                    Stop
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
