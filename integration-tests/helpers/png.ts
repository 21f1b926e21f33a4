/**
 * A real PNG built in memory (no image library): `width` × `height` RGB,
 * a diagonal gradient with a little noise so it does not compress to nothing.
 */
import { crc32, deflateSync } from "zlib"

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
