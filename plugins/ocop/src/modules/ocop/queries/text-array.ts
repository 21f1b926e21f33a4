/**
 * A PostgreSQL text[] literal for one bound parameter (`?::text[]`):
 * every element double-quoted, with `"` and `\` escaped.
 */
export function textArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`
}
