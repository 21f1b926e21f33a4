/**
 * An iCalendar file (RFC 5545) with one event: a scheduled stream, for
 * "add to calendar" on a phone or a desktop calendar.
 */
export type CalendarStream = {
  id: string
  title: string
  description?: string | null
  scheduledAt: Date
  /** the stream's page, if known */
  url?: string | null
  /** how long calendars show it (streams have no planned end) */
  minutes?: number
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n")
}

/** Lines longer than 75 octets folded onto continuation lines, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ""
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8")
    const limit = out.length ? 74 : 75 // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current)
      current = ""
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join("\r\n ")
}

/** UTC date-time in the basic format, e.g. 20261205T130000Z. */
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")

export function streamCalendar(s: CalendarStream, now: Date = new Date()): string {
  const end = new Date(s.scheduledAt.getTime() + (s.minutes ?? 60) * 60_000)
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ocop-live//live-selling//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${s.id}@live-selling`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(s.scheduledAt)}`,
    `DTEND:${utc(end)}`,
    `SUMMARY:${escapeText(s.title)}`,
    ...(s.description || s.url ? [`DESCRIPTION:${escapeText([s.description, s.url].filter(Boolean).join("\n"))}`] : []),
    ...(s.url ? [`URL:${s.url}`] : []),
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-PT10M",
    `DESCRIPTION:${escapeText(s.title)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ]
  return lines.map(foldLine).join("\r\n") + "\r\n"
}
