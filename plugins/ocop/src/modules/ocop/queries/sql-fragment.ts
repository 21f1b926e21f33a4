/** A piece of SQL with its `?` bindings in order, so pieces compose safely. */
export type Sql = { text: string; values: unknown[] }

const isSql = (v: unknown): v is Sql =>
  !!v && typeof v === "object" && "text" in (v as object) && Array.isArray((v as Sql).values)

/** sql`a = ${value} AND ${otherSql}`: values become `?` bindings, fragments are inlined. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  let text = strings[0]
  const values: unknown[] = []
  parts.forEach((part, i) => {
    if (isSql(part)) {
      text += part.text
      values.push(...part.values)
    } else {
      text += "?"
      values.push(part)
    }
    text += strings[i + 1]
  })
  return { text, values }
}

export function joinSql(parts: Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), values: parts.flatMap((p) => p.values) }
}

/** Conditions joined with AND (TRUE when none). */
export const allOf = (parts: Sql[]): Sql => (parts.length ? joinSql(parts.map((p) => sql`(${p})`), " AND ") : sql`TRUE`)

/** Trusted SQL text (a keyword or identifier chosen by the code, never by a client). */
export const raw = (text: string): Sql => ({ text, values: [] })
