"use strict"
// CommonJS, so Node (the plugins' compiled server code), Jest and bundlers load it as it is.
module.exports = Object.assign({}, require("./limits.js"), require("./money.js"), require("./errors.js"))
