/** One CSV field: quoted when it holds a comma, quote or line break; formula prefixes defused. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ""
  let s = value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(s) && typeof value === "string") s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** RFC 4180 text with a header row, CRLF line ends. */
export function toCsv<T extends Record<string, unknown>>(columns: (keyof T & string)[], rows: T[]): string {
  const lines = [columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(","))]
  return lines.join("\r\n") + "\r\n"
}
