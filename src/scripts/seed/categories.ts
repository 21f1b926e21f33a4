import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { CATEGORIES } from "../data/lang-son-catalogue"
import { SeedContext } from "./context"

/** Creates the catalogue's categories that are missing; returns handle → id. */
export async function ensureCategories({ container, log }: SeedContext): Promise<Record<string, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProductCategories({
    handle: CATEGORIES.map((c) => c.handle),
  })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: { id: string; handle: string }[] = []
  if (missing.length) {
    log(`Categories: ${missing.map((c) => c.name).join(", ")}`)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.name_en,
          is_active: true,
          metadata: { name_en: c.name_en },
        })),
      },
    })
    created = result
  }
  return Object.fromEntries([...existing, ...created].map((c) => [c.handle, c.id]))
}
