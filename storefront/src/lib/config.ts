import "server-only"

/**
 * Runtime configuration, read on the server at request time (never inlined
 * at build time), so one build works with any key and ports. The dynamic
 * key keeps Next from replacing `process.env.NEXT_PUBLIC_*` during the build.
 */
function env(name: string): string | undefined {
  const value = process.env[name]
  return value && value.trim() ? value.trim() : undefined
}

export type RuntimeConfig = {
  /** URL the storefront server uses to reach Medusa */
  backendUrl: string
  /** URL browsers use to reach Medusa (the same unless behind a proxy) */
  publicBackendUrl: string
  publishableKey: string
  /** Socket.IO gateway base URL as browsers reach it */
  liveUrl: string
}

export function runtimeConfig(): RuntimeConfig {
  const publicBackendUrl =
    env(["NEXT", "PUBLIC", "MEDUSA_BACKEND_URL"].join("_")) ?? env("MEDUSA_BACKEND_URL") ?? "http://localhost:9000"
  const livePort = env("LIVE_PORT")
  return {
    backendUrl: (env("MEDUSA_INTERNAL_URL") ?? publicBackendUrl).replace(/\/$/, ""),
    publicBackendUrl: publicBackendUrl.replace(/\/$/, ""),
    publishableKey:
      env(["NEXT", "PUBLIC", "MEDUSA_PUBLISHABLE_KEY"].join("_")) ?? env("MEDUSA_PUBLISHABLE_KEY") ?? "",
    liveUrl: (env("LIVE_URL") ?? `ws://localhost:${livePort ?? "9001"}`).replace(/\/$/, ""),
  }
}
