import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeLocalProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeLocalProviderService],
})
