import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type VatInvoice = { company_name: string; tax_code: string; address: string; email: string }

const ROWS: [keyof VatInvoice, string][] = [
  ["company_name", "Tên công ty (company)"],
  ["tax_code", "Mã số thuế (tax code)"],
  ["address", "Địa chỉ (address)"],
  ["email", "Email nhận hóa đơn (invoice e-mail)"],
]

/** Order page side column: the VAT e-invoice details the buyer gave at checkout. */
const OrderVatInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useQuery({
    queryKey: ["order-vat-invoice", order.id],
    queryFn: () =>
      sdk.client.fetch<{ order: { metadata?: Record<string, unknown> | null } }>(`/admin/orders/${order.id}`, {
        query: { fields: "id,metadata" },
      }),
  })
  const invoice = data?.order.metadata?.vat_invoice as VatInvoice | null | undefined
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Hóa đơn GTGT (VAT invoice)</Heading>
      </div>
      {!invoice ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Khách không yêu cầu hóa đơn GTGT. (No VAT invoice requested.)
        </Text>
      ) : (
        ROWS.map(([key, label]) => (
          <div key={key} className="grid grid-cols-2 px-6 py-3">
            <Text size="small" weight="plus">
              {label}
            </Text>
            <Text size="small" className="text-ui-fg-subtle break-words">
              {invoice[key]}
            </Text>
          </div>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderVatInvoiceWidget
