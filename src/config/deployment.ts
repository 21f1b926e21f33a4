/**
 * A real deployment: NODE_ENV=production without OCOP_DEMO=1. `npm start`
 * runs production as a demo on one machine (OCOP_DEMO=1: generated secrets
 * and demo logins in .data, plain http on localhost); an operator's
 * deployment provides its own secrets and gets no demo data.
 * (The start scripts' copy: scripts/lib/mode.js.)
 */
export function isDeployment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" && env.OCOP_DEMO !== "1"
}

/** A production demo: Medusa's production build served over plain http on localhost. */
export function isProductionDemo(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" && env.OCOP_DEMO === "1"
}

/**
 * Medusa's session cookie options. Production makes the session cookie
 * `Secure`, which express-session only sets over https: a production demo on
 * http://localhost would lose the admin's session, so it keeps the cookie
 * not-Secure (still `SameSite=Lax`). A deployment keeps Medusa's defaults.
 */
export function sessionCookieOptions(env: NodeJS.ProcessEnv = process.env): { secure: boolean; sameSite: "lax" } | undefined {
  return isProductionDemo(env) ? { secure: false, sameSite: "lax" } : undefined
}
