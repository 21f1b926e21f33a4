import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { daysLeft, fetchExpiring, formatDate, stars } from "../../lib/ocop"

const DAYS = 90

/** Certifications whose 36 months end within the next 90 days, soonest first. */
const OcopExpiringPage = () => {
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-expiring", DAYS],
    queryFn: () => fetchExpiring(DAYS),
  })
  const rows = data?.certifications ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP sắp hết hạn</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hết hiệu lực trong {DAYS} ngày tới: cần đánh giá lại để giữ nhãn OCOP.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">…</Text>}
      {!isLoading && rows.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">Không có chứng nhận nào sắp hết hạn.</Text>
      )}
      {rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Hạng</Table.HeaderCell>
              <Table.HeaderCell>Quyết định</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
              <Table.HeaderCell>Còn lại</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  <Link to={`/products/${c.product_id}`}>{c.product?.title ?? c.product_id}</Link>
                </Table.Cell>
                <Table.Cell>{stars(c.stars)}</Table.Cell>
                <Table.Cell>
                  {c.decision_number ?? "—"} ({formatDate(c.decided_at, c.decided_at_approximate)})
                </Table.Cell>
                <Table.Cell>{formatDate(c.valid_until, c.decided_at_approximate)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={daysLeft(c.valid_until) <= 30 ? "red" : "orange"}>
                    {daysLeft(c.valid_until)} ngày
                  </StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP sắp hết hạn",
  icon: Clock,
})

export default OcopExpiringPage
