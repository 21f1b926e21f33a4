import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SeedContext } from "./context"

export type Login = { email: string; password: string }

export const DEFAULT_ADMIN: Login = {
  email: process.env.ADMIN_EMAIL || "admin@ocop-langson.local",
  password: process.env.ADMIN_PASSWORD || "ocop-admin-2026",
}

/** A local admin login (email + password) for the dashboard, created once. */
export async function ensureAdminUser({ container, log }: SeedContext, login = DEFAULT_ADMIN) {
  const userService = container.resolve(Modules.USER)
  const [existing] = await userService.listUsers({ email: login.email })
  if (existing) return { ...login, created: false }
  log(`Admin user: ${login.email}`)
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: login.email, first_name: "OCOP", last_name: "Admin" }] },
  })
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email: login.email, password: login.password },
  } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not register the admin login: ${error}`)
  }
  await authService.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: result[0].id },
  })
  return { ...login, created: true }
}
