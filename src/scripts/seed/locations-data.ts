/** The Lạng Sơn warehouse and the kiosk points at the tourism markets. */
export type LocationSeed = {
  key: string
  name: string
  kind: "warehouse" | "kiosk"
  address_1: string
  city: string
  description: string
}

export const WAREHOUSE: LocationSeed = {
  key: "warehouse",
  name: "Kho OCOP Lạng Sơn",
  kind: "warehouse",
  address_1: "211 Trần Đăng Ninh, phường Đông Kinh",
  city: "Lạng Sơn",
  description: "Provincial OCOP warehouse; ships everywhere in Vietnam",
}

export const KIOSKS: LocationSeed[] = [
  {
    key: "ky-lua",
    name: "Quầy OCOP Chợ đêm Kỳ Lừa",
    kind: "kiosk",
    address_1: "Chợ Kỳ Lừa, phường Kỳ Lừa",
    city: "Lạng Sơn",
    description: "Kỳ Lừa night market, open day and night",
  },
  {
    key: "dong-kinh",
    name: "Quầy OCOP Chợ Đông Kinh",
    kind: "kiosk",
    address_1: "Chợ Đông Kinh, phường Đông Kinh",
    city: "Lạng Sơn",
    description: "The central market of Lạng Sơn city",
  },
  {
    key: "tan-thanh",
    name: "Quầy OCOP Chợ cửa khẩu Tân Thanh",
    kind: "kiosk",
    address_1: "Chợ cửa khẩu Tân Thanh, xã Tân Thanh",
    city: "Lạng Sơn",
    description: "Tân Thanh border-gate market",
  },
  {
    key: "mau-son",
    name: "Quầy OCOP Mẫu Sơn",
    kind: "kiosk",
    address_1: "Khu du lịch Mẫu Sơn, xã Công Sơn",
    city: "Lạng Sơn",
    description: "Mẫu Sơn mountain tourism area",
  },
]

export const STANDARD_DELIVERY = {
  name: "Giao hàng tiêu chuẩn (Standard delivery)",
  code: "standard",
  description: "2-4 ngày trong cả nước / 2-4 days across Vietnam",
  amount: 30000,
}

export const pickupOptionName = (kiosk: LocationSeed) => `Nhận tại ${kiosk.name} (Pickup)`
