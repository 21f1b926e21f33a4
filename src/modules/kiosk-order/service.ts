import { MedusaService } from "@medusajs/framework/utils"
import KioskOrder from "./models/kiosk-order"

class KioskOrderModuleService extends MedusaService({ KioskOrder }) {}

export default KioskOrderModuleService
