import { randomBytes } from "crypto"
import { isDeployment } from "../../config/deployment"

/** A demo login; `generated`: the password was made here (no env), so only this process knows it. */
export type Login = { email: string; password: string; generated?: boolean }

/**
 * The demo logins the seed creates outside production: the admin and the
 * demo producer. Passwords come from ADMIN_PASSWORD / PRODUCER_PASSWORD
 * (`npm start` generates them on the first start and keeps them in
 * `.data/secrets.json`); without them a random one is made. There is no
 * published default password. In a deployment (production without
 * OCOP_DEMO=1) there are no demo logins: the operator creates the admin with
 * `npx medusa user`.
 */
export function demoLogins(env: NodeJS.ProcessEnv = process.env): { admin: Login; producer: Login } | null {
  if (isDeployment(env)) return null
  return {
    admin: login(env.ADMIN_EMAIL || "admin@ocop-langson.local", env.ADMIN_PASSWORD),
    producer: login(env.PRODUCER_EMAIL || "producer@ocop-langson.local", env.PRODUCER_PASSWORD),
  }
}

const generated = new Map<string, string>()

function login(email: string, password: string | undefined): Login {
  if (password) return { email, password }
  // one per email and process, so that seeding twice gives the same answer
  if (!generated.has(email)) generated.set(email, randomBytes(16).toString("base64url").replace(/[-_]/g, "x").slice(0, 18))
  return { email, password: generated.get(email)!, generated: true }
}
