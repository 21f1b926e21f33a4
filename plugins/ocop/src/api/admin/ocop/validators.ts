import { z } from "@medusajs/framework/zod"
import { OCOP_GROUPS } from "../../../modules/ocop/lib/groups"
import { CERTIFICATION_STATUSES, ISSUING_LEVELS } from "../../../modules/ocop/models/certification"
import { MARK_KINDS } from "../../../modules/ocop/models/mark"
import { PLANTING_AREA_KINDS } from "../../../modules/ocop/models/planting-area"
import { PRODUCER_TYPES } from "../../../modules/ocop/models/producer"
import { STANDARD_KINDS } from "../../../modules/ocop/models/standard"

const text = (max = 500) => z.string().trim().min(1).max(max)
const optionalText = (max = 500) => text(max).nullable().optional()
const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, { message: `${field}: expected a date, YYYY-MM-DD` })
    .refine((v) => !Number.isNaN(new Date(v).getTime()), { message: `${field}: not a valid date` })
const twoDecimals = (field: string, max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: `${field}: at most two decimals` })
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "handle: lower-case letters, digits and hyphens" })
const ids = z.array(text(100)).max(100)
const months = z
  .array(z.number().int().min(1).max(12))
  .max(12)
  .refine((m) => new Set(m).size === m.length, { message: "months: each month once" })
  .nullable()
  .optional()

const certificationDescription = {
  illustrative_scores: z.boolean().optional(),
  subgroup: optionalText(200),
  decision_number: optionalText(100),
  decided_at_approximate: z.boolean().optional(),
  issuing_body: optionalText(200),
  issuing_level: z.enum(ISSUING_LEVELS).nullable().optional(),
  issuing_body_inferred: z.boolean().optional(),
  certificate_number: optionalText(100),
  round: optionalText(100),
  note: optionalText(2000),
}

const scores = {
  score_a: twoDecimals("score_a", 40),
  score_b: twoDecimals("score_b", 25),
  score_c: twoDecimals("score_c", 35),
  score_total: twoDecimals("score_total", 100).nullable().optional(),
}

/** Stars are never sent: they follow from the scores. */
export const AdminCreateOcopCertification = z.object({
  product_id: text(100),
  producer_id: text(100).nullable().optional(),
  ...scores,
  group: z.enum(OCOP_GROUPS),
  decided_at: day("decided_at"),
  ...certificationDescription,
})

export const AdminUpdateOcopCertification = z.object({
  ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])),
  group: z.enum(OCOP_GROUPS).optional(),
  decided_at: day("decided_at").optional(),
  ...certificationDescription,
})

export const AdminUpgradeOcopCertification = z.object({
  ...scores,
  group: z.enum(OCOP_GROUPS).optional(),
  decided_at: day("decided_at"),
  ...certificationDescription,
})

export const AdminRevokeOcopCertification = z.object({
  reason: text(1000),
  revoked_at: day("revoked_at").optional(),
})

const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListOcopCertifications = z.object({
  ...paging,
  product_id: text(100).optional(),
  status: z.enum(CERTIFICATION_STATUSES).optional(),
})

export const AdminExpiringOcopCertifications = z.object({
  days: z.coerce.number().int().min(1).max(3650).default(90),
})

export const AdminListOcopRecords = z.object({
  ...paging,
  q: text(200).optional(),
  kind: text(50).optional(),
})

export const AdminCreateOcopProducer = z.object({
  handle: slug.optional(),
  name: text(300),
  type: z.enum(PRODUCER_TYPES),
  representative: optionalText(200),
  registration_number: optionalText(50),
  phone: optionalText(50),
  address: optionalText(500),
  commune: optionalText(200),
  district: optionalText(200),
  district_inferred: z.boolean().optional(),
  placeholder: z.boolean().optional(),
  story_vi: optionalText(5000),
  story_en: optionalText(5000),
})

