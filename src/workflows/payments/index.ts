export * from "./capture-cod-on-delivery"
export * from "./cod-delivery"
