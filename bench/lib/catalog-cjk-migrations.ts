/** The OCOP catalogue read model's migrations as SQL, for catalog-cjk-search.ts (no Medusa). */
import { Migration20261206000100 } from "../../plugins/ocop/src/modules/ocop/migrations/Migration20261206000100"
import { Migration20261207000100 } from "../../plugins/ocop/src/modules/ocop/migrations/Migration20261207000100"
import { Migration20261208000100 } from "../../plugins/ocop/src/modules/ocop/migrations/Migration20261208000100"
import { Migration20261208000200 } from "../../plugins/ocop/src/modules/ocop/migrations/Migration20261208000200"
import { Migration20261208000400 } from "../../plugins/ocop/src/modules/ocop/migrations/Migration20261208000400"

import { cjkBigrams } from "../../plugins/ocop/src/modules/ocop/lib/catalogue/text"

const CATALOGUE_MIGRATIONS: any[] = [
  Migration20261206000100, Migration20261207000100, Migration20261208000100, Migration20261208000200, Migration20261208000400,
]

export async function catalogueStatements(): Promise<string[]> {
  const out: string[] = []
  for (const M of CATALOGUE_MIGRATIONS) {
    const m = new M({ getPlatform: () => ({}) }, { get: () => undefined })
    await m.up()
    out.push(...m.getQueries().map((q: any) => (typeof q === "string" ? q : q.sql)))
  }
  return out
}

/** A generated row's search columns, as the module's refresh writes them. */
export function searchColumns<R extends { zh: string }>(r: R, search_text: string) {
  return { ...r, search_text, search_bigrams: cjkBigrams(search_text), titles: { "zh-CN": r.zh } }
}

export const extraColumns = ", search_bigrams"
export const extraValues = ", x.search_bigrams"
export const extraTypes = ", search_bigrams text[]"
