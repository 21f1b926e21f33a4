import path from "node:path"
import { fileURLToPath } from "node:url"
import withSerwistInit from "@serwist/next"

const here = path.dirname(fileURLToPath(import.meta.url))

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // the npm workspace root holds the hoisted packages
  outputFileTracingRoot: path.join(here, ".."),
  eslint: { ignoreDuringBuilds: true },
  // the root layout sits under [locale]; this page answers unknown URLs
  experimental: { globalNotFound: true },
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
