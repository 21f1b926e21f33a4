import fs from "fs"
import path from "path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { demoVideoFile, demoVideoDir } from "../../../lib/demo-video"

/**
 * GET /demo-video/live.m3u8 and its segments: the seeded demo stream's live
 * HLS video, written by the ffmpeg `npm start` runs (scripts/lib/demo-video.js)
 * into OCOP_DEMO_VIDEO_DIR. Public and cross-origin (the live widget plays it
 * on any page); the playlist changes every 2 s, so it is never cached.
 * 404 while there is none (ffmpeg not available or not started yet).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const file = demoVideoFile(req.params.file)
  const full = file ? path.join(demoVideoDir(), file.name) : null
  let body: Buffer | null = null
  try {
    body = full ? await fs.promises.readFile(full) : null
  } catch {}
  if (!file || !body) {
    res.status(404).json({ type: "not_found", message: `No demo video file ${req.params.file}` })
    return
  }
  res.setHeader("Content-Type", file.contentType)
  res.setHeader("Cache-Control", file.cacheControl)
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  res.status(200).end(body)
}
