// The long-running processes `npm start` runs, in start order.
const fs = require("fs")
const path = require("path")
const { ROOT, DATA_DIR, MEDUSA_BIN } = require("./prepare")
const { GATEWAY_BIN } = require("./live-gateway")
const { cspMediaHosts, mediaEnv, mediaService } = require("./live-media")
const { channelKey } = require("./publishable-keys")
const { isDeployment } = require("./mode")

function services(env) {
  const port = env.PORT || "9000"
  const backendUrl = env.MEDUSA_BACKEND_URL || `http://localhost:${port}`
  const list = [
    {
      name: "medusa",
      command: MEDUSA_BIN,
      args: ["start", "--port", port],
      env: {
        // the live widget calls the store API from the storefront's origin
        ...(env.STORE_CORS ? {} : { STORE_CORS: [...storefrontOrigins(env), "http://localhost:9000"].join(",") }),
        // where producers' encoders publish and viewers play (the media server below)
        ...mediaEnv(env),
        // its subscribers tell the storefront which cached pages to drop (with STOREFRONT_REVALIDATE_SECRET)
        ...(env.STOREFRONT_REVALIDATE_URL || env.STOREFRONT === "off"
          ? {}
          : { STOREFRONT_REVALIDATE_URL: `http://127.0.0.1:${storefrontPort(env)}/api/revalidate` }),
      },
      healthUrl: `http://127.0.0.1:${port}/health`,
      banner: `  Backend:           ${backendUrl}\n  Admin dashboard:   ${backendUrl}/app`,
    },
  ]
  const livePort = env.LIVE_PORT || "9001"
  const liveUrl = env.LIVE_URL || `ws://localhost:${livePort}`
  const liveOn = fs.existsSync(GATEWAY_BIN) && env.LIVE_GATEWAY !== "off"
  if (liveOn) {
    list.push({
      name: "live-gateway",
      command: process.execPath,
      args: [GATEWAY_BIN],
      env: {
        LIVE_PORT: livePort,
        // claims with a cartId become cart lines through Medusa, on loopback, with the livestream key
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
        MEDUSA_PUBLISHABLE_KEY: channelKey(env, "live"),
        // sockets from the storefront's origins (production refuses to guess them)
        ...(env.NODE_ENV !== "production" || env.LIVE_CORS || env.STORE_CORS
          ? {}
          : { LIVE_CORS: [...storefrontOrigins(env), backendUrl].join(",") }),
      },
      healthUrl: `http://127.0.0.1:${livePort}/health`,
      banner: `  Live gateway:      ${liveUrl}/live`,
    })
  }
  // The media server (RTMP in, HTTP-FLV and HLS out; OCOP_LIVE_INGEST=off leaves it out)
  const media = mediaService(env, `http://127.0.0.1:${port}`, DATA_DIR)
  if (media) list.push(media)
  // The storefront (STOREFRONT=off leaves it out). Its first start runs
  // `next build`; later starts reuse the build while the sources are unchanged.
  const storefront = path.join(ROOT, "storefront", "next.config.mjs")
  if (fs.existsSync(storefront) && env.STOREFRONT !== "off") {
    const sfPort = storefrontPort(env)
    list.push({
      name: "storefront",
      command: process.execPath,
      args: [path.join(ROOT, "storefront", "scripts", "serve.mjs")],
      cwd: path.join(ROOT, "storefront"),
      env: {
        PORT: sfPort,
        NEXT_PUBLIC_MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_INTERNAL_URL: env.MEDUSA_INTERNAL_URL || `http://127.0.0.1:${port}`,
        NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: env.MEDUSA_PUBLISHABLE_KEY,
        OCOP_PUBLISHABLE_KEYS: env.OCOP_PUBLISHABLE_KEYS || "",
        OCOP_SALES_CHANNELS: env.OCOP_SALES_CHANNELS || "",
        LIVE_URL: liveUrl,
        OCOP_CSP_MEDIA_HOSTS: cspMediaHosts(env),
        // Secure cookies and HSTS in a deployment only: a production demo is plain http on localhost
        OCOP_ENV: env.OCOP_ENV || (isDeployment(env) ? "production" : "development"),
      },
      healthUrl: `http://127.0.0.1:${sfPort}/vi`,
      startTimeoutMs: 900000,
      banner: `  Storefront:        http://localhost:${sfPort}`,
    })
  }
  return list
}

function storefrontPort(env) {
  return env.STOREFRONT_PORT || "8000"
}

/** Browser origins of the storefront, for Medusa's STORE_CORS when it is not set. */
function storefrontOrigins(env) {
  if (env.STOREFRONT === "off") return []
  const p = storefrontPort(env)
  return [`http://localhost:${p}`, `http://127.0.0.1:${p}`]
}

module.exports = { services, storefrontOrigins }
