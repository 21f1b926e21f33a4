import { toChannelWeeks } from "../demand-history"
import { attributeSearches } from "../search-attribution"

const products = [
  { id: "hong", title: "Hồng không hạt Bảo Lâm", subtitle: "Bảo Lâm seedless persimmon" },
  { id: "hong-vk", title: "Hồng vành khuyên Văn Lãng", subtitle: "Văn Lãng persimmon" },
  { id: "quyt", title: "Quýt vàng Bắc Sơn", subtitle: "Bắc Sơn golden mandarin" },
]

describe("search attribution and demand history", () => {
  it("gives searches to the products they name, shared when ambiguous", () => {
    const out = attributeSearches(
      [
        { week: "2026-W49", query_norm: "hong khong hat", events: 10 },
        { week: "2026-W49", query_norm: "hong", events: 4 },
        { week: "2026-W49", query_norm: "persimmon", events: 2 },
        { week: "2026-W50", query_norm: "quyt lang son", events: 3 },
        { week: "2026-W50", query_norm: "dac san lang son", events: 50 },
        { week: "2026-W50", query_norm: "sau rieng", events: 7 },
      ],
      products
    )
    expect(out).toEqual({
      hong: { "2026-W49": 10 + 2 + 1 },
      "hong-vk": { "2026-W49": 2 + 1 },
      quyt: { "2026-W50": 3 },
    })
  })

  it("weights signals into units per channel and week", () => {
    const history = toChannelWeeks(
      [
        { week: "2026-W49", product_id: "quyt", location_key: "", kind: "order", events: 3, units: 5 },
        { week: "2026-W49", product_id: "quyt", location_key: "", kind: "product_view", events: 40, units: 40 },
        { week: "2026-W49", product_id: "quyt", location_key: "ky-lua", kind: "kiosk_handover", events: 2, units: 6 },
        { week: "2026-W49", product_id: "quyt", location_key: "ky-lua", kind: "kiosk_scan", events: 10, units: 10 },
      ],
      { quyt: { "2026-W49": 20 } }
    )
    // online: 5 ordered + 40 × 0.05 views + 20 × 0.1 searches = 9; kiosk: 6 + 10 × 0.2 = 8
    expect(history).toEqual({ quyt: { online: { "2026-W49": 9 }, "ky-lua": { "2026-W49": 8 } } })
  })
})
