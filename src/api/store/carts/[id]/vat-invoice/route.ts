import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VAT_INVOICE_KEY, type VatInvoice } from "../../../../../lib/compliance"
import { setCartMetadataWorkflow } from "../../../../../workflows/cart/set-cart-metadata"

const setVatInvoice = async (req: MedusaRequest, vatInvoice: VatInvoice | null) => {
  const { result } = await setCartMetadataWorkflow(req.scope).run({
    input: { cart_id: req.params.id, key: VAT_INVOICE_KEY, value: vatInvoice },
  })
  return { cart_id: result.cart_id, vat_invoice: result.value }
}

/** The buyer needs a VAT e-invoice: company name, tax code (MST), address, e-mail (`metadata.vat_invoice`). */
export async function POST(req: MedusaRequest<VatInvoice>, res: MedusaResponse) {
  res.json(await setVatInvoice(req, req.validatedBody))
}

/** No VAT invoice after all. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  res.json(await setVatInvoice(req, null))
}
