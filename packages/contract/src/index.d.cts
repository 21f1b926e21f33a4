// The same module for CommonJS callers (the plugins' compiled server code):
// Node 20.19+ loads this ES module with require() and answers its namespace.
export * from "./index.js"
