export * from "./payments"
