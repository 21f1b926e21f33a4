/**
 * Intellectual-property marks, planting-area codes and production standards
 * for Lạng Sơn products. Source: /work/shared/docs/ocop-domain.md §2.2 and §3.
 *
 * - MARKS holds only marks the sources report as GRANTED (not planned or
 *   in-progress ones). Registry numbers appear only where a source gives them.
 * - The sources give NO concrete planting-area codes or certificate numbers for
 *   Lạng Sơn. PLANTING_AREAS and STANDARDS record the reported facts with
 *   `illustrative: true`; their codes follow the observed national format
 *   (e.g. VN-DTOR-0017) and are NOT official numbers.
 */

export type MarkKind = "geographical_indication" | "collective_mark" | "certification_mark"

export type CatalogueMark = {
  key: string
  kind: MarkKind
  name: string
  /** e.g. "00140"; only when a source gives it */
  registry_number?: string
  decision?: string
  holder?: string
  protected_area?: string
  year?: number
  source_url: string
  /** caveats about missing or conflicting facts */
  note?: string
}

export type CataloguePlantingArea = {
  code: string
  kind: "planting_area" | "packing_facility"
  area_ha?: number
  location: string
  crop: string
  illustrative: boolean
  note?: string
  source_url: string
}

export type CatalogueStandard = {
  key: string
  kind: "vietgap" | "organic" | "globalgap"
  certificate_number?: string
  issuer?: string
  valid_until?: string
  scope: string
  illustrative: boolean
  source_url: string
}

const SOKHCN_2023 =
  "https://sokhcn.langson.gov.vn/cong-bo-quyet-dinh-va-trao-giay-chung-nhan-chi-dan-dia-ly-cho-cac-san-pham-thach-den-hong-khong-hat"
const SOKHCN_2024 =
  "http://sokhcn.langson.gov.vn/tin-tuc-su-kien/tin-hoat-dong/khai-mac-phien-cho-nong-san-dac-san-vung-mien-tuan-le-quang-ba-na-nong-dac-san-lang-son-nam-2024-va-cong-bo-quyet-dinh-c.html"
const VNEXPRESS_QUYT =
  "https://fair.vnexpress.net/viae/quyt-vang-bac-son-golden-mandarins-ocop-4-sao-185473.html"
const VTV_HONG =
  "https://vtv.vn/kinh-te/lang-son-to-chuc-thi-kien-thuc-trong-hong-vanh-khuyen-van-lang-20171001140043311.htm"

