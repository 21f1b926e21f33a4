import type { TranslationLocale } from "./product-translations"

/**
 * English and Chinese names of the marks (geographical indications,
 * collective and certification marks), keyed by mark key. Chinese uses the
 * names the products are sold under across the border (谅山八角, 支陵番荔枝,
 * 谅山扣肉…) with place names in their Hán-Việt readings, as the products'
 * Chinese titles do (catalogue/zh.ts).
 */
export const MARK_TEXTS: Record<string, Record<TranslationLocale, { name: string }>> = {
  "gi-hong-khong-hat-bao-lam": {
    "en-US": { name: "Bảo Lâm (seedless persimmon)" },
    "zh-CN": { name: "宝林无核柿" },
  },
  "gi-mat-ong-van-thuy": {
    "en-US": { name: "Vân Thủy (Schefflera-blossom honey)" },
    "zh-CN": { name: "云水鸭脚木蜂蜜" },
  },
  "gi-na-lang-son": {
    "en-US": { name: "Lạng Sơn (custard apple)" },
    "zh-CN": { name: "谅山番荔枝" },
  },
  "gi-hoi-lang-son": {
    "en-US": { name: "Lạng Sơn star anise" },
    "zh-CN": { name: "谅山八角" },
  },
  "gi-thach-den-lang-son": {
    "en-US": { name: "Lạng Sơn (black grass jelly)" },
    "zh-CN": { name: "谅山黑凉粉（仙草）" },
  },
  "gi-mac-mat-lang-son": {
    "en-US": { name: "Lạng Sơn (mác mật)" },
    "zh-CN": { name: "谅山山黄皮" },
  },
  "cert-na-chi-lang": {
    "en-US": { name: "Chi Lăng custard apple" },
    "zh-CN": { name: "支陵番荔枝" },
  },
  "cert-khau-nhuc-lang-son": {
    "en-US": { name: "Lạng Sơn khau nhục (steamed pork belly with taro)" },
    "zh-CN": { name: "谅山扣肉" },
  },
  "col-quyt-vang-bac-son": {
    "en-US": { name: "Bắc Sơn golden mandarin" },
    "zh-CN": { name: "北山黄皮橘" },
  },
  "col-quyt-vang-trang-dinh": {
    "en-US": { name: "Tràng Định golden mandarin" },
    "zh-CN": { name: "长定黄皮橘" },
  },
  "col-hong-vanh-khuyen-van-lang": {
    "en-US": { name: "Văn Lãng vành khuyên persimmon" },
    "zh-CN": { name: "文朗绣眼柿" },
  },
  "col-tram-den-van-quan": {
    "en-US": { name: "Văn Quan black canarium, Lạng Sơn" },
    "zh-CN": { name: "谅山文关乌榄" },
  },
  "col-ga-ri-van-quan": {
    "en-US": { name: "Văn Quan ri chicken" },
    "zh-CN": { name: "文关土鸡" },
  },
}

/**
 * Vietnamese and Chinese texts of the standards' scope (the record's own
 * text is English), keyed by standard key.
 */
export const STANDARD_TEXTS: Record<string, { "vi-VN": { scope: string }; "zh-CN": { scope: string } }> = {
  "vietgap-na-chi-lang": {
    "vi-VN": { scope: "Na Chi Lăng: khoảng 800–903 ha trồng theo VietGAP (2023). Nguồn tin không nêu chi tiết chứng nhận." },
    "zh-CN": { scope: "支陵番荔枝：约800–903公顷按VietGAP标准种植（2023年）。资料未载明证书详情。" },
  },
  "globalgap-na-chi-lang": {
    "vi-VN": { scope: "Na Chi Lăng: 35 ha trồng theo GlobalGAP (2023). Nguồn tin không nêu chi tiết chứng nhận." },
    "zh-CN": { scope: "支陵番荔枝：35公顷按GlobalGAP标准种植（2023年）。资料未载明证书详情。" },
  },
  "vietgap-quyt-vang-bac-son": {
    "vi-VN": { scope: "Quýt vàng Bắc Sơn trồng theo VietGAP. Nguồn tin không nêu diện tích và chi tiết chứng nhận." },
    "zh-CN": { scope: "北山黄皮橘按VietGAP标准种植。资料未载明面积和证书详情。" },
  },
  "vietgap-hong-vanh-khuyen-van-lang": {
    "vi-VN": { scope: "Hồng vành khuyên Văn Lãng: 60 ha VietGAP (báo cáo năm 2017). Nguồn tin không nêu chi tiết chứng nhận." },
    "zh-CN": { scope: "文朗绣眼柿：60公顷VietGAP（2017年报道）。资料未载明证书详情。" },
  },
  "organic-rau-huu-lung": {
    "vi-VN": {
      scope:
        "Rau chân vịt và cải xoăn hữu cơ của HTX Nông sản Hữu Lũng (OCOP 4 sao, 12/2025). Bộ tiêu chuẩn hữu cơ TCVN 11041; nguồn tin không nêu số chứng nhận.",
    },
    "zh-CN": {
      scope: "友陇农产品合作社的有机菠菜和羽衣甘蓝（OCOP四星，2025年12月）。执行越南有机标准TCVN 11041系列；资料未载明证书编号。",
    },
  },
}
