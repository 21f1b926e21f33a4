import { ALL_YEAR, ROUND_2020_3, ROUND_2025_2, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const TEA_HONEY_PRODUCERS: CatalogueProducer[] = [
  {
    key: "htx-che-duoi-tan-hoi",
    name: "HTX Chè dưới tán hồi",
    type: "cooperative",
    address: "Thôn Khau Phụ, thị trấn Bình Gia, huyện Bình Gia (cũ)",
    district: "Bình Gia",
    story_vi:
      "Hợp tác xã ở thôn Khau Phụ (Bình Gia) trồng chè dưới tán rừng hồi. Chè của HTX đạt OCOP 3 sao năm 2019 và 4 sao năm 2021.",
    story_en:
      "A cooperative in Khau Phụ village (Bình Gia) growing tea under the star-anise forest canopy. Its tea was rated OCOP 3★ in 2019 and 4★ in 2021.",
  },
  {
    key: "co-so-che-ngoc-thuy",
    name: "Cơ sở chè Ngọc Thúy",
    type: "household_business",
    district: "Đình Lập",
    placeholder: true,
    story_vi:
      "Chè xanh Ngọc Thúy (Đình Lập) đạt OCOP 4 sao năm 2022. Nguồn tin không nêu tên và loại hình chủ thể.",
    story_en:
      "Ngọc Thúy green tea (Đình Lập) was rated OCOP 4★ in 2022. The source does not name the owner or its legal form.",
  },
  {
    key: "cty-che-thai-binh",
    name: "Công ty Cổ phần Chè Thái Bình – Lạng Sơn",
    type: "enterprise",
    district: "Đình Lập",
    story_vi:
      "Doanh nghiệp chè ở Đình Lập với đồi chè Trà Hoa và nông trại Thái Bình, đã đón hơn 5.000 khách tham quan từ năm 2022. Trà Ô Long của công ty là sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    story_en:
      "A tea company in Đình Lập whose Trà Hoa tea hill and Thái Bình farm have welcomed more than 5,000 visitors since 2022. Its oolong was a national typical rural industrial product in 2021.",
  },
  {
    key: "htx-lua-vy",
    name: "HTX Chế biến nông sản Lụa Vy",
    type: "cooperative",
    commune: "xã Quan Sơn",
    district: "Chi Lăng",
    district_inferred: true,
    story_vi:
      "Hợp tác xã chế biến nông sản ở xã Quan Sơn. Trà diếp cá Lụa Vy là sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2022 và đạt OCOP 4 sao tháng 12/2025.",
    story_en:
      "An agricultural processing cooperative in Quan Sơn commune. Its fish-mint tea was a northern-region typical rural industrial product in 2022 and was rated OCOP 4★ in December 2025.",
  },
  {
    key: "htx-quang-lac",
    name: "HTX Quảng Lạc",
    type: "cooperative",
    address: "Xã Quảng Lạc, TP Lạng Sơn (cũ)",
    district: "TP Lạng Sơn",
    story_vi:
      "Hợp tác xã nuôi ong ở xã Quảng Lạc. Mật ong hoa ngũ gia bì của HTX đạt OCOP 4 sao (công bố 01/2021); đây không phải mật ong chỉ dẫn địa lý Vân Thủy.",
    story_en:
      "A beekeeping cooperative in Quảng Lạc commune. Its Schefflera-flower honey was rated OCOP 4★ (announced January 2021); it is not Vân Thủy GI honey.",
  },
  {
    key: "htx-quang-hong",
    name: "HTX Quảng Hồng",
    type: "cooperative",
    address: "Xã Quảng Lạc, TP Lạng Sơn (cũ)",
    district: "TP Lạng Sơn",
    story_vi: "Hợp tác xã ở xã Quảng Lạc, sản xuất mật ong hương rừng Xứ Lạng, sản phẩm OCOP 3 sao.",
    story_en: "A cooperative in Quảng Lạc commune producing Xứ Lạng wild-forest honey, an OCOP 3★ product.",
  },
  {
    key: "ho-nuoi-ong-van-thuy",
    name: "Các hộ nuôi ong xã Vân Thủy",
    type: "community",
    address: "Xã Vân Thủy, huyện Chi Lăng (cũ)",
    district: "Chi Lăng",
    placeholder: true,
    story_vi:
      "Hơn 100 hộ nuôi ong ở xã Vân Thủy khai thác mật hoa ngũ gia bì, được bảo hộ chỉ dẫn địa lý \"Vân Thủy\" số 00129 (2023). Nguồn tin không nêu tên một chủ thể cụ thể.",
    story_en:
      "More than 100 beekeeping households in Vân Thủy commune harvest Schefflera-flower honey, protected by the \"Vân Thủy\" GI No. 00129 (2023). The source names no single producer.",
  },
]

const tea = "che-tra"
const honey = "mat-ong"

export const TEA_HONEY_PRODUCTS: CatalogueProduct[] = [
  {
    row: 9,
    handle: "che-duoi-tan-hoi-binh-gia",
    title: "Chè dưới tán hồi Bình Gia",
    subtitle: "Bình Gia tea grown under star-anise canopy",
    description: "Chè xanh trồng dưới tán rừng hồi ở Khau Phụ (Bình Gia), do HTX Chè dưới tán hồi sản xuất.",
    description_en:
      "Green tea grown under the star-anise forest canopy in Khau Phụ (Bình Gia), made by the Under-Anise-Canopy Tea Cooperative.",
    producer: "htx-che-duoi-tan-hoi",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "tea",
      round: ROUND_2020_3,
      history: [{ stars: 3, year: 2019 }],
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 200 g", "LS-CHEHOI-200G", 45000, true, 200, 200),
      v("Gói 500 g", "LS-CHEHOI-500G", 100000, true, 120, 500),
    ],
    category: tea,
  },
  {
    row: 10,
    handle: "che-ngoc-thuy-dinh-lap",
    title: "Chè Ngọc Thúy",
    subtitle: "Ngọc Thúy green tea (Đình Lập)",
    description: "Chè xanh Ngọc Thúy từ vùng chè Đình Lập.",
    description_en: "Ngọc Thúy green tea from the Đình Lập tea area.",
    producer: "co-so-che-ngoc-thuy",
    ocop: { stars: 4, year: 2022, group: "food", subgroup: "tea" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 200 g", "LS-CHENT-200G", 50000, true, 200, 200),
      v("Gói 500 g", "LS-CHENT-500G", 115000, true, 100, 500),
    ],
    category: tea,
  },
  {
    row: 11,
    handle: "tra-o-long-thai-binh",
    title: "Trà Ô Long Đình Lập",
    subtitle: "Đình Lập oolong tea",
    description:
      "Trà Ô Long của Công ty CP Chè Thái Bình – Lạng Sơn (Đình Lập), sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    description_en:
      "Oolong tea from Thái Bình Tea JSC – Lạng Sơn (Đình Lập), a national typical rural industrial product in 2021.",
    producer: "cty-che-thai-binh",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Hộp 100 g", "LS-OOLONG-100G", 120000, true, 150, 100),
      v("Hộp 200 g", "LS-OOLONG-200G", 220000, true, 100, 200),
    ],
    category: tea,
  },
  {
    row: 29,
    handle: "tra-diep-ca-lua-vy",
    title: "Trà diếp cá Lụa Vy",
    subtitle: "Lụa Vy houttuynia (fish-mint) tea",
    description:
      "Trà túi lọc từ rau diếp cá của HTX Chế biến nông sản Lụa Vy (xã Quan Sơn), sản phẩm công nghiệp nông thôn tiêu biểu khu vực phía Bắc năm 2022.",
    description_en:
      "Fish-mint (houttuynia) tea bags from Lụa Vy Agricultural Processing Cooperative (Quan Sơn commune), a northern-region typical rural industrial product in 2022.",
    producer: "htx-lua-vy",
    ocop: { stars: 4, ...ROUND_2025_2, group: "herbal", subgroup: "herbal tea" },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Hộp túi lọc", "LS-DIEPCA-HOP", 95000, true, 200, 100)],
    category: tea,
  },
  {
    row: 14,
    handle: "mat-ong-hoa-ngu-gia-bi-quang-lac",
    title: "Mật ong hoa ngũ gia bì Quảng Lạc",
    subtitle: "Quảng Lạc Schefflera-flower honey",
    description:
      "Mật ong hoa ngũ gia bì của HTX Quảng Lạc (xã Quảng Lạc). Sản phẩm không thuộc chỉ dẫn địa lý Vân Thủy.",
    description_en:
      "Schefflera-flower honey from Quảng Lạc Cooperative (Quảng Lạc commune). It is not covered by the Vân Thủy geographical indication.",
    producer: "htx-quang-lac",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "honey",
      note: "Reported as 4★ by 01/2021.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Chai 500 ml", "LS-MONGGB-500ML", 260000, true, 100, 700),
      v("Chai 1 L", "LS-MONGGB-1L", 500000, true, 60, 1400),
    ],
    category: honey,
  },
  {
    row: 15,
    handle: "mat-ong-huong-rung-xu-lang",
    title: "Mật ong hương rừng Xứ Lạng",
    subtitle: "Xứ Lạng wild-forest honey",
    description: "Mật ong hương rừng của HTX Quảng Hồng (xã Quảng Lạc).",
    description_en: "Wild-forest honey from Quảng Hồng Cooperative (Quảng Lạc commune).",
    producer: "htx-quang-hong",
    ocop: {
      stars: 3,
      year: 2021,
      group: "food",
      subgroup: "honey",
      note: "3★ confirmed; year not stated, taken from the 01/2021 source.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Chai 500 ml", "LS-MONGHR-500ML", 200000, true, 100, 700),
      v("Chai 1 L", "LS-MONGHR-1L", 380000, true, 60, 1400),
    ],
    category: honey,
  },
  {
    row: 16,
    handle: "mat-ong-van-thuy",
    title: "Mật ong hoa ngũ gia bì Vân Thủy",
    subtitle: "Vân Thủy Schefflera-flower honey (GI)",
    description:
      "Mật ong hoa ngũ gia bì của các hộ nuôi ong xã Vân Thủy (Chi Lăng), được bảo hộ chỉ dẫn địa lý \"Vân Thủy\" số 00129.",
    description_en:
      "Schefflera-flower honey from beekeepers of Vân Thủy commune (Chi Lăng), protected by the \"Vân Thủy\" geographical indication No. 00129.",
    producer: "ho-nuoi-ong-van-thuy",
    ocop: null,
    marks: ["gi-mat-ong-van-thuy"],
    season: ALL_YEAR,
    variants: [
      v("Chai 500 ml", "LS-MONGVT-500ML", 260000, true, 80, 700),
      v("Chai 1 L", "LS-MONGVT-1L", 500000, false, 60, 1400),
    ],
    category: honey,
    tags: ["gi"],
  },
]
