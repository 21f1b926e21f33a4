import QRCode from "qrcode"

/**
 * The payload as an SVG QR code. Error correction M (vietqr.md §13), the
 * exact string (no trailing newline, no URL-encoding), default quiet zone.
 */
export async function renderQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M" })
}

/** The payload as a PNG data URL, for clients that cannot inline SVG. */
export async function renderQrDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: "M" })
}
