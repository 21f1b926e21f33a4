import { isProduction } from "./env"

/** Options of every cookie the storefront sets: httpOnly, SameSite=Lax, and Secure in production. */
export function cookieOptions(maxAge: number, env: NodeJS.ProcessEnv = process.env) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: isProduction(env), maxAge }
}
