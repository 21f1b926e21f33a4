/**
 * Vietnamese text to the ASCII a transfer description (62.08) may carry:
 * NFD, drop combining marks U+0300-U+036F, then đ→d and Đ→D (they do not
 * decompose), drop anything else outside printable ASCII, collapse spaces.
 * "ủng hộ lũ lụt" → "ung ho lu lut".
 */
export function toTransferText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/\s+/g, " ")
    .trim()
}
