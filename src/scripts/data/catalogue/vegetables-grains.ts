import { ALL_YEAR, ROUND_2020_3, ROUND_2025_2, v } from "./helpers"
import type { CatalogueProducer, CatalogueProduct } from "./types"

export const VEGETABLE_GRAIN_PRODUCERS: CatalogueProducer[] = [
  {
    key: "nong-ho-nep-bac-son",
    name: "Nông hộ trồng nếp cái hoa vàng Bắc Sơn",
    type: "household_business",
    district: "Bắc Sơn",
    placeholder: true,
    story_vi:
      "Gạo nếp cái hoa vàng Bắc Sơn đã đạt OCOP 4 sao (chậm nhất năm 2021). Các nguồn tin không nêu tên chủ thể sản xuất.",
    story_en:
      "Bắc Sơn yellow-flower glutinous rice was rated OCOP 4★ (by 2021 at the latest). The sources do not name the producer.",
  },
  {
    key: "co-so-bun-ngo-thuan-anh",
    name: "Cơ sở sản xuất bún ngô Thuận Anh",
    type: "household_business",
    district: "Đình Lập",
    story_vi:
      "Cơ sở sản xuất bún ngô ở Đình Lập. Bún ngô Thuận Anh được nâng từ OCOP 3 sao lên 4 sao (đợt 3/2020) và là sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    story_en:
      "A corn-vermicelli maker in Đình Lập. Its vermicelli was upgraded from OCOP 3★ to 4★ (round 3/2020) and named a national typical rural industrial product in 2021.",
  },
  {
    key: "co-so-pho-kho-hoang-quyen",
    name: "Cơ sở phở khô Hoàng Quyên",
    type: "household_business",
    district: "Lộc Bình",
    placeholder: true,
    story_vi:
      "Phở khô đặc biệt Hoàng Quyên (Lộc Bình) đạt OCOP 3 sao năm 2020. Nguồn tin chỉ nêu tên sản phẩm, không nêu tên và loại hình chủ thể.",
    story_en:
      "Hoàng Quyên special dried phở (Lộc Bình) was rated OCOP 3★ in 2020. The source names only the product, not the owner or its legal form.",
  },
  {
    key: "htx-nong-san-huu-lung",
    name: "HTX Nông sản Hữu Lũng",
    type: "cooperative",
    commune: "xã Hữu Lũng",
    district: "Hữu Lũng",
    district_inferred: true,
    story_vi:
      "Hợp tác xã trồng rau hữu cơ ở xã Hữu Lũng. Rau chân vịt hữu cơ và cải xoăn hữu cơ của HTX đạt OCOP 4 sao tháng 12/2025.",
    story_en:
      "A cooperative growing organic vegetables in Hữu Lũng commune. Its organic spinach and organic kale were rated OCOP 4★ in December 2025.",
  },
  {
    key: "nong-ho-hat-de-thanh-loa",
    name: "Nông hộ trồng hạt dẻ Thanh Lòa",
    type: "household_business",
    district: "Cao Lộc",
    address: "Vùng Thanh Lòa, huyện Cao Lộc (cũ)",
    placeholder: true,
    story_vi:
      "Hạt dẻ tươi vùng Thanh Lòa (Cao Lộc) đạt OCOP 3 sao tháng 12/2022. Nguồn tin không nêu tên chủ thể sản xuất.",
    story_en:
      "Fresh chestnuts from the Thanh Lòa area (Cao Lộc) were rated OCOP 3★ in December 2022. The source does not name the producer.",
  },
  {
    key: "htx-cnc-lang-son",
    name: "HTX Nông nghiệp Công nghệ cao và Phát triển Lạng Sơn",
    type: "cooperative",
    district: "TP Lạng Sơn",
    story_vi:
      "Hợp tác xã nông nghiệp công nghệ cao ở TP Lạng Sơn. Ngồng hoa cải của HTX đạt 70 điểm, được công nhận OCOP 4 sao (công bố 01/2021).",
    story_en:
      "A high-tech farming cooperative in Lạng Sơn city. Its flowering mustard shoots scored 70 points and were rated OCOP 4★ (announced January 2021).",
  },
  {
    key: "co-so-bun-gac-le-chi",
    name: "Cơ sở bún gấc Lệ Chi",
    type: "household_business",
    district: "Chưa xác định",
    placeholder: true,
    story_vi:
      "Bún gấc Lệ Chi được các nguồn nhắc đến là sản phẩm 3 sao năm 2022 nhưng chưa được xác nhận. Nguồn tin không nêu chủ thể và địa chỉ.",
    story_en:
      "Lệ Chi gấc vermicelli is reported as a 3★ product of 2022, not yet confirmed. The sources do not give the owner or address.",
  },
]

