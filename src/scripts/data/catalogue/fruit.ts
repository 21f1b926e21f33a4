import { NA_SEASON, PERSIMMON_SEASON, ROUND_2020_3, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const FRUIT_PRODUCERS: CatalogueProducer[] = [
  {
    key: "htx-dong-banh",
    name: "HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành",
    type: "cooperative",
    commune: "xã Chi Lăng",
    district: "Chi Lăng",
    story_vi:
      "Hợp tác xã ở xã Chi Lăng, đóng gói và đưa na Chi Lăng ra thị trường. Na của HTX đạt OCOP 3 sao năm 2021 và được nâng lên 4 sao năm 2022.",
    story_en:
      "A cooperative in Chi Lăng commune that packs and markets Chi Lăng custard apples. Its na was rated OCOP 3★ in 2021 and upgraded to 4★ in 2022.",
  },
  {
    key: "nong-ho-na-dong-mo",
    name: "Nông hộ trồng na thị trấn Đồng Mỏ",
    type: "household_business",
    district: "Chi Lăng",
    address: "Thị trấn Đồng Mỏ, huyện Chi Lăng (cũ)",
    placeholder: true,
    story_vi:
      "Na dai thị trấn Đồng Mỏ đạt OCOP 4 sao năm 2020. Các nguồn tin không nêu tên chủ thể sản xuất; tên ở đây chỉ mô tả vùng trồng.",
    story_en:
      "Đồng Mỏ firm custard apple was rated OCOP 4★ in 2020. The sources do not name the producer; this name only describes the growing area.",
  },
  {
    key: "vuon-na-bo-dong-mo",
    name: "Vườn na hộ gia đình ở Đồng Mỏ",
    type: "household_business",
    district: "Chi Lăng",
    address: "Đồng Mỏ, huyện Chi Lăng (cũ)",
    placeholder: true,
    story_vi:
      "Một vườn na gia đình ở Đồng Mỏ bán na bở loại cao cấp, khoảng 120.000 đ/kg năm 2023. Nguồn tin không nêu tên chủ vườn.",
    story_en:
      "A family orchard in Đồng Mỏ selling premium soft-flesh custard apples at about 120,000 VND/kg in 2023. The source does not name the owner.",
  },
  {
    key: "nong-ho-na-cai-kinh",
    name: "Nông hộ trồng na Cai Kinh",
    type: "household_business",
    district: "Hữu Lũng",
    address: "Xã Cai Kinh, huyện Hữu Lũng (cũ)",
    placeholder: true,
    story_vi:
      "Na Cai Kinh (Hữu Lũng) đạt OCOP 4 sao năm 2020. Các nguồn tin không nêu tên chủ thể sản xuất.",
    story_en:
      "Cai Kinh custard apple (Hữu Lũng) was rated OCOP 4★ in 2020. The sources do not name the producer.",
  },
  {
    key: "nha-vuon-quyt-bac-son",
    name: "Nhà vườn trồng quýt vàng Bắc Sơn",
    type: "household_business",
    district: "Bắc Sơn",
    placeholder: true,
    story_vi:
      "Quýt vàng Bắc Sơn được trồng theo VietGAP và mang nhãn hiệu tập thể do Hội làm vườn huyện Bắc Sơn quản lý (2017). Các nguồn tin không nêu tên chủ thể của sản phẩm OCOP.",
    story_en:
      "Bắc Sơn golden mandarins are grown to VietGAP under a collective mark managed by the Bắc Sơn Gardeners' Association (2017). The sources do not name the OCOP product owner.",
  },
  {
    key: "nha-vuon-hong-bao-lam",
    name: "Nhà vườn hồng không hạt Bảo Lâm",
    type: "household_business",
    district: "Cao Lộc",
    address: "Vùng Bảo Lâm, Thanh Lòa, Thạch Đạn, huyện Cao Lộc (cũ)",
    placeholder: true,
    story_vi:
      "Hồng không hạt từ vùng chỉ dẫn địa lý Bảo Lâm (số 00032, 2012). Nguồn tin không nêu tên nhà vườn cụ thể.",
    story_en:
      "Seedless persimmons from the Bảo Lâm geographical-indication area (No. 00032, 2012). The sources do not name a specific grower.",
  },
  {
    key: "nha-vuon-hong-van-lang",
    name: "Nhà vườn hồng vành khuyên Văn Lãng",
    type: "household_business",
    district: "Văn Lãng",
    placeholder: true,
    story_vi:
      "Hồng vành khuyên Văn Lãng mang nhãn hiệu tập thể, có khoảng 60 ha trồng theo VietGAP. Nguồn tin không nêu tên nhà vườn cụ thể.",
    story_en:
      "Văn Lãng 'white-eye' persimmons carry a collective mark, with about 60 ha grown to VietGAP. The sources do not name a specific grower.",
  },
  {
    key: "nha-vuon-tram-den-van-quan",
    name: "Nhà vườn trám đen Văn Quan",
    type: "household_business",
    district: "Văn Quan",
    placeholder: true,
    story_vi:
      "Trám đen Văn Quan mang nhãn hiệu tập thể do Hội làm vườn huyện Văn Quan quản lý (2020). Nguồn tin không nêu tên nhà vườn cụ thể.",
    story_en:
      "Văn Quan black canarium carries a collective mark managed by the Văn Quan Gardeners' Association (2020). The sources do not name a specific grower.",
  },
]

const fresh = "trai-cay-tuoi"
const NA_GI = "gi-na-lang-son"

export const FRUIT_PRODUCTS: CatalogueProduct[] = [
  {
    row: 1,
    handle: "na-chi-lang",
    title: "Na Chi Lăng (na dai)",
    subtitle: "Chi Lăng custard apple (firm type)",
    description:
      "Na dai cùi chắc trồng ở Chi Lăng, do HTX Đồng Bành tuyển chọn và đóng gói. Sản phẩm thuộc chỉ dẫn địa lý \"Lạng Sơn\" số 00140 và nhãn hiệu chứng nhận \"Na Chi Lăng\".",
    description_en:
      "Firm-fleshed custard apples from Chi Lăng, selected and packed by Đồng Bành cooperative. Covered by the \"Lạng Sơn\" geographical indication No. 00140 and the \"Na Chi Lăng\" certification mark.",
    producer: "htx-dong-banh",
    ocop: {
      stars: 4,
      year: 2022,
      group: "food",
      subgroup: "fresh fruit",
      history: [{ stars: 3, year: 2021 }],
    },
    marks: [NA_GI, "cert-na-chi-lang"],
    planting_areas: ["VN-LSOR-0001"],
    standards: ["vietgap-na-chi-lang"],
    season: NA_SEASON,
    variants: [
      v("1 kg", "LS-NACL-1KG", 65000, false, 300, 1000),
      v("Loại 1 – 1 kg", "LS-NACL-L1-1KG", 75000, false, 150, 1000),
      v("Hộp 3 kg", "LS-NACL-H3KG", 195000, true, 80, 3000),
    ],
    category: fresh,
    tags: ["gi", "seasonal", "perishable"],
  },
  {
    row: 2,
    handle: "na-dai-dong-mo",
    title: "Na dai thị trấn Đồng Mỏ",
    subtitle: "Đồng Mỏ custard apple",
    description:
      "Na dai trồng ở thị trấn Đồng Mỏ (Chi Lăng), thuộc vùng chỉ dẫn địa lý na \"Lạng Sơn\" số 00140.",
    description_en:
      "Firm custard apples grown in Đồng Mỏ town (Chi Lăng), inside the \"Lạng Sơn\" custard-apple GI area (No. 00140).",
    producer: "nong-ho-na-dong-mo",
    ocop: { stars: 4, year: 2020, group: "food", subgroup: "fresh fruit" },
    marks: [NA_GI],
    planting_areas: ["VN-LSOR-0002"],
    season: NA_SEASON,
    variants: [
      v("1 kg", "LS-NADM-1KG", 60000, true, 200, 1000),
      v("Hộp 3 kg", "LS-NADM-H3KG", 180000, true, 60, 3000),
    ],
    category: fresh,
    tags: ["gi", "seasonal", "perishable"],
  },
  {
    row: 3,
    handle: "na-bo-chi-lang",
    title: "Na bở Chi Lăng",
    subtitle: "Soft-flesh custard apple (premium)",
    description:
      "Na bở ruột mềm, loại cao cấp từ một vườn na gia đình ở Đồng Mỏ (Chi Lăng), thuộc vùng chỉ dẫn địa lý na \"Lạng Sơn\" số 00140.",
    description_en:
      "Premium soft-flesh custard apples from a family orchard in Đồng Mỏ (Chi Lăng), inside the \"Lạng Sơn\" custard-apple GI area (No. 00140).",
    producer: "vuon-na-bo-dong-mo",
    ocop: null,
    marks: [NA_GI],
    planting_areas: ["VN-LSOR-0002"],
    season: NA_SEASON,
    variants: [
      v("1 kg", "LS-NABO-1KG", 120000, false, 100, 1000),
      v("Hộp 2 kg", "LS-NABO-H2KG", 240000, true, 40, 2000),
    ],
    category: fresh,
    tags: ["gi", "seasonal", "perishable", "premium"],
  },
  {
    row: 4,
    handle: "na-cai-kinh",
    title: "Na Cai Kinh",
    subtitle: "Cai Kinh custard apple",
    description:
      "Na trồng ở vùng Cai Kinh (Hữu Lũng), thuộc vùng chỉ dẫn địa lý na \"Lạng Sơn\" số 00140.",
    description_en:
      "Custard apples from Cai Kinh (Hữu Lũng), inside the \"Lạng Sơn\" custard-apple GI area (No. 00140).",
    producer: "nong-ho-na-cai-kinh",
    ocop: { stars: 4, year: 2020, group: "food", subgroup: "fresh fruit" },
    marks: [NA_GI],
    season: NA_SEASON,
    variants: [
      v("1 kg", "LS-NACK-1KG", 50000, true, 200, 1000),
      v("Hộp 3 kg", "LS-NACK-H3KG", 150000, true, 60, 3000),
    ],
    category: fresh,
    tags: ["gi", "seasonal", "perishable"],
  },
  {
    row: 5,
    handle: "quyt-vang-bac-son",
    title: "Quýt vàng Bắc Sơn",
    subtitle: "Bắc Sơn golden mandarin",
    description:
      "Quýt vàng trồng theo VietGAP ở Bắc Sơn, mang nhãn hiệu tập thể \"Quýt vàng Bắc Sơn\". Mùa quýt vào dịp cuối năm, hợp làm quà Tết.",
    description_en:
      "Golden mandarins grown to VietGAP in Bắc Sơn under the \"Quýt vàng Bắc Sơn\" collective mark. In season around the year end, a popular Tết gift.",
    producer: "nha-vuon-quyt-bac-son",
    ocop: { stars: 4, year: 2021, group: "food", subgroup: "fresh fruit", round: ROUND_2020_3 },
    marks: ["col-quyt-vang-bac-son"],
    standards: ["vietgap-quyt-vang-bac-son"],
    season: { months: [11, 12, 1, 2], uncertain: false },
    variants: [
      v("1 kg", "LS-QUYTBS-1KG", 50000, true, 250, 1000),
      v("Hộp quà 3 kg", "LS-QUYTBS-H3KG", 180000, true, 80, 3000),
    ],
    category: fresh,
    tags: ["seasonal", "perishable", "tet-gift"],
  },
  {
    row: "extra",
    handle: "hong-khong-hat-bao-lam",
    title: "Hồng không hạt Bảo Lâm",
    subtitle: "Bảo Lâm seedless persimmon",
    description:
      "Hồng không hạt từ vùng Bảo Lâm, Thanh Lòa, Thạch Đạn (Cao Lộc), được bảo hộ chỉ dẫn địa lý \"Bảo Lâm\" số 00032. Mùa hồng vào tháng 9–10.",
    description_en:
      "Seedless persimmons from Bảo Lâm, Thanh Lòa and Thạch Đạn (Cao Lộc), protected by the \"Bảo Lâm\" geographical indication No. 00032. In season September–October.",
    producer: "nha-vuon-hong-bao-lam",
    ocop: null,
    marks: ["gi-hong-khong-hat-bao-lam"],
    season: PERSIMMON_SEASON,
    variants: [
      v("1 kg", "LS-HONGBL-1KG", 60000, true, 200, 1000),
      v("Hộp 2 kg", "LS-HONGBL-H2KG", 130000, true, 60, 2000),
    ],
    category: fresh,
    tags: ["gi", "seasonal", "perishable"],
  },
  {
    row: "extra",
    handle: "hong-vanh-khuyen-van-lang",
    title: "Hồng vành khuyên Văn Lãng",
    subtitle: "Văn Lãng 'white-eye' persimmon",
    description:
      "Hồng vành khuyên đặc sản Văn Lãng, mang nhãn hiệu tập thể; vùng trồng có khoảng 60 ha theo VietGAP.",
    description_en:
      "The Văn Lãng 'white-eye' persimmon, sold under a collective mark; about 60 ha of the growing area follow VietGAP.",
    producer: "nha-vuon-hong-van-lang",
    ocop: null,
    marks: ["col-hong-vanh-khuyen-van-lang"],
    standards: ["vietgap-hong-vanh-khuyen-van-lang"],
    season: { months: [9, 10], uncertain: true },
    variants: [v("1 kg", "LS-HONGVK-1KG", 40000, true, 200, 1000)],
    category: fresh,
    tags: ["seasonal", "perishable"],
  },
  {
    row: "extra",
    handle: "tram-den-van-quan",
    title: "Trám đen Văn Quan",
    subtitle: "Văn Quan black canarium",
    description:
      "Quả trám đen Văn Quan, mang nhãn hiệu tập thể \"Trám đen Văn Quan, Lạng Sơn\" (2020). Giá tham khảo 70.000–80.000 đ/kg (2022).",
    description_en:
      "Văn Quan black canarium fruit under the \"Trám đen Văn Quan, Lạng Sơn\" collective mark (2020). Reference price 70,000–80,000 VND/kg (2022).",
    producer: "nha-vuon-tram-den-van-quan",
    ocop: null,
    marks: ["col-tram-den-van-quan"],
    // season not given by the sources: general knowledge, unconfirmed
    season: { months: [7, 8, 9, 10], uncertain: true },
    variants: [v("1 kg", "LS-TRAMVQ-1KG", 75000, false, 150, 1000)],
    category: fresh,
    tags: ["seasonal", "perishable"],
  },
]
