import { model } from "@medusajs/framework/utils"
import { OCOP_GROUPS } from "../lib/groups"
import OcopProducer from "./producer"

export const CERTIFICATION_STATUSES = ["active", "expired", "revoked", "superseded"] as const
export const ISSUING_LEVELS = ["district", "provincial", "central"] as const

/**
 * One OCOP rating decision for a product (Decision 148/QĐ-TTg scoring).
 * `stars` and `valid_until` are derived from the scores and the decision
 * date by the pure rules in `lib/`, never typed in. An upgrade supersedes
 * the previous record, which stays as history (`superseded_by_id`).
 * At most one active record per product.
 */
const OcopCertification = model
  .define("ocop_certification", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    product_id: model.text(),
    producer: model.belongsTo(() => OcopProducer, { mappedBy: "certifications" }).nullable(),
    score_a: model.float(),
    score_b: model.float(),
    score_c: model.float(),
    score_total: model.float(),
    /** the scores were derived by the seed from the stars, not published */
    illustrative_scores: model.boolean().default(false),
    stars: model.number(),
    group: model.enum([...OCOP_GROUPS]),
    subgroup: model.text().nullable(),
    decision_number: model.text().nullable(),
    decided_at: model.dateTime(),
    /** only the year is known; `decided_at` is set to 1 July of that year */
    decided_at_approximate: model.boolean().default(false),
    issuing_body: model.text().nullable(),
    issuing_level: model.enum([...ISSUING_LEVELS]),
    /** the body was inferred from the rules in force, not stated by a source */
    issuing_body_inferred: model.boolean().default(false),
    /** only when printed on the owner's certificate; never invented */
    certificate_number: model.text().nullable(),
    round: model.text().nullable(),
    valid_until: model.dateTime(),
    status: model.enum([...CERTIFICATION_STATUSES]).default("active"),
    supersedes_id: model.text().nullable(),
    superseded_by_id: model.text().nullable(),
    expired_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    revocation_reason: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id", "status"] },
    { on: ["status", "valid_until"] },
    {
      name: "IDX_ocop_certification_one_active_per_product",
      on: ["product_id"],
      unique: true,
      where: "status = 'active'",
    },
  ])
  .checks([
    {
      name: "ocop_certification_scores_range",
      expression: (c) =>
        `${c.score_a} BETWEEN 0 AND 40 AND ${c.score_b} BETWEEN 0 AND 25 AND ${c.score_c} BETWEEN 0 AND 35`,
    },
    {
      name: "ocop_certification_total_sum",
      expression: (c) => `abs(${c.score_a} + ${c.score_b} + ${c.score_c} - ${c.score_total}) < 0.01`,
    },
    {
      name: "ocop_certification_stars_certified",
      expression: (c) => `${c.stars} BETWEEN 3 AND 5`,
    },
    {
      name: "ocop_certification_validity_after_decision",
      expression: (c) => `${c.valid_until} > ${c.decided_at}`,
    },
  ])

export default OcopCertification
