import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SeedContext } from "./context"
import type { Login } from "./demo-logins"

export type { Login }

/**
 * A local admin login (email + password) for the dashboard, created once;
 * none without a login (production: the operator runs `npx medusa user`).
 */
export async function ensureAdminUser({ container, log }: SeedContext, login: Login | null) {
  if (!login) return null
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
