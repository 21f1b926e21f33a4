import type { MetadataRoute } from "next"

/** The web app manifest of one kiosk: installed full screen, it opens on that stall's screen. */
export async function GET(_req: Request, { params }: { params: Promise<{ location: string }> }) {
  const location = (await params).location.replace(/[^\w-]/g, "")
  const manifest: MetadataRoute.Manifest = {
    name: "OCOP Lạng Sơn — kiosk",
    short_name: "OCOP kiosk",
    lang: "vi",
    start_url: `/vi/kiosk/${location}`,
    scope: "/",
    display: "fullscreen",
    background_color: "#ffffff",
    theme_color: "#1f6f43",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  }
  return Response.json(manifest, { headers: { "content-type": "application/manifest+json" } })
}