const grains = "gao-ngu-coc"
const veg = "rau"
const COOL_SEASON_GUESS = { months: [10, 11, 12, 1, 2, 3, 4], uncertain: true }

export const VEGETABLE_GRAIN_PRODUCTS: CatalogueProduct[] = [
  {
    row: 6,
    handle: "gao-nep-cai-hoa-vang-bac-son",
    title: "Gạo nếp cái hoa vàng Bắc Sơn",
    subtitle: "Bắc Sơn yellow-flower glutinous rice",
    description:
      "Gạo nếp cái hoa vàng trồng ở Bắc Sơn, dùng nấu xôi, gói bánh chưng và làm bánh truyền thống.",
    description_en:
      "Yellow-flower glutinous rice grown in Bắc Sơn, used for sticky rice, bánh chưng and traditional cakes.",
    producer: "nong-ho-nep-bac-son",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "rice and cereals",
      note: "Reported as 4★ by 2021; the exact year of recognition is not given.",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [
      v("1 kg", "LS-NEPBS-1KG", 45000, true, 300, 1000),
      v("Túi 2 kg", "LS-NEPBS-2KG", 90000, true, 200, 2000),
      v("Túi 5 kg", "LS-NEPBS-5KG", 220000, true, 100, 5000),
    ],
    category: grains,
    tags: ["tet-gift"],
  },
  {
    row: 26,
    handle: "bun-ngo-thuan-anh",
    title: "Bún ngô Thuận Anh",
    subtitle: "Thuận Anh corn vermicelli",
    description:
      "Bún ngô khô của cơ sở Thuận Anh (Đình Lập), sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021.",
    description_en:
      "Dried corn vermicelli from Thuận Anh (Đình Lập), a national typical rural industrial product in 2021.",
    producer: "co-so-bun-ngo-thuan-anh",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "processed cereal",
      round: ROUND_2020_3,
      note: "Upgraded from 3★ (year of the 3★ rating not given).",
    },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Gói 500 g", "LS-BUNNGO-500G", 35000, true, 400, 500)],
    category: grains,
  },
  {
    row: 27,
    handle: "pho-kho-hoang-quyen",
    title: "Phở khô đặc biệt Hoàng Quyên",
    subtitle: "Hoàng Quyên special dried rice noodles",
    description: "Bánh phở khô sản xuất tại Lộc Bình, tiện nấu phở và món xào tại nhà.",
    description_en: "Dried phở noodles made in Lộc Bình, handy for phở and stir-fries at home.",
    producer: "co-so-pho-kho-hoang-quyen",
    ocop: { stars: 3, year: 2020, group: "food", subgroup: "processed cereal" },
    marks: [],
    season: ALL_YEAR,
    variants: [v("Gói 500 g", "LS-PHOHQ-500G", 35000, true, 400, 500)],
    category: grains,
  },
  {
    row: 30,
    handle: "rau-chan-vit-huu-co-huu-lung",
    title: "Rau chân vịt hữu cơ",
    subtitle: "Organic spinach",
    description: "Rau chân vịt hữu cơ của HTX Nông sản Hữu Lũng, đạt OCOP 4 sao tháng 12/2025.",
    description_en: "Organic spinach from Hữu Lũng Agricultural Cooperative, rated OCOP 4★ in December 2025.",
    producer: "htx-nong-san-huu-lung",
    ocop: { stars: 4, ...ROUND_2025_2, group: "food", subgroup: "fresh vegetables" },
    marks: [],
    standards: ["organic-rau-huu-lung"],
    season: COOL_SEASON_GUESS,
    variants: [
      v("Túi 300 g", "LS-SPINACH-300G", 25000, true, 150, 300),
      v("Túi 500 g", "LS-SPINACH-500G", 38000, true, 150, 500),
      v("1 kg", "LS-SPINACH-1KG", 70000, true, 80, 1000),
    ],
    category: veg,
    tags: ["organic", "perishable"],
  },
  {
    row: 30,
    handle: "cai-xoan-huu-co-huu-lung",
    title: "Cải xoăn hữu cơ",
    subtitle: "Organic kale",
    description: "Cải xoăn (kale) trồng hữu cơ của HTX Nông sản Hữu Lũng, hợp làm salad và nước ép.",
    description_en: "Organically grown kale from Hữu Lũng Agricultural Cooperative, good for salads and juices.",
    producer: "htx-nong-san-huu-lung",
    ocop: { stars: 4, ...ROUND_2025_2, group: "food", subgroup: "fresh vegetables" },
    marks: [],
    standards: ["organic-rau-huu-lung"],
    season: COOL_SEASON_GUESS,
    variants: [
      v("Túi 300 g", "LS-KALE-300G", 28000, true, 150, 300),
      v("Túi 500 g", "LS-KALE-500G", 42000, true, 150, 500),
      v("1 kg", "LS-KALE-1KG", 80000, true, 80, 1000),
    ],
    category: veg,
    tags: ["organic", "perishable"],
  },
  {
    row: 35,
    handle: "hat-de-tuoi-cao-loc",
    title: "Hạt dẻ tươi Cao Lộc",
    subtitle: "Fresh chestnuts (Thanh Lòa, Cao Lộc)",
    description: "Hạt dẻ tươi từ vùng Thanh Lòa (Cao Lộc), dùng để rang, luộc hoặc nấu món hầm.",
    description_en: "Fresh chestnuts from the Thanh Lòa area (Cao Lộc), for roasting, boiling or stews.",
    producer: "nong-ho-hat-de-thanh-loa",
    ocop: { stars: 3, year: 2022, group: "food", subgroup: "fresh nuts" },
    marks: [],
    // season not given by the sources: general knowledge, unconfirmed
    season: { months: [8, 9, 10], uncertain: true },
    variants: [
      v("Túi 500 g", "LS-HATDE-500G", 65000, true, 150, 500),
      v("1 kg", "LS-HATDE-1KG", 120000, true, 150, 1000),
    ],
    category: "trai-cay-tuoi",
    tags: ["seasonal"],
  },
  {
    row: 36,
    handle: "ngong-hoa-cai",
    title: "Ngồng hoa cải",
    subtitle: "Flowering mustard shoots",
    description:
      "Ngồng cải non của HTX Nông nghiệp Công nghệ cao và Phát triển Lạng Sơn, luộc hoặc xào tỏi đều ngon.",
    description_en:
      "Tender flowering mustard shoots from the Lạng Sơn High-Tech Agriculture and Development Cooperative, great boiled or stir-fried with garlic.",
    producer: "htx-cnc-lang-son",
    ocop: {
      stars: 4,
      year: 2021,
      group: "food",
      subgroup: "fresh vegetables",
      score_total: 70,
      round: ROUND_2020_3,
    },
    marks: [],
    // season not given by the sources: general knowledge, unconfirmed
    season: { months: [11, 12, 1, 2], uncertain: true },
    variants: [
      v("Bó 500 g", "LS-NGONGCAI-500G", 25000, true, 150, 500),
      v("1 kg", "LS-NGONGCAI-1KG", 45000, true, 100, 1000),
    ],
    category: veg,
    tags: ["perishable", "seasonal"],
  },
  {
    row: "extra",
    handle: "bun-gac-le-chi",
    title: "Bún gấc Lệ Chi",
    subtitle: "Lệ Chi gấc-fruit vermicelli",
    description: "Bún gấc (bún có màu đỏ cam của quả gấc) mang thương hiệu Lệ Chi.",
    description_en: "Gấc vermicelli (coloured red-orange with gấc fruit), Lệ Chi brand.",
    producer: "co-so-bun-gac-le-chi",
    ocop: null,
    marks: [],
    season: ALL_YEAR,
    variants: [v("Gói 500 g", "LS-BUNGAC-500G", 40000, true, 200, 500)],
    category: grains,
  },
]
