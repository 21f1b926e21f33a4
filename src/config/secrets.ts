const DEV_SECRET = "supersecret"

/**
 * Reads a signing secret from the environment. Outside production a fixed
 * development secret is used; in production a missing or well-known value
 * stops the process with a message naming the variable.
 */
export function requireProductionSecret(
  name: string,
  env: NodeJS.ProcessEnv = process.env
): string {
  const value = env[name]
  const isProduction = env.NODE_ENV === "production"
  if (isProduction && (!value || value === DEV_SECRET)) {
    throw new Error(
      `${name} must be set to a private random value when NODE_ENV=production ` +
        `(it is ${value ? `the public default "${DEV_SECRET}"` : "not set"}).`
    )
  }
  return value || DEV_SECRET
}
