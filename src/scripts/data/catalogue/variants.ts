/**
 * English and Chinese names of the products' pack sizes (the variants' titles
 * and the values of the "Quy cách" option), keyed by the Vietnamese title.
 * Chinese follows the way shops label a pack (规格 "500克/袋", "整只", "礼盒"),
 * not a word-by-word rendering: gói → 包, túi → 袋, chai/lọ → 瓶, hộp → 盒,
 * hũ → 罐, bó → 把; a dressed chicken is sold as 白条鸡.
 */
export type PackText = { en: string; zh: string }

/** The product option every catalogue product has ("Quy cách", pack size). */
export const UNIT_OPTION = "Quy cách"
export const UNIT_OPTION_TEXTS: PackText = { en: "Pack size", zh: "规格" }

export const PACK_TEXTS: Record<string, PackText> = {
  "1 kg": { en: "1 kg", zh: "1公斤" },
  "1 kg (gà làm sẵn)": { en: "1 kg (dressed chicken)", zh: "1公斤（白条鸡）" },
  "Loại 1 – 1 kg": { en: "Grade 1 – 1 kg", zh: "一级 1公斤" },
  "Quả tươi 1 kg": { en: "Fresh fruit, 1 kg", zh: "鲜果 1公斤" },
  "1 chiếc": { en: "1 piece", zh: "1个" },
  "Nửa con": { en: "Half bird", zh: "半只" },
  "Nguyên con": { en: "Whole bird", zh: "整只" },
  Gói: { en: "Pack", zh: "袋装" },
  "Gói 50 g": { en: "50 g pack", zh: "50克/包" },
  "Gói 100 g": { en: "100 g pack", zh: "100克/包" },
  "Gói 200 g": { en: "200 g pack", zh: "200克/包" },
  "Gói 500 g": { en: "500 g pack", zh: "500克/包" },
  "Túi 300 g": { en: "300 g bag", zh: "300克/袋" },
  "Túi 500 g": { en: "500 g bag", zh: "500克/袋" },
  "Túi 2 kg": { en: "2 kg bag", zh: "2公斤/袋" },
  "Túi 5 kg": { en: "5 kg bag", zh: "5公斤/袋" },
  "Túi 10 chiếc": { en: "Bag of 10", zh: "10个/袋" },
  Hộp: { en: "Box", zh: "盒装" },
  "Hộp 100 g": { en: "100 g box", zh: "100克/盒" },
  "Hộp 200 g": { en: "200 g box", zh: "200克/盒" },
  "Hộp 500 g": { en: "500 g box", zh: "500克/盒" },
  "Hộp 1 kg": { en: "1 kg box", zh: "1公斤/盒" },
  "Hộp 2 kg": { en: "2 kg box", zh: "2公斤/盒" },
  "Hộp 3 kg": { en: "3 kg box", zh: "3公斤/盒" },
  "Hộp quà 3 kg": { en: "3 kg gift box", zh: "3公斤礼盒" },
  "Hộp túi lọc": { en: "Box of tea bags", zh: "袋泡茶（盒装）" },
  "Hũ 500 g": { en: "500 g jar", zh: "500克/罐" },
  "Bó 500 g": { en: "500 g bunch", zh: "500克/把" },
  "Chai 250 ml": { en: "250 ml bottle", zh: "250毫升/瓶" },
  "Chai 500 ml": { en: "500 ml bottle", zh: "500毫升/瓶" },
  "Chai 1 L": { en: "1 L bottle", zh: "1升/瓶" },
  "Lọ 10 ml": { en: "10 ml vial", zh: "10毫升/瓶" },
  "Lọ 50 ml": { en: "50 ml vial", zh: "50毫升/瓶" },
  "Lọ 100 ml": { en: "100 ml vial", zh: "100毫升/瓶" },
  Cốc: { en: "Cup", zh: "杯装" },
  "Vé tham quan": { en: "Visitor ticket", zh: "参观门票" },
}
