import { ALL_YEAR, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const EXPERIENCE_PRODUCERS: CatalogueProducer[] = [
  {
    key: "don-vi-quan-ly-den-bac-le",
    name: "Đơn vị quản lý di tích Đền Bắc Lệ",
    type: "community",
    commune: "xã Tân Thành",
    district: "Hữu Lũng",
    district_inferred: true,
    placeholder: true,
    story_vi:
      "Đền Bắc Lệ (xã Tân Thành) là sản phẩm du lịch OCOP đầu tiên của Lạng Sơn, đạt 4 sao tháng 9/2025. Nguồn tin không nêu tên đơn vị quản lý di tích.",
    story_en:
      "Bắc Lệ temple (Tân Thành commune) is Lạng Sơn's first OCOP tourism product, rated 4★ in September 2025. The source does not name the body that manages the relic.",
  },
]

export const EXPERIENCE_PRODUCTS: CatalogueProduct[] = [
  {
    row: "extra",
    handle: "den-bac-le",
    title: "Tham quan Đền Bắc Lệ",
    subtitle: "Visit to Bắc Lệ temple",
    description:
      "Tham quan khu di tích Đền Bắc Lệ ở xã Tân Thành, sản phẩm du lịch OCOP 4 sao đầu tiên của Lạng Sơn (9/2025). Giá vé là giá tham khảo.",
    description_en:
      "A visit to the Bắc Lệ temple relic in Tân Thành commune, Lạng Sơn's first 4★ OCOP tourism product (September 2025). The ticket price is indicative.",
    producer: "don-vi-quan-ly-den-bac-le",
    ocop: {
      stars: 4,
      year: 2025,
      group: "tourism",
      subgroup: "tourist destination (relic)",
      note: "Recognised 09/2025; decision number and exact date not in sources.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Vé tham quan", "LS-DENBACLE-VE", 30000, true, 500)],
    category: "du-lich",
    tags: ["experience"],
    is_experience: true,
  },
]
