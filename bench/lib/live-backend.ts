import {
  fakeMedusa,
  JWT_SECRET,
  medusaFixtures,
} from "../../plugins/live-selling/integration-tests/live/helpers/fake-medusa"

/** The publishable key the bench's guests join with. */
export const BENCH_KEY = "pk_bench"
/** The secret the gateways and the bench's customer tokens share (the fake backend's). */
export const BENCH_JWT_SECRET = JWT_SECRET

/**
 * The Medusa the gateways ask (keys, customers' names): the live tests' fake
 * backend, in this process, so a benchmark measures the gateway and not
 * Medusa. Returns the gateway env that points at it.
 */
export async function benchBackend(): Promise<Record<string, string>> {
  medusaFixtures.keys.set(BENCH_KEY, { revoked: false })
  const { url } = await fakeMedusa()
  return { MEDUSA_BACKEND_URL: url, MEDUSA_PUBLISHABLE_KEY: BENCH_KEY, JWT_SECRET: BENCH_JWT_SECRET }
}