export const MARKS: CatalogueMark[] = [
  {
    key: "gi-hong-khong-hat-bao-lam",
    kind: "geographical_indication",
    name: "Bảo Lâm (hồng không hạt)",
    registry_number: "00032",
    decision: "2838/QĐ-SHTT, 14/11/2012",
    holder: "UBND tỉnh Lạng Sơn",
    protected_area: "Xã Bảo Lâm, Thanh Lòa, Thạch Đạn (huyện Cao Lộc cũ)",
    year: 2012,
    source_url:
      "https://wipo.vn/en_US/web/guest/phat-trien-chi-dan-ia-ly/-/asset_publisher/SGA9PgvmYtWI/content/bao-ho-chi-dan-ia-ly-bao-lam-cho-san-pham-hong-khong-hat",
    note: "A further GI announcement was held in 04/2023, probably a re-issued certificate.",
  },
  {
    key: "gi-mat-ong-van-thuy",
    kind: "geographical_indication",
    name: "Vân Thủy (mật ong hoa ngũ gia bì)",
    registry_number: "00129",
    decision: "647/QĐ-SHTT, 17/04/2023",
    holder: "UBND huyện Chi Lăng (before the 07/2025 reform)",
    protected_area: "Xã Vân Thủy (huyện Chi Lăng cũ)",
    year: 2023,
    source_url:
      "https://wipo.vn/en_US/web/guest/chuong-trinh-phat-trien-tai-san-tri-tue/-/asset_publisher/vTLYJq8Ak7Gm/content/bao-ho-chi-dan-ia-ly-van-thuy-cho-san-pham-mat-ong-hoa-ngu-gia-bi",
  },
  {
    key: "gi-na-lang-son",
    kind: "geographical_indication",
    name: "Lạng Sơn (quả na)",
    registry_number: "00140",
    decision: "560/QĐ-SHTT, 22/06/2024",
    holder: "Sở NN&PTNT Lạng Sơn (now Sở NN&MT)",
    protected_area: "Tỉnh Lạng Sơn (GI area)",
    year: 2024,
    source_url:
      "https://ipvietnam.gov.vn/vi_VN/web/guest/tin-tuc-su-kien/-/asset_publisher/7xsjBfqhCDAV/content/bao-ho-chi-dan-ia-ly-lang-son-cho-san-pham-qua-na",
    note: "Specification: fruit ≥ 268.15 g, edible portion ≥ 42.33 %, Brix ≥ 11.2°.",
  },
  {
    key: "gi-hoi-lang-son",
    kind: "geographical_indication",
    name: "Hồi Lạng Sơn (hoa hồi)",
    source_url: "https://en.vietnamplus.vn/lang-sons-anise-export-expected-to-increase-post67146.vnp",
    note: "Number not found; sources give 2007 or 2012 as the year. On the EVFTA list of 39 Vietnamese GIs.",
  },
  {
    key: "gi-thach-den-lang-son",
    kind: "geographical_indication",
    name: "Lạng Sơn (thạch đen)",
    protected_area: "Tràng Định, Bình Gia, Văn Lãng",
    year: 2023,
    source_url: SOKHCN_2023,
    note: "Granted and announced 18/04/2023; number not found.",
  },
  {
    key: "gi-mac-mat-lang-son",
    kind: "geographical_indication",
    name: "Lạng Sơn (mác mật)",
    year: 2024,
    source_url: SOKHCN_2024,
    note: "Announced 08/2024; number not found.",
  },
  {
    key: "cert-na-chi-lang",
    kind: "certification_mark",
    name: "Na Chi Lăng",
    year: 2011,
    source_url: "https://en.vietnamplus.vn/lang-son-promotes-local-chi-lang-custardapple-in-hanoi/157996.vnp",
    note: "Number not found.",
  },
  {
    key: "cert-khau-nhuc-lang-son",
    kind: "certification_mark",
    name: "Khau nhục Lạng Sơn",
    year: 2024,
    source_url: SOKHCN_2024,
    note: "Announced 08/2024; number not found.",
  },
  {
    key: "col-quyt-vang-bac-son",
    kind: "collective_mark",
    name: "Quýt vàng Bắc Sơn",
    holder: "Hội làm vườn huyện Bắc Sơn",
    year: 2017,
    source_url: "https://ipc.net.vn/bao-ho-nhan-hieu-tap-the-quit-vang-bac-son/",
  },
  {
    key: "col-quyt-vang-trang-dinh",
    kind: "collective_mark",
    name: "Quýt vàng Tràng Định",
    year: 2019,
    source_url: VNEXPRESS_QUYT,
  },
  {
    key: "col-hong-vanh-khuyen-van-lang",
    kind: "collective_mark",
    name: "Hồng vành khuyên Văn Lãng",
    source_url: VTV_HONG,
    note: "Granted about 2016 (a 10/2017 report says one year earlier); exact year unconfirmed.",
  },
  {
    key: "col-tram-den-van-quan",
    kind: "collective_mark",
    name: "Trám đen Văn Quan, Lạng Sơn",
    decision: "Certificate decided 03/09/2020",
    holder: "Hội làm vườn huyện Văn Quan",
    year: 2020,
    source_url:
      "https://old.baolangson.vn/en/economy/14336-van-quan-received-the-certificate-of-the-collective-trademark-protection-of-van-quan-black-canarium-lang-son.html",
  },
  {
    key: "col-ga-ri-van-quan",
    kind: "collective_mark",
    name: "Gà ri Văn Quan",
    decision: "116414/QĐ-SHTT, 03/10/2024",
    holder: "Hội làm vườn huyện Văn Quan",
    year: 2024,
    source_url:
      "https://thuonghieucongluan.com.vn/lang-son-cong-bo-van-bang-bao-ho-nhan-hieu-tap-the-ga-ri-van-quan-a244835.html",
  },
]

