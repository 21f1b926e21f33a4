import type { CatalogueCategory } from "./types"

export const CATEGORIES: CatalogueCategory[] = [
  { handle: "trai-cay-tuoi", name: "Trái cây & hạt tươi", name_en: "Fresh fruit & nuts" },
  { handle: "rau", name: "Rau", name_en: "Vegetables" },
  { handle: "che-tra", name: "Chè & trà", name_en: "Tea" },
  { handle: "mat-ong", name: "Mật ong", name_en: "Honey" },
  { handle: "gia-vi-tinh-dau", name: "Gia vị & tinh dầu", name_en: "Spices & essential oils" },
  { handle: "gao-ngu-coc", name: "Gạo & ngũ cốc", name_en: "Rice, noodles & cereals" },
  { handle: "thit-dac-san", name: "Thịt & gia cầm đặc sản", name_en: "Meat & poultry specialties" },
  { handle: "dac-san-che-bien", name: "Đặc sản chế biến", name_en: "Processed specialties" },
  { handle: "ruou", name: "Rượu", name_en: "Rice wine" },
  { handle: "du-lich", name: "Du lịch", name_en: "Tourism experiences" },
]
