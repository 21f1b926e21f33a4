import { CHAT_TEXT_MAX } from "@ocop-live/contract"

export const MAX_CHAT_LENGTH = CHAT_TEXT_MAX

// C0/C1 controls, bidi overrides/isolates, zero-width and BOM characters.
// U+200D (zero-width joiner) is kept: emoji sequences need it.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
const WHITESPACE_RUN = /[\s\u00A0]+/g
const HTML_SPECIAL = /[&<>"']/g
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export type CleanText = { ok: true; text: string } | { ok: false; problem: string }

/**
 * Plain text from a viewer: NFC, line breaks and tabs become spaces,
 * invisible/control characters removed, whitespace collapsed, 1-500
 * characters (code points). Not yet escaped (see `escapeHtml`).
 */
export function cleanChatText(raw: unknown, max = MAX_CHAT_LENGTH): CleanText {
  if (typeof raw !== "string") {
    return { ok: false, problem: "must be a string" }
  }
  const text = raw
    .normalize("NFC")
    .replace(/[\r\n\t\v\f]/g, " ")
    .replace(INVISIBLE, "")
    .replace(WHITESPACE_RUN, " ")
    .trim()
  const length = [...text].length
  if (length === 0) {
    return { ok: false, problem: "must not be empty" }
  }
  if (length > max) {
    return { ok: false, problem: `must be at most ${max} characters` }
  }
  return { ok: true, text }
}

/** Escapes `& < > " '` so no markup reaches anyone. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITY[c])
}

/** A short display name (guests choose theirs), escaped. */
export function cleanDisplayName(raw: unknown, fallback: string): string {
  const r = cleanChatText(raw, 40)
  return escapeHtml(r.ok ? r.text : fallback)
}