const NA_CODES_URL =
  "https://vietnamnet.vn/en/society/lang-son-actively-promotes-chi-lang-custard-apple-specialty-671513.html"
const BLACK_JELLY_URL =
  "https://danviet.vn/cay-tram-ty-thach-den-sap-duoc-xuat-khau-chinh-ngach-sang-trung-quoc-co-gi-dac-biet-20201204123036927.htm"
const BLACK_JELLY_NOTE =
  "One of 6 black-jelly planting-area codes (60 ha in total) handed over after the 2020 China–Vietnam protocol; the real codes and the split per code are not in the sources."

const blackJellyArea = (n: number): CataloguePlantingArea => ({
  code: `VN-LSOR-01${String(n).padStart(2, "0")}`,
  kind: "planting_area",
  location: "Lạng Sơn (black-jelly growing area)",
  crop: "Thạch đen (Platostoma/Mesona)",
  illustrative: true,
  note: BLACK_JELLY_NOTE,
  source_url: BLACK_JELLY_URL,
})

export const PLANTING_AREAS: CataloguePlantingArea[] = [
  {
    code: "VN-LSOR-0001",
    kind: "planting_area",
    location: "Xã Chi Lăng (huyện Chi Lăng cũ)",
    crop: "Na (Annona squamosa)",
    illustrative: true,
    note: "Na Chi Lăng gardens have had planting-area codes since 2020; this code is illustrative.",
    source_url: NA_CODES_URL,
  },
  {
    code: "VN-LSOR-0002",
    kind: "planting_area",
    location: "Thị trấn Đồng Mỏ (huyện Chi Lăng cũ)",
    crop: "Na (Annona squamosa)",
    illustrative: true,
    note: "Na Chi Lăng gardens have had planting-area codes since 2020; this code is illustrative.",
    source_url: NA_CODES_URL,
  },
  ...[1, 2, 3, 4, 5, 6].map(blackJellyArea),
]

export const STANDARDS: CatalogueStandard[] = [
  {
    key: "vietgap-na-chi-lang",
    kind: "vietgap",
    scope: "Na Chi Lăng: about 800–903 ha grown to VietGAP (2023). Certificate details not in sources.",
    illustrative: true,
    source_url: "https://plo.vn/na-chi-lang-120000-dongkg-van-khong-lo-e-post746915.html",
  },
  {
    key: "globalgap-na-chi-lang",
    kind: "globalgap",
    scope: "Na Chi Lăng: 35 ha grown to GlobalGAP (2023). Certificate details not in sources.",
    illustrative: true,
    source_url: "http://indonesianewsgazette.com/chi-lang-farmers-reap-abundant-crop-of-custard-apples",
  },
  {
    key: "vietgap-quyt-vang-bac-son",
    kind: "vietgap",
    scope: "Quýt vàng Bắc Sơn grown to VietGAP. Area and certificate details not in sources.",
    illustrative: true,
    source_url: VNEXPRESS_QUYT,
  },
  {
    key: "vietgap-hong-vanh-khuyen-van-lang",
    kind: "vietgap",
    scope: "Hồng vành khuyên Văn Lãng: 60 ha VietGAP (2017 report). Certificate details not in sources.",
    illustrative: true,
    source_url: VTV_HONG,
  },
  {
    key: "organic-rau-huu-lung",
    kind: "organic",
    scope:
      "Organic spinach and kale of HTX Nông sản Hữu Lũng (OCOP 4★, 12/2025). Organic standard series TCVN 11041; certificate number not in sources.",
    illustrative: true,
    source_url:
      "https://www.vietnam.vn/es/cong-bo-ket-qua-danh-gia-phan-hang-san-pham-ocop-tinh-lang-son-nam-2025-dot-2",
  },
]
