import { model } from "@medusajs/framework/utils"
import OcopMark from "./mark"
import OcopProducer from "./producer"

/**
 * A producer's right to use a mark on its products: for a geographical
 * indication, the right-to-use certificate the managing body grants; for a
 * collective or certification mark, the owner's approval (IP Law 2005, Art.
 * 88, 105; ocop-domain §2). A product shows a mark's badge only while its
 * producer holds such a right (`lib/mark-use.ts`).
 */
const OcopMarkUseRight = model
  .define("ocop_mark_use_right", {
    id: model.id({ prefix: "ocmu" }).primaryKey(),
    mark: model.belongsTo(() => OcopMark, { mappedBy: "use_rights" }),
    producer: model.belongsTo(() => OcopProducer, { mappedBy: "mark_use_rights" }),
    /** the right-to-use certificate's number, when one is issued */
    certificate_number: model.text().nullable(),
    /** the decision granting it (number and name) */
    decision: model.text().nullable(),
    /** the body that granted it (the GI's managing body, the mark's owner) */
    granted_by: model.text(),
    granted_at: model.dateTime(),
    valid_until: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    source_url: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["mark_id", "producer_id"] }, { on: ["producer_id"] }])

export default OcopMarkUseRight
