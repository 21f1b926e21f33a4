import { ALL_YEAR, ROUND_2020_3, ROUND_2025_2, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

const unnamed = (what: string, whatEn: string) => ({
  story_vi: `${what} Nguồn tin không nêu tên và loại hình chủ thể sản xuất.`,
  story_en: `${whatEn} The sources do not name the producer or its legal form.`,
})

export const SPICE_OIL_PRODUCERS: CatalogueProducer[] = [
  {
    key: "co-so-hoa-hoi-chi-lang",
    name: "Cơ sở hoa hồi khô Chi Lăng",
    type: "household_business",
    district: "Chi Lăng",
    placeholder: true,
    ...unnamed(
      "Hoa hồi khô Chi Lăng đạt OCOP 4 sao năm 2022.",
      "Chi Lăng dried star anise was rated OCOP 4★ in 2022."
    ),
  },
  {
    key: "co-so-tinh-dau-hoi-chi-lang",
    name: "Cơ sở tinh dầu hồi Chi Lăng",
    type: "household_business",
    district: "Chi Lăng",
    placeholder: true,
    ...unnamed(
      "Tinh dầu hồi Chi Lăng đạt OCOP 4 sao năm 2022.",
      "Chi Lăng star-anise oil was rated OCOP 4★ in 2022."
    ),
  },
  {
    key: "co-so-tinh-dau-hoi-van-quan",
    name: "Cơ sở tinh dầu hồi Văn Quan",
    type: "household_business",
    district: "Văn Quan",
    placeholder: true,
    ...unnamed(
      "Tinh dầu hồi Văn Quan đạt OCOP 4 sao (công bố 01/2021).",
      "Văn Quan star-anise oil was rated OCOP 4★ (announced January 2021)."
    ),
  },
  {
    key: "htx-anh-em",
    name: "HTX Anh Em",
    type: "cooperative",
    commune: "xã Ba Sơn",
    district: "Cao Lộc",
    district_inferred: true,
    story_vi: "Hợp tác xã ở xã Ba Sơn. Dầu vừng Trường Thọ của HTX đạt OCOP 3 sao tháng 12/2025.",
    story_en: "A cooperative in Ba Sơn commune. Its Trường Thọ sesame oil was rated OCOP 3★ in December 2025.",
  },
  {
    key: "nong-ho-mac-mat",
    name: "Nông hộ trồng mác mật Lạng Sơn",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    ...unnamed(
      "Mác mật Lạng Sơn được bảo hộ chỉ dẫn địa lý năm 2024.",
      "Lạng Sơn mác mật has been protected by a geographical indication since 2024."
    ),
  },
  {
    key: "co-so-mang-ot-xu-lang",
    name: "Cơ sở măng ớt Xứ Lạng",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    ...unnamed(
      "Măng ớt Xứ Lạng được trưng bày tại các sự kiện giới thiệu sản phẩm OCOP.",
      "Xứ Lạng chilli bamboo shoots have been shown at OCOP promotion events."
    ),
  },
  {
    key: "co-so-dau-lac-linh-khoi",
    name: "Cơ sở dầu lạc Linh Khôi",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    ...unnamed(
      "Dầu lạc Linh Khôi được trưng bày tại các sự kiện giới thiệu sản phẩm OCOP.",
      "Linh Khôi peanut oil has been shown at OCOP promotion events."
    ),
  },
]

const spice = "gia-vi-tinh-dau"
const ANISE_SEASON = { months: [1, 2, 3, 8], uncertain: true }

export const SPICE_OIL_PRODUCTS: CatalogueProduct[] = [
  {
    row: 7,
    handle: "hoa-hoi-kho-chi-lang",
    title: "Hoa hồi khô Chi Lăng",
    subtitle: "Chi Lăng dried star anise",
    description:
      "Hoa hồi khô từ Chi Lăng, thuộc chỉ dẫn địa lý \"Hồi Lạng Sơn\". Hồi có hai vụ: khoảng tháng 8 và tháng 1–3.",
    description_en:
      "Dried star anise from Chi Lăng, under the \"Hồi Lạng Sơn\" geographical indication. There are two crops: around August and January–March.",
    producer: "co-so-hoa-hoi-chi-lang",
    ocop: { stars: 4, year: 2022, group: "food", subgroup: "spices" },
    marks: ["gi-hoi-lang-son"],
    season: ANISE_SEASON,
    variants: [
      v("Gói 100 g", "LS-HOIKHO-100G", 25000, true, 300, 100),
      v("Gói 500 g", "LS-HOIKHO-500G", 95000, true, 200, 500),
      v("1 kg", "LS-HOIKHO-1KG", 180000, true, 100, 1000),
    ],
    category: spice,
    tags: ["tet-gift"],
  },
  {
    row: 8,
    handle: "tinh-dau-hoi-chi-lang",
    title: "Tinh dầu hồi Chi Lăng",
    subtitle: "Chi Lăng star-anise essential oil",
    description: "Tinh dầu chưng cất từ quả hồi, sản xuất tại Chi Lăng.",
    description_en: "Essential oil distilled from star-anise fruit, made in Chi Lăng.",
    producer: "co-so-tinh-dau-hoi-chi-lang",
    ocop: { stars: 4, year: 2022, group: "herbal", subgroup: "essential oil" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Lọ 10 ml", "LS-TDHOICL-10ML", 90000, true, 200, 10),
      v("Lọ 50 ml", "LS-TDHOICL-50ML", 350000, true, 80, 50),
      v("Lọ 100 ml", "LS-TDHOICL-100ML", 600000, true, 40, 100),
    ],
    category: spice,
  },
  {
    row: 8,
    handle: "tinh-dau-hoi-van-quan",
    title: "Tinh dầu hồi Văn Quan",
    subtitle: "Văn Quan star-anise essential oil",
    description: "Tinh dầu chưng cất từ quả hồi, sản xuất tại Văn Quan.",
    description_en: "Essential oil distilled from star-anise fruit, made in Văn Quan.",
    producer: "co-so-tinh-dau-hoi-van-quan",
    ocop: { stars: 4, year: 2021, group: "herbal", subgroup: "essential oil", round: ROUND_2020_3 },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Lọ 10 ml", "LS-TDHOIVQ-10ML", 90000, true, 200, 10),
      v("Lọ 50 ml", "LS-TDHOIVQ-50ML", 350000, true, 80, 50),
    ],
    category: spice,
  },
  {
    row: 31,
    handle: "dau-vung-truong-tho",
    title: "Dầu vừng Trường Thọ",
    subtitle: "Trường Thọ sesame oil",
    description: "Dầu vừng của HTX Anh Em (xã Ba Sơn), dùng trộn, xào và chấm.",
    description_en: "Sesame oil from Anh Em Cooperative (Ba Sơn commune), for dressings, stir-fries and dips.",
    producer: "htx-anh-em",
    ocop: { stars: 3, ...ROUND_2025_2, group: "food", subgroup: "vegetable oil" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Chai 250 ml", "LS-DAUVUNG-250ML", 110000, true, 150, 230),
      v("Chai 500 ml", "LS-DAUVUNG-500ML", 200000, true, 100, 460),
    ],
    category: spice,
  },
  {
    row: "extra",
    handle: "mac-mat-lang-son",
    title: "Mác mật Lạng Sơn",
    subtitle: "Lạng Sơn mác mật (Clausena indica) fruit",
    description:
      "Mác mật (mắc mật) Lạng Sơn, được bảo hộ chỉ dẫn địa lý năm 2024; quả và lá là gia vị đặc trưng của vịt quay, lợn quay xứ Lạng.",
    description_en:
      "Lạng Sơn mác mật (Clausena indica), protected by a geographical indication in 2024; its fruit and leaves flavour the region's roast duck and pork.",
    producer: "nong-ho-mac-mat",
    ocop: null,
    marks: ["gi-mac-mat-lang-son"],
    // season not given by the sources: general knowledge, unconfirmed
    season: { months: [8, 9], uncertain: true },
    variants: [v("Quả tươi 1 kg", "LS-MACMAT-1KG", 60000, true, 100, 1000)],
    category: spice,
    tags: ["gi", "seasonal"],
  },
  {
    row: "extra",
    handle: "mang-ot-xu-lang",
    title: "Măng ớt Xứ Lạng",
    subtitle: "Xứ Lạng chilli bamboo shoots",
    description: "Măng ngâm ớt đóng hũ, đặc sản Xứ Lạng.",
    description_en: "Bamboo shoots pickled with chilli in jars, a Xứ Lạng specialty.",
    producer: "co-so-mang-ot-xu-lang",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [v("Hũ 500 g", "LS-MANGOT-500G", 60000, true, 150, 500)],
    category: spice,
  },
  {
    row: "extra",
    handle: "dau-lac-linh-khoi",
    title: "Dầu lạc Linh Khôi",
    subtitle: "Linh Khôi peanut oil",
    description: "Dầu lạc thương hiệu Linh Khôi, dùng cho xào, rán và trộn.",
    description_en: "Linh Khôi brand peanut oil for stir-frying, frying and dressings.",
    producer: "co-so-dau-lac-linh-khoi",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Chai 500 ml", "LS-DAULAC-500ML", 90000, true, 150, 460),
      v("Chai 1 L", "LS-DAULAC-1L", 170000, true, 100, 920),
    ],
    category: spice,
  },
]
