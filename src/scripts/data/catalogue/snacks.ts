import { ALL_YEAR, ROUND_2020_3, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

const NOT_NAMED_VI = "Nguồn tin không nêu tên và loại hình chủ thể sản xuất."
const NOT_NAMED_EN = "The sources do not name the producer or its legal form."

export const SNACK_PRODUCERS: CatalogueProducer[] = [
  {
    key: "co-so-thach-den-bot",
    name: "Cơ sở sản xuất thạch đen dạng bột",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    story_vi: `Thạch đen dạng bột đạt OCOP 4 sao (công bố 01/2021), có thể của Tràng Định (chưa xác nhận). ${NOT_NAMED_VI}`,
    story_en: `Black-jelly powder rated OCOP 4★ (announced January 2021), probably from Tràng Định (unconfirmed). ${NOT_NAMED_EN}`,
  },
  {
    key: "ho-thach-chu-hanh",
    name: "Hộ sản xuất thạch Chu Hạnh",
    type: "household_business",
    district: "Văn Lãng",
    placeholder: true,
    story_vi: "Hộ gia đình ở Văn Lãng làm thạch đen, sản phẩm OCOP 3 sao năm 2020. Nguồn tin không nêu tên chủ hộ.",
    story_en: "A family in Văn Lãng making black grass jelly, rated OCOP 3★ in 2020. The source does not name the owner.",
  },
  {
    key: "cty-macca-sachi",
    name: "Công ty Cổ phần Macca & Sachi Lạng Sơn",
    type: "enterprise",
    commune: "phường Kỳ Lừa",
    address: "Nhà máy tại phường Kỳ Lừa",
    district: "TP Lạng Sơn",
    district_inferred: true,
    story_vi:
      "Doanh nghiệp chế biến mắc ca có nhà máy ở phường Kỳ Lừa, liên kết vùng nguyên liệu khoảng 600 ha. Mắc ca sấy nứt vỏ của công ty là sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    story_en:
      "A macadamia processor with a factory in Kỳ Lừa ward and about 600 ha of linked raw-material area. Its cracked-shell macadamia was a national typical rural industrial product in 2021.",
  },
  {
    key: "co-so-cao-kho-van-linh",
    name: "Cơ sở cao khô Vạn Linh",
    type: "household_business",
    address: "Vạn Linh, huyện Chi Lăng (cũ)",
    district: "Chi Lăng",
    placeholder: true,
    story_vi: `Cao khô Vạn Linh được nâng từ OCOP 3 sao lên 4 sao (đợt 3/2020). ${NOT_NAMED_VI}`,
    story_en: `Vạn Linh cao khô was upgraded from OCOP 3★ to 4★ (round 3/2020). ${NOT_NAMED_EN}`,
  },
  {
    key: "co-so-quy-linh-cao",
    name: "Cơ sở quy linh cao",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    story_vi: `Quy linh cao được nhắc đến là sản phẩm 4 sao năm 2021 nhưng chưa xác nhận. ${NOT_NAMED_VI}`,
    story_en: `Quy linh cao is reported as a 4★ product of 2021, unconfirmed. ${NOT_NAMED_EN}`,
  },
]

const processed = "dac-san-che-bien"

export const SNACK_PRODUCTS: CatalogueProduct[] = [
  {
    row: 12,
    handle: "thach-den-dang-bot",
    title: "Thạch đen dạng bột",
    subtitle: "Black grass-jelly powder",
    description: "Bột thạch đen tiện pha, nấu thành thạch đen giải nhiệt tại nhà.",
    description_en: "Black grass-jelly powder, easy to cook into a cooling jelly dessert at home.",
    producer: "co-so-thach-den-bot",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "processed food",
      note: "Reported as 4★ (announced 01/2021). Right to use the Thạch đen Lạng Sơn GI is not confirmed.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 50 g", "LS-THACHBOT-50G", 20000, true, 300, 50),
      v("Gói 100 g", "LS-THACHBOT-100G", 35000, true, 300, 100),
    ],
    category: processed,
  },
  {
    row: 13,
    handle: "thach-chu-hanh",
    title: "Thạch Chu Hạnh",
    subtitle: "Chu Hạnh black grass jelly",
    description: "Thạch đen của hộ sản xuất Chu Hạnh (Văn Lãng), đóng cốc và hộp.",
    description_en: "Black grass jelly from the Chu Hạnh household (Văn Lãng), in cups and boxes.",
    producer: "ho-thach-chu-hanh",
    ocop: { stars: 3, year: 2020, group: "food", subgroup: "processed food" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Cốc", "LS-THACHCH-COC", 10000, true, 300, 250),
      v("Hộp 1 kg", "LS-THACHCH-1KG", 35000, true, 150, 1000),
    ],
    category: processed,
    tags: ["perishable"],
  },
  {
    row: 24,
    handle: "mac-ca-say-nut-vo",
    title: "Mắc ca sấy nứt vỏ",
    subtitle: "Cracked-shell dried macadamia",
    description:
      "Hạt mắc ca sấy nứt vỏ của Công ty CP Macca & Sachi Lạng Sơn, sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    description_en:
      "Cracked-shell dried macadamia from Macca & Sachi Lạng Sơn JSC, a national typical rural industrial product in 2021.",
    producer: "cty-macca-sachi",
    ocop: { stars: 4, year: 2024, group: "food", subgroup: "processed nuts", note: "Announced 02/2024." },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Túi 500 g", "LS-MACCA-500G", 180000, true, 200, 500),
      v("1 kg", "LS-MACCA-1KG", 340000, true, 120, 1000),
    ],
    category: processed,
    tags: ["tet-gift"],
  },
  {
    row: 24,
    handle: "nhan-mac-ca",
    title: "Nhân mắc ca",
    subtitle: "Macadamia kernels",
    description: "Nhân hạt mắc ca đã tách vỏ của Công ty CP Macca & Sachi Lạng Sơn.",
    description_en: "Shelled macadamia kernels from Macca & Sachi Lạng Sơn JSC.",
    producer: "cty-macca-sachi",
    ocop: { stars: 4, year: 2024, group: "food", subgroup: "processed nuts", note: "Announced 02/2024." },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Túi 500 g", "LS-MACCANHAN-500G", 230000, true, 150, 500),
      v("1 kg", "LS-MACCANHAN-1KG", 440000, true, 80, 1000),
    ],
    category: processed,
    tags: ["tet-gift"],
  },
  {
    row: 25,
    handle: "cao-kho-van-linh",
    title: "Cao khô Vạn Linh",
    subtitle: "Vạn Linh 'cao khô' (traditional dry product)",
    description:
      "Sản phẩm truyền thống \"cao khô\" của Vạn Linh (Chi Lăng). Nguồn tin chưa mô tả rõ thành phần và cách dùng.",
    description_en:
      "Vạn Linh's traditional \"cao khô\" (Chi Lăng). The sources do not yet describe its ingredients or use.",
    producer: "co-so-cao-kho-van-linh",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "processed food",
      round: ROUND_2020_3,
      note: "Upgraded from 3★ (year of the 3★ rating not given). English gloss of the product is unconfirmed.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Gói", "LS-CAOKHO-GOI", 60000, true, 100)],
    category: processed,
  },
  {
    row: "extra",
    handle: "quy-linh-cao",
    title: "Quy linh cao",
    subtitle: "Guilinggao herbal jelly",
    description: "Quy linh cao, món thạch thảo mộc màu đen dùng mát lạnh.",
    description_en: "Quy linh cao (guilinggao), a dark herbal jelly served chilled.",
    producer: "co-so-quy-linh-cao",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [v("Hộp", "LS-QUYLINH-HOP", 50000, true, 100)],
    category: processed,
  },
]
