/**
 * A real PNG built in memory (no image library): `width` × `height` RGB,
 * a diagonal gradient with a little noise so it does not compress to nothing.
 */
import { crc32, deflateSync, inflateSync } from "zlib"

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

export function gradientPng(width: number, height: number, seed = 1): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height)
  let state = seed
  const noise = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0x03
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    rows[row] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 3
      rows[p] = Math.round((x / width) * 200) + noise()
      rows[p + 1] = Math.round((y / height) * 180) + noise()
      rows[p + 2] = 90 + noise()
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** A decoded 8-bit PNG: `channels` bytes per pixel (3 RGB, 4 RGBA), rows top to bottom. */
export type DecodedPng = { width: number; height: number; channels: number; pixels: Buffer }

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what the share-image
 * renderer writes); throws on anything else or a broken file, so a test
 * reading one knows it is a real image.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG")
  let offset = 8
  let header: Buffer | null = null
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString("ascii", offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if ((crc32(png.subarray(offset + 4, offset + 8 + length)) >>> 0) !== png.readUInt32BE(offset + 8 + length)) throw new Error(`bad CRC in ${type}`)
    if (type === "IHDR") header = body
    if (type === "IDAT") data.push(body)
    if (type === "IEND") break
    offset += 12 + length
  }
  if (!header) throw new Error("no IHDR")
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const [depth, colour, , , interlace] = [header[8], header[9], header[10], header[11], header[12]]
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`)
  const channels = colour === 6 ? 4 : 3
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const pixels = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]
      if (predictor === undefined) throw new Error(`bad filter ${filter} on row ${y}`)
      pixels[y * stride + x] = (line[x] + predictor) & 0xff
    }
  }
  return { width, height, channels, pixels }
}
