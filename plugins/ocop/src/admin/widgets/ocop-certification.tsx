import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import {
  AdminCertification,
  fetchProductOcop,
  formatDate,
  GROUP_LABELS,
  stars,
  STATUS_COLORS,
  STATUS_LABELS,
} from "../lib/ocop"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-2">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <Text size="small" leading="compact">
      {children}
    </Text>
  </div>
)

const Scores = ({ cert }: { cert: AdminCertification }) => (
  <Row label="Điểm (A/B/C = tổng)">
    {cert.score_a} / {cert.score_b} / {cert.score_c} = {cert.score_total}
    {cert.illustrative_scores && (
      <Badge size="2xsmall" className="ml-2">
        minh hoạ
      </Badge>
    )}
  </Row>
)

/** Product page: the OCOP certification (stars, scores, validity) and its history. */
const OcopCertificationWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-product", product.id],
    queryFn: () => fetchProductOcop(product.id),
  })
  const cert = data?.current
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        {cert && (
          <StatusBadge color={STATUS_COLORS[cert.effective_status]}>
            {STATUS_LABELS[cert.effective_status] ?? cert.effective_status}
          </StatusBadge>
        )}
      </div>
      {isLoading && <Text className="px-6 py-4">…</Text>}
      {!isLoading && !cert && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Chưa có chứng nhận OCOP.
        </Text>
      )}
      {cert && (
        <div className="py-2">
          <Row label="Hạng sao">{stars(cert.stars)}</Row>
          <Scores cert={cert} />
          <Row label="Nhóm">
            {GROUP_LABELS[cert.group] ?? cert.group}
            {cert.subgroup ? ` · ${cert.subgroup}` : ""}
          </Row>
          <Row label="Quyết định">
            {cert.decision_number ?? "—"}, {formatDate(cert.decided_at, cert.decided_at_approximate)}
          </Row>
          <Row label="Cơ quan công nhận">
            {cert.issuing_body ?? cert.issuing_level}
            {cert.issuing_body_inferred ? " (suy luận)" : ""}
          </Row>
          <Row label="Hiệu lực đến">{formatDate(cert.valid_until, cert.decided_at_approximate)}</Row>
        </div>
      )}
      {(data?.certifications.length ?? 0) > 1 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            Lịch sử
          </Text>
          {data!.certifications.map((c) => (
            <Text key={c.id} size="small" className="text-ui-fg-subtle">
              {stars(c.stars)} · {formatDate(c.decided_at, c.decided_at_approximate)} ·{" "}
              {STATUS_LABELS[c.effective_status] ?? c.effective_status}
            </Text>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default OcopCertificationWidget
