import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { requireProductionSecret } from "./src/config/secrets"
import { vietQrOptionsFromEnv } from "@ocop-live/payment-vietqr/lib/config"
import { stripeOptionsFromEnv } from "./src/modules/payment-stripe-local/config"
import { fileModuleFromEnv } from "./src/config/file-storage"
import { sessionCookieOptions } from "./src/config/deployment"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const REDIS_URL = process.env.REDIS_URL
const STORE_CORS = process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000"
const ADMIN_CORS = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"
const AUTH_CORS = process.env.AUTH_CORS || `${ADMIN_CORS},${STORE_CORS}`

/**
 * Infrastructure: with REDIS_URL, Redis drives the event bus, the workflow
 * engine, locking and the cache, so several servers and workers can share
 * work. Without it, Medusa's in-memory defaults are used (one process only),
 * and the Caching Module keeps its entries in memory.
 */
const infrastructureModules = REDIS_URL
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: REDIS_URL },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: REDIS_URL } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL },
            },
          ],
        },
      },
    ]
  : [
      // one process only: the OCOP catalogue's cached answers (plugins/ocop/src/lib/answer-cache.ts)
      // in memory; Medusa's own core caching stays behind the `caching` flag (Redis only)
      { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } },
    ]

/**
 * Payments for Vietnamese buyers: cash on delivery (Medusa's system provider,
 * always there), VietQR bank transfer (demo account outside production), and
 * Stripe cards when STRIPE_API_KEY is set.
 */
const vietQrOptions = vietQrOptionsFromEnv()
const stripeOptions = stripeOptionsFromEnv()
const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      ...(vietQrOptions
        ? [{ resolve: "@ocop-live/payment-vietqr/providers/vietqr", id: "vietqr", options: vietQrOptions }]
        : []),
      ...(stripeOptions
        ? [{ resolve: "./src/modules/payment-stripe-local", id: "stripe", options: stripeOptions }]
        : []),
    ],
  },
}

/**
 * E-mail notifications (live-stream reminders, template `live-stream-started`):
 * Medusa's local provider, which writes them to the log. A real provider
 * (e.g. `@medusajs/medusa/notification-sendgrid`) replaces it here for the
 * `email` channel.
 */
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }],
  },
}

/** The storefront's live page, which reminders link to. */
const STOREFRONT_URL = (process.env.STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || "8000"}`).replace(/\/$/, "")

/**
 * Product content in Vietnamese (the products' own fields), English and
 * Chinese: Medusa's Translation Module, behind its `translation` feature flag.
 * The store API answers in the language asked with `?locale=` or the
 * `x-medusa-locale` header; the admin edits translations in Settings.
 */
const translationModule = { resolve: "@medusajs/medusa/translation" }

/**
 * Product photos (`POST /admin/uploads`, then a product's `images` and
 * `thumbnail`): Medusa's File Module. Locally the files go to
 * `.data/uploads` and the backend serves them at `/static`; with `S3_BUCKET`
 * they go to S3 (src/config/file-storage.ts, README "Product photos").
 */
const fileModule = fileModuleFromEnv()

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: REDIS_URL,
    workerMode: process.env.MEDUSA_WORKER_MODE as
      | "shared"
      | "worker"
      | "server"
      | undefined,
    http: {
      storeCors: STORE_CORS,
      adminCors: ADMIN_CORS,
      authCors: AUTH_CORS,
      jwtSecret: requireProductionSecret("JWT_SECRET"),
      cookieSecret: requireProductionSecret("COOKIE_SECRET"),
      // Producers (OCOP subjects selling live) log in with email + password only.
      authMethodsPerActor: { producer: ["emailpass"] },
    },
    // `npm start` (a production demo on http://localhost): the session cookie is not Secure
    cookieOptions: sessionCookieOptions(),
  },
  admin: {
    path: "/app",
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    // the dashboard served at /app calls its own origin ("/"): one build serves every port and host
    // (npm start builds it once, scripts/lib/admin-build.js); ADMIN_BACKEND_URL for a dashboard hosted elsewhere
    backendUrl: process.env.ADMIN_BACKEND_URL || "/",
  },
  featureFlags: { translation: true, ...(REDIS_URL ? { caching: true } : {}) },
  plugins: [
    {
      resolve: "@ocop-live/live-selling",
      // An OCOP producer is the live plugin's seller: its provenance says
      // which products it may pin and sell live.
      options: {
        sellers: {
          entity: "ocop_producer",
          products: {
            entity: "ocop_product_provenance",
            seller_field: "producer_id",
            product_field: "product_id",
          },
          // who sells, as buyers see it on a stream (E-commerce Law 2025)
          identity: {
            legal_name: "name",
            registration_number: "registration_number",
            address: ["address", "commune"],
          },
        },
        stream_page_url: `${STOREFRONT_URL}/{locale}/live/{id}`,
      },
    },
    { resolve: "@ocop-live/ocop", options: {} },
    { resolve: "@ocop-live/payment-vietqr", options: {} },
  ],
  modules: [
    ...infrastructureModules,
    paymentModule,
    notificationModule,
    translationModule,
    fileModule,
    // kiosk orders by idempotency key (offline kiosks submit each order once)
    { resolve: "./src/modules/kiosk-order" },
  ],
})
