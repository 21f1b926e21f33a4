import type OcopModuleService from "../../../modules/ocop/service"

/** The reference records an admin manages besides certifications. */
export const OCOP_RECORD_ENTITIES = ["producer", "mark", "planting_area", "standard", "mark_use_right"] as const
export type OcopRecordEntity = (typeof OCOP_RECORD_ENTITIES)[number]

type Methods = {
  create: (data: any[]) => Promise<any[]>
  update: (data: any[]) => Promise<any[]>
  list: (filters: any, config?: any) => Promise<any[]>
  softDelete: (ids: string[]) => Promise<unknown>
  restore: (ids: string[]) => Promise<unknown>
  delete: (ids: string[]) => Promise<void>
}

/** The service methods of one entity (MedusaService generates them per model). */
export function recordMethods(service: OcopModuleService, entity: OcopRecordEntity): Methods {
  const name = {
    producer: "OcopProducers",
    mark: "OcopMarks",
    planting_area: "OcopPlantingAreas",
    standard: "OcopStandards",
    mark_use_right: "OcopMarkUseRights",
  }[entity]
  const s = service as unknown as Record<string, (...args: any[]) => any>
  return {
    create: (data) => s[`create${name}`](data),
    update: (data) => s[`update${name}`](data),
    list: (filters, config) => s[`list${name}`](filters, config),
    softDelete: (ids) => s[`softDelete${name}`](ids),
    restore: (ids) => s[`restore${name}`](ids),
    delete: (ids) => s[`delete${name}`](ids),
  }
}
