// The long-running processes `npm start` runs, in start order.
const fs = require("fs")
const path = require("path")
const { ROOT, MEDUSA_BIN } = require("./prepare")

function services(env) {
  const port = env.PORT || "9000"
  const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
  const list = [
    {
      name: "medusa",
      command: MEDUSA_BIN,
      args: ["start", "--port", port],
      healthUrl: `http://127.0.0.1:${port}/health`,
      banner: `  Backend:           ${backendUrl}\n  Admin dashboard:   ${backendUrl}/app`,
    },
  ]
  const gateway = path.join(ROOT, "src", "live", "server.ts")
  if (fs.existsSync(gateway) && env.LIVE_GATEWAY !== "off") {
    const livePort = env.LIVE_PORT || "9001"
    list.push({
      name: "live-gateway",
      command: process.execPath,
      args: ["-r", "ts-node/register/transpile-only", gateway],
      env: {
        LIVE_PORT: livePort,
        TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json"),
        // claims with a cartId become cart lines through Medusa, on loopback
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
        MEDUSA_PUBLISHABLE_KEY: env.MEDUSA_PUBLISHABLE_KEY || "",
      },
      healthUrl: `http://127.0.0.1:${livePort}/health`,
      banner: `  Live gateway:      ${env.LIVE_URL || `ws://localhost:${livePort}`}/live`,
    })
  }
  // The storefront is in progress (issue 6): it starts with STOREFRONT=on until
  // its browser tests run in `npm test`; its first start runs `next build`.
  const storefront = path.join(ROOT, "storefront", "next.config.mjs")
  if (fs.existsSync(storefront) && env.STOREFRONT === "on") {
    const sfPort = env.STOREFRONT_PORT || "8000"
    list.push({
      name: "storefront",
      command: "npm",
      args: ["run", "start", "--workspace", "storefront"],
      env: {
        PORT: sfPort,
        NEXT_PUBLIC_MEDUSA_BACKEND_URL: backendUrl,
        NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: env.MEDUSA_PUBLISHABLE_KEY,
      },
      healthUrl: `http://127.0.0.1:${sfPort}/`,
      startTimeoutMs: 600000,
      banner: `  Storefront:        http://localhost:${sfPort}`,
    })
  }
  return list
}

module.exports = { services }
