import { model } from "@medusajs/framework/utils"
import OcopCertification from "./certification"
import OcopMarkUseRight from "./mark-use-right"
import OcopProductProvenance from "./product-provenance"

export const PRODUCER_TYPES = [
  "cooperative",
  "cooperative_group",
  "enterprise",
  "household_business",
  "community",
] as const

/**
 * The OCOP subject (chủ thể): the cooperative, cooperative group, enterprise
 * or household business that owns a certified product. The address carries
 * the post-07/2025 commune/ward and the legacy (pre-07/2025) district.
 */
const OcopProducer = model
  .define("ocop_producer", {
    id: model.id({ prefix: "ocpr" }).primaryKey(),
    /** natural key (the seed's producer key, or a slug given by the admin) */
    handle: model.text(),
    name: model.text().searchable(),
    type: model.enum([...PRODUCER_TYPES]),
    representative: model.text().nullable(),
    /**
     * business / cooperative registration number (mã số doanh nghiệp / HTX,
     * or the household business's registration), only when a source gives it
     */
    registration_number: model.text().nullable(),
    phone: model.text().nullable(),
    address: model.text().nullable(),
    commune: model.text().nullable(),
    district: model.text().nullable(),
    /** the district was inferred from the commune, not stated by a source */
    district_inferred: model.boolean().default(false),
    /** no source names the producer: `name` only describes it */
    placeholder: model.boolean().default(false),
    /** the producer's story; translatable, served in the visitor's language as `story` */
    story_vi: model.text().translatable().nullable(),
    story_en: model.text().nullable(),
    certifications: model.hasMany(() => OcopCertification, { mappedBy: "producer" }),
    provenances: model.hasMany(() => OcopProductProvenance, { mappedBy: "producer" }),
    mark_use_rights: model.hasMany(() => OcopMarkUseRight, { mappedBy: "producer" }),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["district"] },
  ])

export default OcopProducer
