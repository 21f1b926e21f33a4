import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { OcopRecordEntity, recordMethods } from "./entities"

type Created = { entity: OcopRecordEntity; ids: string[] }

/**
 * This step creates producers, marks, planting areas or standards;
 * compensation deletes them.
 */
export const createOcopRecordsStep = createStep(
  "create-ocop-records",
  async (input: { entity: OcopRecordEntity; data: Record<string, unknown>[] }, { container }) => {
    const methods = recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), input.entity)
    const created = input.data.length ? await methods.create(input.data) : []
    return new StepResponse(created, { entity: input.entity, ids: created.map((r) => r.id) } as Created)
  },
  async (created, { container }) => {
    if (!created?.ids.length) {
      return
    }
    await recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), created.entity).delete(created.ids)
  }
)

/**
 * This step updates one record; compensation puts back the previous values.
 */
export const updateOcopRecordStep = createStep(
  "update-ocop-record",
  async (input: { entity: OcopRecordEntity; id: string; data: Record<string, unknown> }, { container }) => {
    const methods = recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), input.entity)
    const fields = Object.keys(input.data)
    const [previous] = await methods.list({ id: input.id }, { select: ["id", ...fields] })
    const [updated] = await methods.update([{ id: input.id, ...input.data }])
    return new StepResponse(updated, { entity: input.entity, previous })
  },
  async (undo, { container }) => {
    if (!undo?.previous) {
      return
    }
    await recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), undo.entity).update([undo.previous])
  }
)

/**
 * This step soft-deletes records (their product links go with them);
 * compensation restores them.
 */
export const deleteOcopRecordsStep = createStep(
  "delete-ocop-records",
  async (input: { entity: OcopRecordEntity; ids: string[] }, { container }) => {
    const methods = recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), input.entity)
    await methods.softDelete(input.ids)
    return new StepResponse(input.ids, input)
  },
  async (deleted, { container }) => {
    if (!deleted?.ids.length) {
      return
    }
    await recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), deleted.entity).restore(deleted.ids)
  }
)

/**
 * This step checks that a record exists (404 otherwise).
 */
export const assertOcopRecordStep = createStep(
  "assert-ocop-record",
  async (input: { entity: OcopRecordEntity; id: string }, { container }) => {
    const methods = recordMethods(container.resolve<OcopModuleService>(OCOP_MODULE), input.entity)
    const [found] = await methods.list({ id: input.id }, { select: ["id"] })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP ${input.entity.replace("_", " ")} ${input.id} was not found`)
    }
    return new StepResponse(found.id as string)
  }
)
