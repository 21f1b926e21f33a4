import path from "path"

/**
 * Where product photos (and other admin uploads, `POST /admin/uploads`) are
 * kept: Medusa's File Module with one provider, chosen from the environment.
 *
 * - Default: the local provider (`@medusajs/medusa/file-local`). Files go to
 *   `<OCOP_DATA_DIR>/uploads` (`.data/uploads`), and the backend serves them
 *   at `<MEDUSA_BACKEND_URL>/static/<file>` (see `staticUploads`).
 * - With `S3_BUCKET`: the S3 provider (`@medusajs/medusa/file-s3`), for AWS
 *   S3 or any S3-compatible store (`S3_ENDPOINT`, e.g. MinIO or R2); files
 *   are then served from `S3_FILE_URL`, which the storefront must allow
 *   (`OCOP_IMAGE_HOSTS`).
 */

/** The URL path the backend serves local uploads under (the local provider's default). */
export const STATIC_PATH = "/static"

type Env = Record<string, string | undefined>

const trimmed = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined)

/** The backend's URL as browsers (and the storefront's image optimizer) reach it. */
export function publicBackendUrl(env: Env = process.env): string {
  return (trimmed(env.MEDUSA_BACKEND_URL) ?? `http://localhost:${trimmed(env.PORT) ?? "9000"}`).replace(/\/+$/, "")
}

/** The folder the local provider writes public uploads to. */
export function uploadDir(env: Env = process.env, cwd = process.cwd()): string {
  return path.join(path.resolve(cwd, trimmed(env.OCOP_DATA_DIR) ?? ".data"), "uploads")
}

const S3_REQUIRED = ["S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION", "S3_BUCKET"] as const

function s3Provider(env: Env) {
  const missing = S3_REQUIRED.filter((name) => !trimmed(env[name]))
  if (missing.length) {
    throw new Error(`S3_BUCKET is set, so product photos go to S3, but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set.`)
  }
  return {
    resolve: "@medusajs/medusa/file-s3",
    id: "s3",
    options: {
      file_url: trimmed(env.S3_FILE_URL)!.replace(/\/+$/, ""),
      access_key_id: trimmed(env.S3_ACCESS_KEY_ID),
      secret_access_key: trimmed(env.S3_SECRET_ACCESS_KEY),
      region: trimmed(env.S3_REGION),
      bucket: trimmed(env.S3_BUCKET),
      ...(trimmed(env.S3_ENDPOINT) ? { endpoint: trimmed(env.S3_ENDPOINT) } : {}),
      ...(trimmed(env.S3_PREFIX) ? { prefix: trimmed(env.S3_PREFIX) } : {}),
    },
  }
}

function localProvider(env: Env, cwd: string) {
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: {
      upload_dir: uploadDir(env, cwd),
      // Medusa's default: "private" files (e.g. product exports) sit beside
      // the public ones, so their download links keep working
      private_upload_dir: uploadDir(env, cwd),
      backend_url: `${publicBackendUrl(env)}${STATIC_PATH}`,
    },
  }
}

/** The File Module's entry in `medusa-config.ts` `modules`. */
export function fileModuleFromEnv(env: Env = process.env, cwd = process.cwd()) {
  return {
    resolve: "@medusajs/medusa/file",
    options: { providers: [trimmed(env.S3_BUCKET) ? s3Provider(env) : localProvider(env, cwd)] },
  }
}

/** Whether the backend serves uploads itself (the local provider). */
export function servesLocalUploads(env: Env = process.env): boolean {
  return !trimmed(env.S3_BUCKET)
}
