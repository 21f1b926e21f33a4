import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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

/** Creates producers, marks, planting areas or standards. */
export const createOcopRecordsWorkflow = createWorkflow(
  "create-ocop-records",
  (input: CreateOcopRecordsInput) => new WorkflowResponse(createOcopRecordsStep(input))
)

/** Updates one producer, mark, planting area or standard. */
export const updateOcopRecordWorkflow = createWorkflow("update-ocop-record", (input: UpdateOcopRecordInput) => {
  assertOcopRecordStep(input)
  return new WorkflowResponse(updateOcopRecordStep(input))
})

/** Deletes (softly) one producer, mark, planting area or standard. */
export const deleteOcopRecordWorkflow = createWorkflow("delete-ocop-record", (input: DeleteOcopRecordInput) => {
  assertOcopRecordStep(input)
  const target = transform({ input }, ({ input }) => ({ entity: input.entity, ids: [input.id] }))
  return new WorkflowResponse(deleteOcopRecordsStep(target))
})