export const AdminCreateOcopMark = z.object({
  handle: slug.optional(),
  kind: z.enum(MARK_KINDS),
  name: text(300),
  registry_number: optionalText(50),
  decision: optionalText(300),
  holder: optionalText(300),
  protected_area: optionalText(500),
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  source_url: z.url().nullable().optional(),
  note: optionalText(2000),
})

export const AdminCreateOcopPlantingArea = z.object({
  code: text(50),
  kind: z.enum(PLANTING_AREA_KINDS).optional(),
  area_ha: z.number().positive().max(1_000_000).nullable().optional(),
  location: text(500),
  crop: optionalText(200),
  illustrative: z.boolean().optional(),
  note: optionalText(2000),
  source_url: z.url().nullable().optional(),
})

export const AdminCreateOcopStandard = z.object({
  handle: slug.optional(),
  kind: z.enum(STANDARD_KINDS),
  certificate_number: optionalText(100),
  issuer: optionalText(300),
  valid_until: day("valid_until").nullable().optional(),
  scope: optionalText(2000),
  illustrative: z.boolean().optional(),
  source_url: z.url().nullable().optional(),
})

export const AdminUpdateOcopProducer = AdminCreateOcopProducer.partial()
const useRightFields = {
  mark_id: text(100),
  producer_id: text(100),
  certificate_number: optionalText(100),
  decision: optionalText(300),
  granted_by: text(300),
  granted_at: day("granted_at"),
  valid_until: day("valid_until").nullable().optional(),
  revoked_at: day("revoked_at").nullable().optional(),
  source_url: z.url().nullable().optional(),
  note: optionalText(2000),
}
const endsAfterGrant = (r: { granted_at?: string; valid_until?: string | null }) =>
  !r.granted_at || !r.valid_until || new Date(r.valid_until) > new Date(r.granted_at)

/** A producer's right to use a GI or mark (the right-to-use certificate or the owner's approval). */
export const AdminCreateOcopMarkUseRight = z
  .object(useRightFields)
  .refine(endsAfterGrant, { message: "valid_until: must be after granted_at", path: ["valid_until"] })
export const AdminUpdateOcopMarkUseRight = z
  .object(useRightFields)
  .partial()
  .refine(endsAfterGrant, { message: "valid_until: must be after granted_at", path: ["valid_until"] })

export const AdminUpdateOcopMark = AdminCreateOcopMark.partial()
export const AdminUpdateOcopPlantingArea = AdminCreateOcopPlantingArea.partial()
export const AdminUpdateOcopStandard = AdminCreateOcopStandard.partial()

export const AdminSetOcopProvenance = z.object({
  producer_id: text(100).nullable().optional(),
  season_months: months,
  off_season_months: months,
  season_uncertain: z.boolean().optional(),
  traceability_url: z.url().nullable().optional(),
  mark_ids: ids.optional(),
  planting_area_ids: ids.optional(),
  standard_ids: ids.optional(),
})

export type AdminCreateOcopCertificationType = z.infer<typeof AdminCreateOcopCertification>
export type AdminUpdateOcopCertificationType = z.infer<typeof AdminUpdateOcopCertification>
export type AdminUpgradeOcopCertificationType = z.infer<typeof AdminUpgradeOcopCertification>
export type AdminRevokeOcopCertificationType = z.infer<typeof AdminRevokeOcopCertification>
export type AdminListOcopCertificationsType = z.infer<typeof AdminListOcopCertifications>
export type AdminListOcopRecordsType = z.infer<typeof AdminListOcopRecords>
export type AdminSetOcopProvenanceType = z.infer<typeof AdminSetOcopProvenance>

export const AdminRebuildOcopCatalogue = z
  .object({ product_ids: z.array(z.string().trim().min(1).max(100)).min(1).max(1000).optional() })
  .strict()
export type AdminRebuildOcopCatalogueType = z.infer<typeof AdminRebuildOcopCatalogue>
