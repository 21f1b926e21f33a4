import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VatInvoice } from "../../../../../lib/compliance"
import { setCartVatInvoiceWorkflow } from "../../../../../workflows/vat-invoice/set-cart-vat-invoice"

/** The buyer needs a VAT e-invoice: company name, tax code (MST), address, e-mail. */
export async function POST(req: MedusaRequest<VatInvoice>, res: MedusaResponse) {
  const { result } = await setCartVatInvoiceWorkflow(req.scope).run({
    input: { cart_id: req.params.id, vat_invoice: req.validatedBody },
  })
  res.json(result)
}

/** No VAT invoice after all. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await setCartVatInvoiceWorkflow(req.scope).run({
    input: { cart_id: req.params.id, vat_invoice: null },
  })
  res.json(result)
}
