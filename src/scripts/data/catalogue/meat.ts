import { ALL_YEAR, ROUND_2025_2, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const MEAT_PRODUCERS: CatalogueProducer[] = [
  {
    key: "co-so-vit-quay-hong-xiem",
    name: "Cơ sở vịt quay Hồng Xiêm",
    type: "household_business",
    district: "TP Lạng Sơn",
    placeholder: true,
    story_vi:
      "Cơ sở gia đình ở TP Lạng Sơn làm vịt quay lá mác mật, sản phẩm OCOP 4 sao (công bố 01/2021). Nguồn tin không nêu tên chủ hộ.",
    story_en:
      "A family business in Lạng Sơn city making roast duck with mác mật leaves, rated OCOP 4★ (announced January 2021). The source does not name the owner.",
  },
  {
    key: "co-so-vit-quay-nguyen-sinh",
    name: "Cơ sở vịt quay Nguyên Sinh",
    type: "household_business",
    representative: "Nguyễn Thị Kim Nguyên",
    district: "Cao Lộc",
    story_vi:
      "Bà Nguyễn Thị Kim Nguyên (Cao Lộc) giữ công thức vịt quay gia truyền bốn đời. Sản phẩm đạt OCOP 3 sao tháng 12/2022 với tên \"Nguyên Xinh\".",
    story_en:
      "Mrs Nguyễn Thị Kim Nguyên (Cao Lộc) keeps a four-generation family roast-duck recipe. The product was rated OCOP 3★ in December 2022 under the name \"Nguyên Xinh\".",
  },
  {
    key: "co-so-khau-nhuc-tran-sinh",
    name: "Cơ sở khâu nhục Trần Sinh",
    type: "household_business",
    district: "Lộc Bình",
    placeholder: true,
    story_vi:
      "Cơ sở gia đình ở Lộc Bình làm khâu nhục, sản phẩm OCOP 3 sao tháng 12/2022. Nguồn tin không nêu tên chủ hộ.",
    story_en:
      "A family business in Lộc Bình making khâu nhục, rated OCOP 3★ in December 2022. The source does not name the owner.",
  },
  {
    key: "htx-mai-sao",
    name: "HTX Mai Sao Lạng Sơn",
    type: "cooperative",
    address: "Thôn Mạn Đường, xã Mai Sao, huyện Chi Lăng (cũ)",
    district: "Chi Lăng",
    story_vi:
      "Hợp tác xã ở thôn Mạn Đường, xã Mai Sao, đóng hộp khâu nhục có mã QR truy xuất nguồn gốc; sản phẩm đạt OCOP 3 sao tháng 9/2024.",
    story_en:
      "A cooperative in Mạn Đường village, Mai Sao commune, packing khâu nhục with QR traceability codes; rated OCOP 3★ in September 2024.",
  },
  {
    key: "co-so-nem-nuong-khoi-loan",
    name: "Cơ sở nem nướng Khôi Loan",
    type: "household_business",
    district: "Hữu Lũng",
    placeholder: true,
    story_vi:
      "Nem nướng Khôi Loan (Hữu Lũng) đạt OCOP 3 sao năm 2020. Nguồn tin chỉ nêu tên sản phẩm, không nêu tên và loại hình chủ thể.",
    story_en:
      "Khôi Loan grilled pork rolls (Hữu Lũng) were rated OCOP 3★ in 2020. The source names only the product, not the owner or its legal form.",
  },
  {
    key: "hkd-sam-le-thu",
    name: "Hộ kinh doanh Sầm Lê Thu",
    type: "household_business",
    commune: "xã Đình Lập",
    district: "Đình Lập",
    district_inferred: true,
    story_vi: "Hộ kinh doanh ở xã Đình Lập. Lạp sườn và xúc xích Sầm Thu đạt OCOP 3 sao tháng 12/2025.",
    story_en: "A household business in Đình Lập commune. Its Sầm Thu lạp sườn and sausages were rated OCOP 3★ in December 2025.",
  },
  {
    key: "ho-nguyen-thi-hai",
    name: "Hộ sản xuất bà Nguyễn Thị Hải",
    type: "household_business",
    representative: "Nguyễn Thị Hải",
    address: "Xã Bình Gia",
    district: "Bình Gia",
    story_vi: "Bà Nguyễn Thị Hải ở xã Bình Gia làm thịt lợn hun khói, sản phẩm OCOP 3 sao năm 2024.",
    story_en: "Mrs Nguyễn Thị Hải of Bình Gia commune makes wood-smoked pork, an OCOP 3★ product of 2024.",
  },
  {
    key: "ho-chan-nuoi-ga-ri-van-quan",
    name: "Hộ chăn nuôi gà ri Văn Quan",
    type: "household_business",
    district: "Văn Quan",
    placeholder: true,
    story_vi:
      "Gà ri Văn Quan mang nhãn hiệu tập thể do Hội làm vườn huyện Văn Quan quản lý (2024). Nguồn tin không nêu tên hộ chăn nuôi cụ thể.",
    story_en:
      "Văn Quan ri chicken carries a collective mark managed by the Văn Quan Gardeners' Association (2024). The source names no specific farm.",
  },
]

const meat = "thit-dac-san"

export const MEAT_PRODUCTS: CatalogueProduct[] = [
  {
    row: 17,
    handle: "vit-quay-hong-xiem",
    title: "Vịt quay Hồng Xiêm",
    subtitle: "Hồng Xiêm roast duck with mác mật leaves",
    description:
      "Vịt quay lá mác mật của cơ sở Hồng Xiêm (TP Lạng Sơn), món đặc sản xứ Lạng. Hàng tươi, cần giao lạnh.",
    description_en:
      "Roast duck with mác mật leaves from Hồng Xiêm (Lạng Sơn city), a signature Lạng Sơn dish. Perishable; needs cold delivery.",
    producer: "co-so-vit-quay-hong-xiem",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "processed meat",
      note: "Reported as 4★ by 01/2021.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Nửa con", "LS-VITHX-NUA", 210000, true, 40, 750),
      v("Nguyên con", "LS-VITHX-CON", 400000, true, 40, 1500),
    ],
    category: meat,
    tags: ["perishable", "cold-chain", "tet-gift"],
  },
  {
    row: 18,
    handle: "vit-quay-nguyen-sinh",
    title: "Vịt quay Nguyên Sinh",
    subtitle: "Nguyên Sinh roast duck (four-generation family recipe)",
    description:
      "Vịt quay theo công thức gia truyền bốn đời của bà Nguyễn Thị Kim Nguyên (Cao Lộc). Hàng tươi, cần giao lạnh.",
    description_en:
      "Roast duck made to Mrs Nguyễn Thị Kim Nguyên's four-generation family recipe (Cao Lộc). Perishable; needs cold delivery.",
    producer: "co-so-vit-quay-nguyen-sinh",
    ocop: {
      stars: 3,
      year: 2022,
      group: "food",
      subgroup: "processed meat",
      note: "3★ 12/2022 as \"Nguyên Xinh\". A later source reports 4★ as \"Nguyên Sinh\" (probably the same brand; year not given): verify before showing 4★.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Nửa con", "LS-VITNS-NUA", 220000, true, 40, 750),
      v("Nguyên con", "LS-VITNS-CON", 420000, true, 40, 1500),
    ],
    category: meat,
    tags: ["perishable", "cold-chain", "tet-gift"],
  },
  {
    row: 19,
    handle: "khau-nhuc-tran-sinh",
    title: "Khâu nhục Trần Sinh",
    subtitle: "Trần Sinh steamed pork belly with taro",
    description: "Khâu nhục (thịt ba chỉ hấp với khoai môn) của cơ sở Trần Sinh, Lộc Bình. Bảo quản lạnh.",
    description_en: "Khâu nhục (pork belly steamed with taro) from Trần Sinh, Lộc Bình. Keep refrigerated.",
    producer: "co-so-khau-nhuc-tran-sinh",
    ocop: { stars: 3, year: 2022, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Hộp 500 g", "LS-KNTS-500G", 150000, true, 60, 500),
      v("Hộp 1 kg", "LS-KNTS-1KG", 280000, true, 40, 1000),
    ],
    category: meat,
    tags: ["perishable", "cold-chain", "tet-gift"],
  },
  {
    row: 20,
    handle: "khau-nhuc-mai-sao",
    title: "Khâu nhục Mai Sao",
    subtitle: "Mai Sao khâu nhục (packed, QR-traceable)",
    description:
      "Khâu nhục đóng hộp của HTX Mai Sao Lạng Sơn (xã Mai Sao, Chi Lăng), có mã QR truy xuất nguồn gốc trên bao bì.",
    description_en:
      "Packed khâu nhục from Mai Sao Lạng Sơn Cooperative (Mai Sao commune, Chi Lăng), with a QR traceability code on the pack.",
    producer: "htx-mai-sao",
    ocop: { stars: 3, year: 2024, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Hộp 500 g", "LS-KNMS-500G", 160000, true, 80, 500),
      v("Hộp 1 kg", "LS-KNMS-1KG", 300000, true, 40, 1000),
    ],
    category: meat,
    tags: ["qr-traceable", "tet-gift"],
  },
  {
    row: 28,
    handle: "nem-nuong-khoi-loan",
    title: "Nem nướng Khôi Loan",
    subtitle: "Khôi Loan grilled pork rolls",
    description: "Nem nướng của cơ sở Khôi Loan, Hữu Lũng. Bảo quản lạnh.",
    description_en: "Grilled pork rolls from Khôi Loan, Hữu Lũng. Keep refrigerated.",
    producer: "co-so-nem-nuong-khoi-loan",
    ocop: { stars: 3, year: 2020, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Gói 500 g", "LS-NEMKL-500G", 95000, true, 80, 500)],
    category: meat,
    tags: ["perishable", "cold-chain"],
  },
  {
    row: 33,
    handle: "lap-suon-sam-thu",
    title: "Lạp sườn Sầm Thu",
    subtitle: "Sầm Thu lạp sườn (Chinese-style sausage)",
    description: "Lạp sườn của hộ kinh doanh Sầm Lê Thu (xã Đình Lập), món quen thuộc trong mâm cỗ Tết.",
    description_en: "Lạp sườn from the Sầm Lê Thu household business (Đình Lập commune), a familiar dish at Tết.",
    producer: "hkd-sam-le-thu",
    ocop: { stars: 3, ...ROUND_2025_2, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 500 g", "LS-LAPSUON-500G", 180000, true, 100, 500),
      v("1 kg", "LS-LAPSUON-1KG", 350000, true, 60, 1000),
    ],
    category: meat,
    tags: ["tet-gift"],
  },
  {
    row: 33,
    handle: "xuc-xich-sam-thu",
    title: "Xúc xích Sầm Thu",
    subtitle: "Sầm Thu sausages",
    description: "Xúc xích của hộ kinh doanh Sầm Lê Thu (xã Đình Lập).",
    description_en: "Sausages from the Sầm Lê Thu household business (Đình Lập commune).",
    producer: "hkd-sam-le-thu",
    ocop: { stars: 3, ...ROUND_2025_2, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 500 g", "LS-XUCXICH-500G", 160000, true, 100, 500),
      v("1 kg", "LS-XUCXICH-1KG", 300000, true, 60, 1000),
    ],
    category: meat,
  },
  {
    row: 34,
    handle: "thit-lon-hun-khoi-binh-gia",
    title: "Thịt lợn hun khói Bình Gia",
    subtitle: "Bình Gia wood-smoked pork",
    description: "Thịt lợn hun khói bằng củi của bà Nguyễn Thị Hải, xã Bình Gia.",
    description_en: "Wood-smoked pork made by Mrs Nguyễn Thị Hải of Bình Gia commune.",
    producer: "ho-nguyen-thi-hai",
    ocop: { stars: 3, year: 2024, group: "food", subgroup: "processed meat" },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("Gói 500 g", "LS-LONHK-500G", 280000, true, 60, 500),
      v("1 kg", "LS-LONHK-1KG", 550000, true, 40, 1000),
    ],
    category: meat,
    tags: ["tet-gift"],
  },
  {
    row: "extra",
    handle: "ga-ri-van-quan",
    title: "Gà ri Văn Quan",
    subtitle: "Văn Quan ri chicken",
    description: "Gà ri nuôi ở Văn Quan, mang nhãn hiệu tập thể \"Gà ri Văn Quan\" (2024). Hàng tươi, cần giao lạnh.",
    description_en:
      "Ri chicken raised in Văn Quan under the \"Gà ri Văn Quan\" collective mark (2024). Perishable; needs cold delivery.",
    producer: "ho-chan-nuoi-ga-ri-van-quan",
    ocop: null,
    marks: ["col-ga-ri-van-quan"],
    season: ALL_YEAR,
    variants: [v("1 kg (gà làm sẵn)", "LS-GARI-1KG", 180000, true, 50, 1000)],
    category: meat,
    tags: ["perishable", "cold-chain"],
  },
]
