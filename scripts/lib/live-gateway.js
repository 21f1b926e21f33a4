// The live gateway: the `medusa-live-gateway` command of the live-selling
// plugin (its built file). It reads products and their sellers through Medusa.
const path = require("path")

const GATEWAY_BIN = path.join(
  path.dirname(require.resolve("@ocop-live/live-selling/package.json")),
  require("@ocop-live/live-selling/package.json").bin["medusa-live-gateway"]
)

module.exports = { GATEWAY_BIN }
