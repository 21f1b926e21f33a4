import path from "path"
import { Client } from "pg"

export const ADMIN_URL =
  process.env.BENCH_PG_URL ??
  `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}/postgres`

export const BENCH_DB = "ocop_bench_demand"
export const benchUrl = () => ADMIN_URL.replace(/\/[^/]*$/, `/${BENCH_DB}`)

async function admin(sql: string) {
  const client = new Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export const createBenchDb = async () => {
  await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)
  await admin(`CREATE DATABASE ${BENCH_DB}`)
}
export const dropBenchDb = () => admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)

const quiet = { info: () => {}, warn: () => {}, debug: () => {}, log: () => {}, error: console.error, activity: () => "", progress: () => {}, success: () => {}, failure: () => {}, shouldLog: () => false, setLogLevel: () => {}, unsetLogLevel: () => {} }

/**
 * The demand module on its own (no HTTP server, no other modules), on the
 * bench database: its migrations run, then the service is returned, exactly
 * as Medusa loads it.
 */
export async function loadDemandModule(url: string) {
  const { MedusaApp, MedusaAppMigrateUp, MedusaModule } = require("@medusajs/framework/modules-sdk")
  const { ContainerRegistrationKeys, createPgConnection } = require("@medusajs/framework/utils")
  const pg = createPgConnection({ clientUrl: url })
  const modulesConfig = {
    demand: { resolve: path.resolve(__dirname, "../../plugins/ocop/src/modules/demand"), options: { database: { clientUrl: url } } },
  }
  const injectedDependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: pg, [ContainerRegistrationKeys.LOGGER]: quiet }
  const sharedResourcesConfig = { database: { clientUrl: url } }
  await MedusaAppMigrateUp({ modulesConfig, injectedDependencies, sharedResourcesConfig })
  const app = await MedusaApp({ modulesConfig, injectedDependencies, sharedResourcesConfig })
  await app.onApplicationStart()
  return {
    service: app.modules.demand,
    close: async () => {
      await app.onApplicationShutdown()
      await pg.destroy()
      MedusaModule.clearInstances()
    },
  }
}
