import QRCode from "qrcode"

/** A QR code rendered on the server as inline SVG (no client JavaScript). */
export async function QrSvg({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
  return (
    <div
      className="qr"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-qr-text={text}
      // our own SVG, generated from `text` just above
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}
