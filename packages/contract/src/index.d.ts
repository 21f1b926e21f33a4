export * from "./limits.js"
export * from "./money.js"
export * from "./errors.js"
export * from "./types.js"
