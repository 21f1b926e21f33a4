import { randomBytes } from "crypto"

/** The value Medusa's templates publish: never accepted in production, never used as a fallback. */
export const PUBLIC_DEFAULT_SECRET = "supersecret"

const ephemeral = new Map<string, string>()

/**
 * Reads a signing secret from the environment. `npm start` passes the ones it
 * generated on the first start (`.data/secrets.json`). In production a missing
 * or well-known value stops the process with a message naming the variable.
 * Elsewhere a missing value gets a random one for this process only (tokens
 * and sessions then end with it): there is no shared default.
 */
export function requireProductionSecret(
  name: string,
  env: NodeJS.ProcessEnv = process.env
): string {
  const value = env[name]
  const isProduction = env.NODE_ENV === "production"
  if (isProduction && (!value || value === PUBLIC_DEFAULT_SECRET)) {
    throw new Error(
      `${name} must be set to a private random value when NODE_ENV=production ` +
        `(it is ${value ? `the public default "${PUBLIC_DEFAULT_SECRET}"` : "not set"}).`
    )
  }
  if (value) return value
  if (!ephemeral.has(name)) ephemeral.set(name, randomBytes(32).toString("base64url"))
  return ephemeral.get(name)!
}
