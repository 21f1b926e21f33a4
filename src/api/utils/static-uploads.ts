import type { MiddlewareRoute } from "@medusajs/framework/http"
import express from "express"
import { servesLocalUploads, STATIC_PATH, uploadDir } from "../../config/file-storage"

/**
 * Serves the local File Module provider's uploads (`<OCOP_DATA_DIR>/uploads`)
 * at `/static`, the URL the provider gives each file. Medusa itself serves
 * only `<project>/static` there; anything it does not find falls through to
 * this folder. Nothing is added when the photos live in S3.
 *
 * File names carry the upload time, so a name never changes content: long
 * caching is safe. An uploaded file never runs as a page of the backend's
 * origin (the admin lives there): no sniffing, and a sandboxing CSP.
 */
export function staticUploadsMiddlewares(env: Record<string, string | undefined> = process.env): MiddlewareRoute[] {
  if (!servesLocalUploads(env)) return []
  const serve = express.static(uploadDir(env), {
    index: false,
    fallthrough: true,
    maxAge: "365d",
    immutable: true,
    setHeaders: (res) => {
      res.setHeader("X-Content-Type-Options", "nosniff")
      res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
    },
  })
  return [{ matcher: STATIC_PATH, middlewares: [serve as any] }]
}
