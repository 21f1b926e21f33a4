export * from "./consent"
export * from "./erasure"
