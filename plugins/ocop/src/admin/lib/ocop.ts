import { sdk } from "./sdk"

export type AdminCertification = {
  id: string
  product_id: string
  product?: { id: string; title: string; handle: string } | null
  stars: number
  score_a: number
  score_b: number
  score_c: number
  score_total: number
  illustrative_scores: boolean
  group: string
  subgroup: string | null
  decision_number: string | null
  decided_at: string
  decided_at_approximate: boolean
  issuing_body: string | null
  issuing_level: string
  issuing_body_inferred: boolean
  valid_until: string
  status: string
  effective_status: "active" | "expired" | "revoked" | "superseded"
  badge: boolean
}

export type AdminMarkUseRight = {
  id: string
  producer_id: string
  granted_by: string
  granted_at: string
  certificate_number: string | null
  decision: string | null
  revoked_at: string | null
}

export type AdminMark = {
  id: string
  kind: string
  name: string
  registry_number: string | null
  holder: string | null
  year: number | null
  /** the producer's current right to use it (null: none recorded) */
  use_right: AdminMarkUseRight | null
}

export type AdminProvenance = {
  traceability_url: string | null
  season_months: number[] | null
  producer: { id: string; name: string; type: string; commune: string | null; district: string | null; placeholder: boolean } | null
  marks: AdminMark[]
  planting_areas: { id: string; code: string; kind: string; area_ha: number | null; location: string; crop: string | null; illustrative: boolean }[]
  standards: { id: string; kind: string; certificate_number: string | null; issuer: string | null; valid_until: string | null; illustrative: boolean }[]
}

export type AdminProductOcop = {
  product_id: string
  current: AdminCertification | null
  certifications: AdminCertification[]
  provenance: AdminProvenance | null
}

export const fetchProductOcop = (productId: string) =>
  sdk.client.fetch<AdminProductOcop>(`/admin/ocop/products/${productId}`)

export const recordMarkUseRight = (body: {
  mark_id: string
  producer_id: string
  granted_by: string
  granted_at: string
  certificate_number?: string
  decision?: string
}) => sdk.client.fetch("/admin/ocop/mark-use-rights", { method: "POST", body })

export const revokeMarkUseRight = (id: string) =>
  sdk.client.fetch(`/admin/ocop/mark-use-rights/${id}`, { method: "POST", body: { revoked_at: new Date().toISOString() } })

export const fetchExpiring = (days: number) =>
  sdk.client.fetch<{ certifications: AdminCertification[]; days: number; until: string }>(
    "/admin/ocop/expiring-certifications",
    { query: { days } }
  )

export const GROUP_LABELS: Record<string, string> = {
  food: "Thực phẩm",
  beverage: "Đồ uống",
  herbal: "Dược liệu",
  handicraft: "Thủ công mỹ nghệ",
  ornamental: "Sinh vật cảnh",
  tourism: "Du lịch",
}

export const MARK_LABELS: Record<string, string> = {
  geographical_indication: "Chỉ dẫn địa lý",
  collective_mark: "Nhãn hiệu tập thể",
  certification_mark: "Nhãn hiệu chứng nhận",
}

export const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  active: "green",
  expired: "orange",
  revoked: "red",
  superseded: "grey",
}

export const STATUS_LABELS: Record<string, string> = {
  active: "Còn hiệu lực",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
  superseded: "Đã thay thế",
}

export const stars = (n: number) => "★".repeat(n)

/** dd/mm/yyyy, or the year alone when the date is approximate. */
export function formatDate(iso: string | null, approximate = false) {
  if (!iso) return "—"
  const d = new Date(iso)
  if (approximate) return `${d.getUTCFullYear()} (≈)`
  return d.toLocaleDateString("vi-VN", { timeZone: "UTC" })
}

export function daysLeft(iso: string) {
  return Math.ceil((new Date(iso).getTime() - Date.now()) / (24 * 3600 * 1000))
}
