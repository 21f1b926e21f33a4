/** Events the OCOP workflows emit (data: `{ id, product_id }`, or `{ ids, product_ids }` for expiry). */
export const OcopEvents = {
  CERTIFICATION_CREATED: "ocop.certification.created",
  CERTIFICATION_UPDATED: "ocop.certification.updated",
  CERTIFICATION_UPGRADED: "ocop.certification.upgraded",
  CERTIFICATION_REVOKED: "ocop.certification.revoked",
  CERTIFICATION_EXPIRED: "ocop.certification.expired",
  PROVENANCE_UPDATED: "ocop.provenance.updated",
  /** the catalogue's read model was rewritten (data: `{ product_ids }`, none for a rebuild of every product) */
  CATALOGUE_REFRESHED: "ocop.catalogue.refreshed",
} as const
