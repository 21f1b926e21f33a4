import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopCatalogueWorkflow } from "../refresh-ocop-catalogue"
import { findRecordProductsStep } from "./affected-products"
import { OcopRecordEntity } from "./entities"
import {
  assertOcopRecordStep,
  createOcopRecordsStep,
  deleteOcopRecordsStep,
  updateOcopRecordStep,
} from "./steps"

export type CreateOcopRecordsInput = { entity: OcopRecordEntity; data: Record<string, unknown>[] }
export type UpdateOcopRecordInput = { entity: OcopRecordEntity; id: string; data: Record<string, unknown> }
export type DeleteOcopRecordInput = { entity: OcopRecordEntity; id: string }

/** Refreshes the catalogue rows of the products showing the records (producer, mark, standard, mark right). */
const refreshCatalogue = (productIds: ReturnType<typeof findRecordProductsStep>) =>
  when({ productIds }, ({ productIds }) => productIds.length > 0).then(() => {
    refreshOcopCatalogueWorkflow.runAsStep({
      input: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
    })
  })

/** Creates producers, marks, planting areas or standards. */
export const createOcopRecordsWorkflow = createWorkflow(
  "create-ocop-records",
  (input: CreateOcopRecordsInput) => {
    const created = createOcopRecordsStep(input)
    refreshCatalogue(
      findRecordProductsStep(
        transform({ input, created }, ({ input, created }) => ({ entity: input.entity, ids: created.map((r: any) => r.id) }))
      )
    )
    return new WorkflowResponse(created)
  }
)

/** Updates one producer, mark, planting area or standard. */
export const updateOcopRecordWorkflow = createWorkflow("update-ocop-record", (input: UpdateOcopRecordInput) => {
  assertOcopRecordStep(input)
  const target = transform({ input }, ({ input }) => ({ entity: input.entity, ids: [input.id] }))
  const before = findRecordProductsStep(target).config({ name: "find-ocop-record-products-before" })
  const updated = updateOcopRecordStep(input)
  refreshCatalogue(
    findRecordProductsStep(transform({ target, before }, ({ target, before }) => ({ ...target, also: before })))
  )
  return new WorkflowResponse(updated)
})

/** Deletes (softly) one producer, mark, planting area or standard. */
export const deleteOcopRecordWorkflow = createWorkflow("delete-ocop-record", (input: DeleteOcopRecordInput) => {
  assertOcopRecordStep(input)
  const target = transform({ input }, ({ input }) => ({ entity: input.entity, ids: [input.id] }))
  const affected = findRecordProductsStep(target)
  const deleted = deleteOcopRecordsStep(target)
  refreshCatalogue(affected)
  return new WorkflowResponse(deleted)
})
