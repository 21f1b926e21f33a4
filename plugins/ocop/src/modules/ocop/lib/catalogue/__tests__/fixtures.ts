import { buildRows } from "../rows"
import type { CatalogueProductFields, OcopProductSummary } from "../types"

export const NOW = new Date("2026-11-28T10:00:00Z")

const product = (id: string, title: string, created: string): CatalogueProductFields => ({
  id,
  title,
  handle: id,
  subtitle: null,
  created_at: created,
})

const cert = (stars: number, status: any, valid_until: string, group: any = "food") => ({
  stars,
  status,
  valid_until,
  group,
})

export const PRODUCTS = [
  product("na", "Na Chi Lăng", "2026-01-01"),
  product("quyt", "Quýt vàng Bắc Sơn", "2026-01-02"),
  product("ruou", "Rượu men lá Công Sơn", "2026-01-03"),
  product("kale", "Cải xoăn hữu cơ", "2026-01-04"),
  product("hong", "Hồng không hạt Bảo Lâm", "2026-01-05"),
]

/** A right to use a mark, granted before the tests' dates and not ended. */
const RIGHT = { granted_at: "2020-01-01T00:00:00.000Z", valid_until: null, revoked_at: null }

export const SUMMARIES: OcopProductSummary[] = [
  {
    product_id: "na",
    certification: cert(4, "active", "2028-07-01"),
    producer: { id: "p1", name: "HTX Đồng Bành", district: "Chi Lăng", commune: "xã Chi Lăng" },
    season_months: [7, 8, 9],
    marks: [
      { id: "m1", kind: "geographical_indication", registry_number: "00140", name: "Lạng Sơn (quả na)", use_right: RIGHT },
      { id: "m2", kind: "certification_mark", registry_number: null, name: "Na Chi Lăng", use_right: RIGHT },
    ],
    standard_kinds: ["vietgap"],
  },
  {
    product_id: "quyt",
    // active in the database but past its date: no badge
    certification: cert(4, "active", "2024-07-01"),
    producer: { id: "p2", name: "Nhà vườn Bắc Sơn", district: "Bắc Sơn", commune: null },
    season_months: [11, 12, 1, 2],
    marks: [{ id: "m3", kind: "collective_mark", registry_number: null, name: "Quýt vàng Bắc Sơn", use_right: RIGHT }],
    standard_kinds: ["vietgap"],
  },
  {
    product_id: "ruou",
    certification: cert(3, "active", "2027-01-18", "beverage"),
    producer: { id: "p3", name: "HTX Công Sơn", district: "Cao Lộc", commune: "xã Công Sơn" },
    season_months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    marks: [],
    standard_kinds: [],
  },
  {
    product_id: "kale",
    certification: cert(4, "active", "2028-12-31"),
    producer: { id: "p4", name: "HTX Nông sản Hữu Lũng", district: "Hữu Lũng", commune: "xã Hữu Lũng" },
    season_months: [10, 11, 12, 1, 2, 3, 4],
    marks: [],
    standard_kinds: ["organic"],
  },
  {
    product_id: "hong",
    certification: null,
    producer: { id: "p5", name: "Nhà vườn Bảo Lâm", district: "Cao Lộc", commune: null },
    season_months: [9, 10],
    marks: [{ id: "m4", kind: "geographical_indication", registry_number: "00032", name: "Bảo Lâm", use_right: RIGHT }],
    standard_kinds: [],
  },
]

export const rows = () => buildRows(PRODUCTS, SUMMARIES, NOW)
