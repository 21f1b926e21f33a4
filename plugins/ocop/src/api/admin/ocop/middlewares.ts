import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreateOcopCertification,
  AdminCreateOcopMark,
  AdminCreateOcopMarkUseRight,
  AdminCreateOcopPlantingArea,
  AdminCreateOcopProducer,
  AdminCreateOcopStandard,
  AdminExpiringOcopCertifications,
  AdminListOcopCertifications,
  AdminListOcopRecords,
  AdminRebuildOcopCatalogue,
  AdminRevokeOcopCertification,
  AdminSetOcopProvenance,
  AdminUpdateOcopCertification,
  AdminUpdateOcopMark,
  AdminUpdateOcopMarkUseRight,
  AdminUpdateOcopPlantingArea,
  AdminUpdateOcopProducer,
  AdminUpdateOcopStandard,
  AdminUpgradeOcopCertification,
} from "./validators"

const list = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { isList: true, defaults: [] })

const records: [string, Parameters<typeof validateAndTransformBody>[0], Parameters<typeof validateAndTransformBody>[0]][] = [
  ["producers", AdminCreateOcopProducer, AdminUpdateOcopProducer],
  ["marks", AdminCreateOcopMark, AdminUpdateOcopMark],
  ["planting-areas", AdminCreateOcopPlantingArea, AdminUpdateOcopPlantingArea],
  ["standards", AdminCreateOcopStandard, AdminUpdateOcopStandard],
  ["mark-use-rights", AdminCreateOcopMarkUseRight, AdminUpdateOcopMarkUseRight],
]

/**
 * Admin OCOP routes: Medusa authenticates every /admin route (401 without
 * a session, bearer token or secret API key); these validate the input.
 */
export const adminOcopMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/certifications", middlewares: [list(AdminListOcopCertifications)] },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certifications",
    middlewares: [validateAndTransformBody(AdminCreateOcopCertification)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certifications/:id",
    middlewares: [validateAndTransformBody(AdminUpdateOcopCertification)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certifications/:id/upgrade",
    middlewares: [validateAndTransformBody(AdminUpgradeOcopCertification)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/certifications/:id/revoke",
    middlewares: [validateAndTransformBody(AdminRevokeOcopCertification)],
  },
  {
    method: ["GET"],
    matcher: "/admin/ocop/expiring-certifications",
    middlewares: [validateAndTransformQuery(AdminExpiringOcopCertifications, { defaults: [] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/products/:id/provenance",
    middlewares: [validateAndTransformBody(AdminSetOcopProvenance)],
  },
  {
    method: ["POST"],
    matcher: "/admin/ocop/catalogue/rebuild",
    middlewares: [validateAndTransformBody(AdminRebuildOcopCatalogue)],
  },
  ...records.flatMap(([path, create, update]): MiddlewareRoute[] => [
    { method: ["GET"], matcher: `/admin/ocop/${path}`, middlewares: [list(AdminListOcopRecords)] },
    { method: ["POST"], matcher: `/admin/ocop/${path}`, middlewares: [validateAndTransformBody(create)] },
    { method: ["POST"], matcher: `/admin/ocop/${path}/:id`, middlewares: [validateAndTransformBody(update)] },
  ]),
]
