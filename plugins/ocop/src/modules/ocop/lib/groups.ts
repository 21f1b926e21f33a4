/**
 * OCOP product groups as defined by Decisions 919/QĐ-TTg (2022) and
 * 148/QĐ-TTg (2023). The 2019 groups (QĐ 1048) are no longer used.
 */
export const OCOP_GROUPS = [
  "food",
  "beverage",
  "herbal",
  "handicraft",
  "ornamental",
  "tourism",
] as const

export type OcopGroup = (typeof OCOP_GROUPS)[number]

export const OCOP_GROUP_LABELS: Record<OcopGroup, { vi: string; en: string }> = {
  food: { vi: "Thực phẩm", en: "Food" },
  beverage: { vi: "Đồ uống", en: "Beverages" },
  herbal: {
    vi: "Dược liệu và sản phẩm từ dược liệu",
    en: "Medicinal herbs & herbal products",
  },
  handicraft: { vi: "Hàng thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental organisms" },
  tourism: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism & tourist destinations",
  },
}

export function isOcopGroup(value: unknown): value is OcopGroup {
  return (
    typeof value === "string" &&
    (OCOP_GROUPS as readonly string[]).includes(value)
  )
}
