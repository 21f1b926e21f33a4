import { IntlMessageFormat } from "intl-messageformat"
import { HTML_LANG, type Locale } from "./locales"

export type MessageValues = Record<string, string | number>

const MAX_CACHED = 2000
const formats = new Map<string, IntlMessageFormat>()

function compiled(locale: Locale, message: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`
  let format = formats.get(key)
  if (!format) {
    // the dictionaries' own messages: a bounded set, compiled once per locale
    if (formats.size >= MAX_CACHED) formats.clear()
    format = new IntlMessageFormat(message, HTML_LANG[locale], undefined, { ignoreTag: true })
    formats.set(key, format)
  }
  return format
}

/**
 * Formats one of the dictionaries' ICU messages in its locale: `{name}`
 * arguments, plurals (`{n, plural, one {# item} other {# items}}`), numbers
 * and selects, through FormatJS's intl-messageformat.
 */
export function fmt(locale: Locale, message: string, values: MessageValues): string {
  return String(compiled(locale, message).format(values))
}
