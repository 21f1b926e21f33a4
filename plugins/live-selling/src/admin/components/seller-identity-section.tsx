import { Button, Container, Heading, Input, Label, Select, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import {
  fetchSellers,
  recordVerification,
  revokeVerification,
  type AdminLiveSeller,
  type NewSellerVerification,
} from "../lib/sdk"

const METHODS: { value: NewSellerVerification["method"]; label: string }[] = [
  { value: "vneid_level_2", label: "VNeID level 2 (lets the seller go live)" },
  { value: "in_person", label: "ID document checked in person (lets the seller go live)" },
  { value: "vneid_level_1", label: "VNeID level 1 (recorded; not enough to go live)" },
]

const methodLabel = (m: string) => METHODS.find((x) => x.value === m)?.label.replace(/ \(.*\)$/, "") ?? m
const today = () => new Date().toISOString().slice(0, 10)

type Editing = { seller: AdminLiveSeller; action: "record" | "revoke" }

/**
 * Seller identity (e-ID): a stream goes live only when its seller's identity
 * is verified. Admins record the check (the ID number is reduced to its last
 * 4 characters and a hash by the server) or revoke it.
 */
export const SellerIdentitySection = () => {
  const [q, setQ] = useState("")
  const [editing, setEditing] = useState<Editing | null>(null)
  const client = useQueryClient()
  const { data, isLoading } = useQuery({ queryKey: ["admin-live-sellers", q], queryFn: () => fetchSellers(q || undefined) })
  const done = (message: string) => {
    toast.success(message)
    setEditing(null)
    client.invalidateQueries({ queryKey: ["admin-live-sellers"] })
  }
  const record = useMutation({
    mutationFn: (v: { sellerId: string; body: NewSellerVerification }) => recordVerification(v.sellerId, v.body),
    onSuccess: () => done("Verification recorded"),
    onError: (e: Error) => toast.error(e.message),
  })
  const revoke = useMutation({
    mutationFn: (v: { sellerId: string; reason: string }) => revokeVerification(v.sellerId, v.reason),
    onSuccess: () => done("Verification revoked"),
    onError: (e: Error) => toast.error(e.message),
  })
  const sellers = data?.sellers ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Seller identity (e-ID)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A seller's streams go live only while its identity is verified (VNeID level 2 or an ID document checked in
            person). Only the last 4 characters of the ID number are kept.
          </Text>
        </div>
        <Input size="small" placeholder="Search sellers" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-xs" />
      </div>
      {isLoading && <Text className="px-6 py-4">…</Text>}
      {!isLoading && sellers.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No sellers.</Text>}
      {sellers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Seller</Table.HeaderCell>
              <Table.HeaderCell>Identity</Table.HeaderCell>
              <Table.HeaderCell>Verified legal name</Table.HeaderCell>
              <Table.HeaderCell>Method, date, ID</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sellers.map((s) => {
              const v = s.verification
              return (
                <Table.Row key={s.id}>
                  <Table.Cell>{s.name}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={v ? (v.method === "vneid_level_1" ? "orange" : "green") : "grey"}>
                      {v ? "verified" : "not verified"}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{v?.legal_name ?? "—"}</Table.Cell>
                  <Table.Cell>
                    {v ? `${methodLabel(v.method)}, ${new Date(v.verified_at).toLocaleDateString()}, …${v.id_number_last4}` : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end gap-2">
                      <Button size="small" variant="secondary" onClick={() => setEditing({ seller: s, action: "record" })}>
                        {v ? "Re-verify" : "Record"}
                      </Button>
                      {v && (
                        <Button size="small" variant="danger" onClick={() => setEditing({ seller: s, action: "revoke" })}>
                          Revoke
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      {editing?.action === "record" && (
        <RecordForm
          seller={editing.seller}
          pending={record.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(body) => record.mutate({ sellerId: editing.seller.id, body })}
        />
      )}
      {editing?.action === "revoke" && (
        <RevokeForm
          seller={editing.seller}
          pending={revoke.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(reason) => revoke.mutate({ sellerId: editing.seller.id, reason })}
        />
      )}
    </Container>
  )
}

function RecordForm(p: {
  seller: AdminLiveSeller
  pending: boolean
  onCancel: () => void
  onSubmit: (body: NewSellerVerification) => void
}) {
  const [legalName, setLegalName] = useState("")
  const [idNumber, setIdNumber] = useState("")
  const [method, setMethod] = useState<NewSellerVerification["method"]>("vneid_level_2")
  const [date, setDate] = useState(today())
  const [note, setNote] = useState("")
  const submit = (e: FormEvent) => {
    e.preventDefault()
    p.onSubmit({
      legal_name: legalName,
      id_number: idNumber,
      method,
      // the day of the check, at noon in Vietnam
      verified_at: date ? `${date}T12:00:00+07:00` : undefined,
      ...(note.trim() ? { note } : {}),
    })
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h3">Record the identity check of {p.seller.name}</Heading>
      <div className="grid grid-cols-2 gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="lsv-legal-name">Verified legal name</Label>
          <Input id="lsv-legal-name" value={legalName} onChange={(e) => setLegalName(e.target.value)} required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="lsv-id-number">ID number (only its last 4 characters are kept)</Label>
          <Input id="lsv-id-number" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} autoComplete="off" required />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="lsv-method">Method</Label>
          <Select value={method} onValueChange={(v) => setMethod(v as NewSellerVerification["method"])}>
            <Select.Trigger id="lsv-method">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {METHODS.map((m) => (
                <Select.Item key={m.value} value={m.value}>
                  {m.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="lsv-date">Date of the check</Label>
          <Input id="lsv-date" type="date" max={today()} value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="lsv-note">Note (optional)</Label>
        <Input id="lsv-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" size="small" variant="secondary" onClick={p.onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="small" isLoading={p.pending}>
          Record verification
        </Button>
      </div>
    </form>
  )
}

function RevokeForm(p: { seller: AdminLiveSeller; pending: boolean; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const [reason, setReason] = useState("")
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        p.onSubmit(reason)
      }}
      className="flex flex-col gap-3 px-6 py-4"
    >
      <Heading level="h3">Revoke the identity verification of {p.seller.name}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Its scheduled streams can no longer go live (streams already live are not stopped).
      </Text>
      <div className="flex flex-col gap-1">
        <Label htmlFor="lsv-reason">Reason</Label>
        <Input id="lsv-reason" value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" size="small" variant="secondary" onClick={p.onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="small" variant="danger" isLoading={p.pending}>
          Revoke
        </Button>
      </div>
    </form>
  )
}
