import { ALL_YEAR, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const BEVERAGE_PRODUCERS: CatalogueProducer[] = [
  {
    key: "htx-cong-son",
    name: "HTX Nông nghiệp Công Sơn",
    type: "cooperative",
    phone: "0961.114.845",
    address: "Thôn Cốc Tranh, xã Công Sơn",
    commune: "xã Công Sơn",
    district: "Cao Lộc",
    story_vi:
      "Hợp tác xã của người Dao ở thôn Cốc Tranh, xã Công Sơn, dưới chân núi Mẫu Sơn, nấu rượu bằng men lá. Rượu đạt OCOP 3 sao tháng 4/2022 và 4 sao ngày 18/01/2024.",
    story_en:
      "A cooperative in Cốc Tranh village, Công Sơn commune, at the foot of Mẫu Sơn, making Dao leaf-yeast rice wine. Its wine was rated OCOP 3★ in April 2022 and 4★ on 18 January 2024.",
  },
  {
    key: "ho-nong-thi-chi",
    name: "Hộ Nông Thị Chỉ",
    type: "household_business",
    representative: "Nông Thị Chỉ",
    address: "Thôn Đon Chợ, xã Hữu Lễ, huyện Văn Quan (cũ)",
    district: "Văn Quan",
    story_vi: "Hộ gia đình bà Nông Thị Chỉ ở thôn Đon Chợ, xã Hữu Lễ, nấu rượu men lá, sản phẩm OCOP 3 sao năm 2019.",
    story_en:
      "The household of Mrs Nông Thị Chỉ in Đon Chợ village, Hữu Lễ commune, makes leaf-yeast rice wine, an OCOP 3★ product of 2019.",
  },
  {
    key: "co-so-ruou-hoi-hoan",
    name: "Cơ sở rượu Hội Hoan",
    type: "household_business",
    district: "Văn Lãng",
    placeholder: true,
    story_vi:
      "Rượu Hội Hoan (Văn Lãng) đạt OCOP 3 sao năm 2020. Nguồn tin chỉ nêu tên sản phẩm, không nêu tên và loại hình chủ thể.",
    story_en:
      "Hội Hoan rice wine (Văn Lãng) was rated OCOP 3★ in 2020. The source names only the product, not the owner or its legal form.",
  },
  {
    key: "co-so-ruou-suoi-mo-mam",
    name: "Cơ sở rượu men lá suối Mỏ Mắm",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    story_vi:
      "Rượu men lá suối Mỏ Mắm được nhắc đến là sản phẩm OCOP, chưa rõ hạng sao. Nguồn tin không nêu tên chủ thể và địa chỉ.",
    story_en:
      "Suối Mỏ Mắm leaf-yeast wine is reported as an OCOP product; the star rating is unknown. The sources do not give the owner or address.",
  },
]

const wine = "ruou"
const ADULTS_VI = "Đồ uống có cồn, chỉ bán cho người từ 18 tuổi."
const ADULTS_EN = "Contains alcohol; sold to adults aged 18 and over only."

export const BEVERAGE_PRODUCTS: CatalogueProduct[] = [
  {
    row: 21,
    handle: "ruou-men-la-cong-son",
    title: "Rượu men lá người Dao Công Sơn",
    subtitle: "Công Sơn Dao leaf-yeast rice wine (Mẫu Sơn)",
    description: `Rượu nấu bằng men lá theo cách của người Dao ở Công Sơn, vùng núi Mẫu Sơn. ${ADULTS_VI}`,
    description_en: `Rice wine fermented with Dao leaf yeast in Công Sơn, in the Mẫu Sơn mountains. ${ADULTS_EN}`,
    producer: "htx-cong-son",
    ocop: {
      stars: 4,
      year: 2024,
      decided_at: "2024-01-18",
      group: "beverage",
      subgroup: "alcoholic",
      history: [{ stars: 3, year: 2022 }],
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Chai 500 ml", "LS-RUOUCS-500ML", 120000, true, 150, 500),
      v("Chai 1 L", "LS-RUOUCS-1L", 220000, true, 100, 1000),
    ],
    category: wine,
    tags: ["alcohol", "tet-gift"],
  },
  {
    row: 22,
    handle: "ruou-men-la-huu-le",
    title: "Rượu men lá Hữu Lễ",
    subtitle: "Hữu Lễ leaf-yeast rice wine",
    description: `Rượu men lá của hộ bà Nông Thị Chỉ, thôn Đon Chợ, xã Hữu Lễ (Văn Quan). ${ADULTS_VI}`,
    description_en: `Leaf-yeast rice wine from Mrs Nông Thị Chỉ's household, Đon Chợ village, Hữu Lễ commune (Văn Quan). ${ADULTS_EN}`,
    producer: "ho-nong-thi-chi",
    ocop: { stars: 3, year: 2019, group: "beverage", subgroup: "alcoholic" },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Chai 500 ml", "LS-RUOUHL-500ML", 100000, true, 120, 500)],
    category: wine,
    tags: ["alcohol"],
  },
  {
    row: 23,
    handle: "ruou-hoi-hoan",
    title: "Rượu Hội Hoan",
    subtitle: "Hội Hoan rice wine",
    description: `Rượu gạo truyền thống Hội Hoan, Văn Lãng. ${ADULTS_VI}`,
    description_en: `Traditional Hội Hoan rice wine from Văn Lãng. ${ADULTS_EN}`,
    producer: "co-so-ruou-hoi-hoan",
    ocop: { stars: 3, year: 2020, group: "beverage", subgroup: "alcoholic" },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Chai 500 ml", "LS-RUOUHH-500ML", 90000, true, 120, 500)],
    category: wine,
    tags: ["alcohol"],
  },
  {
    row: "extra",
    handle: "ruou-men-la-suoi-mo-mam",
    title: "Rượu men lá suối Mỏ Mắm",
    subtitle: "Suối Mỏ Mắm leaf-yeast rice wine",
    description: `Rượu nấu bằng men lá, mang tên suối Mỏ Mắm. ${ADULTS_VI}`,
    description_en: `Leaf-yeast rice wine named after the Mỏ Mắm stream. ${ADULTS_EN}`,
    producer: "co-so-ruou-suoi-mo-mam",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [v("Chai 500 ml", "LS-RUOUMM-500ML", 100000, true, 100, 500)],
    category: wine,
    tags: ["alcohol"],
  },
]
