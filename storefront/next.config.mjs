import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // the npm workspace root holds the hoisted packages
  outputFileTracingRoot: path.join(here, ".."),
  eslint: { ignoreDuringBuilds: true },
  // the shared chart package ships TypeScript sources (compiled by each app's bundler)
  transpilePackages: ["@ocop-live/charts"],
  // the root layout sits under [locale]; this page answers unknown URLs
  experimental: { globalNotFound: true },
  async redirects() {
    return [{ source: "/", destination: "/vi", permanent: false }]
  },
}

export default nextConfig
