import { Button, Input, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { formatDate, recordMarkUseRight, revokeMarkUseRight, type AdminMark } from "../lib/ocop"

const today = () => new Date().toISOString().slice(0, 10)

/**
 * A product's mark and the producer's right to use it (GI right-to-use
 * certificate, the mark owner's approval): recorded, or a form to record
 * it. Without a right the store shows no badge for the mark.
 */
export const MarkUseRight = ({ mark, productId, producerId }: { mark: AdminMark; productId: string; producerId: string }) => {
  const right = mark.use_right && !mark.use_right.revoked_at ? mark.use_right : null
  const [open, setOpen] = useState(false)
  const client = useQueryClient()
  const refresh = (message: string) => {
    toast.success(message)
    setOpen(false)
    client.invalidateQueries({ queryKey: ["ocop-product", productId] })
  }
  const record = useMutation({
    mutationFn: recordMarkUseRight,
    onSuccess: () => refresh("Đã ghi nhận quyền sử dụng"),
    onError: (e: Error) => toast.error(e.message),
  })
  const revoke = useMutation({
    mutationFn: revokeMarkUseRight,
    onSuccess: () => refresh("Đã thu hồi quyền sử dụng"),
    onError: (e: Error) => toast.error(e.message),
  })
  if (right) {
    return (
      <div className="flex items-center gap-2">
        <StatusBadge color="green">Có quyền sử dụng</StatusBadge>
        <Text size="small" className="text-ui-fg-subtle">
          {[right.granted_by, right.certificate_number ?? right.decision, formatDate(right.granted_at)].filter(Boolean).join(" · ")}
        </Text>
        <Button size="small" variant="transparent" isLoading={revoke.isPending} onClick={() => revoke.mutate(right.id)}>
          Thu hồi
        </Button>
      </div>
    )
  }
  if (!open) {
    return (
      <div className="flex items-center gap-2">
        <StatusBadge color="grey">Chưa ghi nhận quyền sử dụng (không hiện nhãn)</StatusBadge>
        <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
          Ghi nhận
        </Button>
      </div>
    )
  }
  return <RightForm pending={record.isPending} onCancel={() => setOpen(false)} onSubmit={(v) => record.mutate({ ...v, mark_id: mark.id, producer_id: producerId })} />
}

type RightFields = { granted_by: string; granted_at: string; certificate_number?: string; decision?: string }

function RightForm(p: { pending: boolean; onCancel: () => void; onSubmit: (v: RightFields) => void }) {
  const [grantedBy, setGrantedBy] = useState("")
  const [grantedAt, setGrantedAt] = useState(today())
  const [certificate, setCertificate] = useState("")
  const [decision, setDecision] = useState("")
  const submit = (e: FormEvent) => {
    e.preventDefault()
    p.onSubmit({
      granted_by: grantedBy,
      granted_at: grantedAt,
      certificate_number: certificate || undefined,
      decision: decision || undefined,
    })
  }
  const field = (id: string, label: string, value: string, set: (v: string) => void, type = "text") => (
    <div className="flex flex-col gap-1">
      <Label size="xsmall" htmlFor={id}>
        {label}
      </Label>
      <Input id={id} size="small" type={type} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  )
  return (
    <form onSubmit={submit} className="mt-2 flex flex-col gap-2">
      {field("right-granted-by", "Cơ quan cấp (quản lý CDĐL / chủ nhãn hiệu)", grantedBy, setGrantedBy)}
      {field("right-granted-at", "Ngày cấp", grantedAt, setGrantedAt, "date")}
      {field("right-certificate", "Số giấy chứng nhận quyền sử dụng", certificate, setCertificate)}
      {field("right-decision", "Quyết định", decision, setDecision)}
      <div className="flex gap-2">
        <Button size="small" type="submit" isLoading={p.pending}>
          Lưu
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={p.onCancel}>
          Huỷ
        </Button>
      </div>
    </form>
  )
}
