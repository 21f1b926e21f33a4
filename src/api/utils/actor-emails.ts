import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The e-mails an actor signs in with (its email/password identities). */
export async function actorEmails(container: MedusaContainer, authIdentityId: string | undefined): Promise<string[]> {
  if (!authIdentityId) return []
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  return (identity.provider_identities ?? []).filter((p) => p.provider === "emailpass").map((p) => p.entity_id)
}
