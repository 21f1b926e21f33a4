/** What a messaging app's link preview reads from a page: its og tags, and the og:image as an image. */
export type LinkPreview = {
  title?: string
  description?: string
  image?: { status: number; type: string | null; width: number; height: number }
  /** the og:image's bytes, to decode */
  imageBytes?: Buffer
}

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")

export async function linkPreview(url: string): Promise<LinkPreview> {
  const html = await (await fetch(url, { headers: { "user-agent": "facebookexternalhit/1.1" } })).text()
  const og = (name: string) => {
    const m = html.match(new RegExp(`<meta property="og:${name}" content="([^"]*)"`))
    return m ? decode(m[1]) : undefined
  }
  const preview: LinkPreview = { title: og("title"), description: og("description") }
  const src = og("image")
  if (src) {
    const res = await fetch(new URL(src, url))
    const png = Buffer.from(await res.arrayBuffer())
    const isPng = png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    preview.image = {
      status: res.status,
      type: res.headers.get("content-type"),
      // the IHDR chunk: width and height, big-endian, after the signature and chunk header
      width: isPng ? png.readUInt32BE(16) : 0,
      height: isPng ? png.readUInt32BE(20) : 0,
    }
    preview.imageBytes = png
  }
  return preview
}
