import { Module } from "@medusajs/framework/utils"
import KioskOrderModuleService from "./service"

export const KIOSK_ORDER_MODULE = "kioskOrder"

export default Module(KIOSK_ORDER_MODULE, {
  service: KioskOrderModuleService,
})
