import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { deleteRecording, fetchRecordings, type AdminLiveRecording } from "../lib/sdk"

const duration = (ms: number) => {
  const s = Math.round(ms / 1000)
  const h = Math.floor(s / 3600)
  return `${h ? `${h}h ` : ""}${Math.floor((s % 3600) / 60)}m ${s % 60}s`
}
const size = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`)
const COLORS = { recording: "blue", ready: "green", failed: "red" } as const

/**
 * The latest recordings (stream, started, duration, size, status); *Delete*
 * takes a finished one out of the replay at once, its files at the media
 * server's next retention call.
 */
export const LiveRecordingsSection = () => {
  const client = useQueryClient()
  const prompt = usePrompt()
  const { data, isLoading, error } = useQuery({ queryKey: ["admin-live-recordings"], queryFn: fetchRecordings, refetchInterval: 30_000 })
  const remove = useMutation({
    mutationFn: deleteRecording,
    onSuccess: () => {
      toast.success("Recording deleted (its files go at the media server's next retention call)")
      client.invalidateQueries({ queryKey: ["admin-live-recordings"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const confirmDelete = async (r: AdminLiveRecording) => {
    const ok = await prompt({
      title: "Delete this recording?",
      description: `The part of "${r.stream_title ?? r.stream_id}" started ${new Date(r.started_at).toLocaleString()} leaves the replay now.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) remove.mutate(r.id)
  }
  const rows = data?.recordings ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Recordings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The latest recorded parts of lives, replayed on the stream's page.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>}
      {!isLoading && !error && rows.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No recording yet.</Text>}
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Stream</Table.HeaderCell>
              <Table.HeaderCell>Started</Table.HeaderCell>
              <Table.HeaderCell>Duration</Table.HeaderCell>
              <Table.HeaderCell>Size</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{r.stream_title ?? r.stream_id}</Table.Cell>
                <Table.Cell>{new Date(r.started_at).toLocaleString()}</Table.Cell>
                <Table.Cell>{duration(r.duration_ms)}</Table.Cell>
                <Table.Cell>{size(r.bytes)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={COLORS[r.status]}>{r.status}</Badge>
                </Table.Cell>
                <Table.Cell>
                  {r.status !== "recording" && (
                    <Button size="small" variant="danger" isLoading={remove.isPending && remove.variables === r.id} onClick={() => confirmDelete(r)}>
                      Delete
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
