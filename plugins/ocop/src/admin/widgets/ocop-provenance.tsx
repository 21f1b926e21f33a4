import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { MarkUseRight } from "../components/mark-use-right"
import { fetchProductOcop, formatDate, MARK_LABELS } from "../lib/ocop"

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <div className="px-6 py-3">
    <Text size="small" weight="plus" className="mb-1">
      {title}
    </Text>
    {children}
  </div>
)

const Line = ({ children }: { children: React.ReactNode }) => (
  <Text size="small" className="text-ui-fg-subtle">
    {children}
  </Text>
)

/** Product page side column: producer, marks (GI numbers), planting-area codes, standards, traceability. */
const OcopProvenanceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useQuery({
    queryKey: ["ocop-product", product.id],
    queryFn: () => fetchProductOcop(product.id),
  })
  const p = data?.provenance
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Nguồn gốc</Heading>
      </div>
      {!p && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Chưa có thông tin nguồn gốc.
        </Text>
      )}
      {p && (
        <>
          <Section title="Chủ thể">
            <Line>
              {p.producer?.name ?? "—"}
              {p.producer?.placeholder ? " (chưa xác định tên)" : ""}
            </Line>
            <Line>{[p.producer?.commune, p.producer?.district].filter(Boolean).join(", ")}</Line>
          </Section>
          <Section title="Chỉ dẫn địa lý, nhãn hiệu">
            {p.marks.length === 0 && <Line>—</Line>}
            {p.marks.map((m) => (
              <div key={m.id} className="mb-2">
                <Line>
                  {MARK_LABELS[m.kind] ?? m.kind}: {m.name}
                  {m.registry_number ? ` · số ${m.registry_number}` : ""}
                </Line>
                {p.producer && <MarkUseRight mark={m} productId={product.id} producerId={p.producer.id} />}
              </div>
            ))}
          </Section>
          <Section title="Mã số vùng trồng / cơ sở đóng gói">
            {p.planting_areas.length === 0 && <Line>—</Line>}
            {p.planting_areas.map((a) => (
              <Line key={a.id}>
                {a.code} · {a.location}
                {a.area_ha ? ` · ${a.area_ha} ha` : ""}
                {a.illustrative && (
                  <Badge size="2xsmall" className="ml-2">
                    minh hoạ
                  </Badge>
                )}
              </Line>
            ))}
          </Section>
          <Section title="Tiêu chuẩn">
            {p.standards.length === 0 && <Line>—</Line>}
            {p.standards.map((s) => (
              <Line key={s.id}>
                {s.kind.toUpperCase()} {s.certificate_number ?? ""} · đến {formatDate(s.valid_until)}
              </Line>
            ))}
          </Section>
          {p.traceability_url && (
            <Section title="Truy xuất nguồn gốc">
              <a href={p.traceability_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive text-small">
                {p.traceability_url}
              </a>
            </Section>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default OcopProvenanceWidget
