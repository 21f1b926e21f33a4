export * from "./vat-rate"
export * from "./vat-invoice"
export * from "./delivery"
export * from "./vat-plan"
