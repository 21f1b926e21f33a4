// Generated from the CommonJS source by scripts/esm.js: edit that source, then run the script.
export * from "./limits.mjs"
export * from "./money.mjs"
export * from "./errors.mjs"
