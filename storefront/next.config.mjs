import path from "node:path"
import { fileURLToPath } from "node:url"
import withSerwistInit from "@serwist/next"

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Where product photos may come from (read by `next start`, so one build
 * serves any backend): the backend's `/static` (Medusa's local file
 * provider, src/config/file-storage.ts), S3_FILE_URL when the backend
 * stores photos in S3, and the origins in OCOP_IMAGE_HOSTS (e.g. a CDN). The image
 * optimizer fetches only these; Next 15.5 does not refuse loopback or
 * private upstreams (Next 16 does, unless `images.dangerouslyAllowLocalIP`),
 * and the list is what keeps `/_next/image` from fetching anything else.
 */
function photoSources() {
  const backend = (process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").trim().replace(/\/+$/, "")
  const hosts = `${process.env.S3_FILE_URL || ""} ${process.env.OCOP_IMAGE_HOSTS || ""}`.split(/[\s,]+/).filter(Boolean)
  return [`${backend}/static/**`, ...hosts.map((h) => `${h.replace(/\/+$/, "")}/**`)].flatMap((u) => {
    try {
      return [new URL(u)]
    } catch {
      return []
    }
  })
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // the custom server (src/server/) compresses: an HTML page must be hashed for its CSP first
  compress: false,
  reactStrictMode: true,
  // the npm workspace root holds the hoisted packages
  outputFileTracingRoot: path.join(here, ".."),
  eslint: { ignoreDuringBuilds: true },
  // the shared chart package and the VietQR payload rules (@ocop-live/payment-vietqr/payload,
  // for the offline kiosk's transfer QRs) ship TypeScript sources (compiled by each app's bundler)
  transpilePackages: ["@ocop-live/charts", "@ocop-live/payment-vietqr"],
  // the root layout sits under [locale]; this page answers unknown URLs
  // ISR pages are made on a visit to any product or stream URL: kept in memory only (Next's LRU,
  // `cacheMaxMemorySize`, 50 MB), so made-up URLs cannot fill the disk
  experimental: { globalNotFound: true, isrFlushToDisk: false },
  images: {
    remotePatterns: photoSources(),
    formats: ["image/avif", "image/webp"],
    // a product photo changes name when replaced (the upload time is in it)
    minimumCacheTTL: 86_400,
  },
  async redirects() {
    return [{ source: "/", destination: "/vi", permanent: false }]
  },
}

/**
 * The kiosk's service worker (src/app/sw.ts → public/sw.js, with the build's
 * precache manifest); the kiosk pages register it themselves.
 */
const withSerwist = withSerwistInit({
  swSrc: "src/app/sw.ts",
  swDest: "public/sw.js",
  register: false,
  disable: process.env.NODE_ENV === "development",
})

export default withSerwist(nextConfig)
