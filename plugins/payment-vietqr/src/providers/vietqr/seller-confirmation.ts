/** The holder of a receiving account that belongs to the store itself. */
export const PLATFORM_ACCOUNT = "platform"

export type SellerConfirmationFacts = {
  /** the seller asking to confirm (an actor id, e.g. a producer id) */
  sellerId: string
  /** the session's `account_owner` (sessions made before it existed paid the platform) */
  accountOwner: string | null | undefined
  /** product ids the payment covers, and those of them that are the seller's */
  productIds: string[]
  ownProductIds: string[]
  /** the buyer's e-mail, and the e-mails the seller signs in with */
  buyerEmail: string | null | undefined
  sellerEmails: string[]
}

export type SellerConfirmationRefusal = "platform_account" | "another_account" | "other_products" | "own_purchase"

/**
 * May a seller confirm by hand that a VietQR transfer arrived? Only for a
 * transfer into its own account (it cannot see the platform's statement),
 * for a payment covering only its own products, and never for its own
 * purchase. Null: it may; otherwise why not.
 */
export function sellerConfirmationRefusal(f: SellerConfirmationFacts): SellerConfirmationRefusal | null {
  const owner = f.accountOwner || PLATFORM_ACCOUNT
  if (owner === PLATFORM_ACCOUNT) return "platform_account"
  if (owner !== f.sellerId) return "another_account"
  const own = new Set(f.ownProductIds)
  if (!f.productIds.length || f.productIds.some((id) => !own.has(id))) return "other_products"
  const buyer = f.buyerEmail?.trim().toLowerCase()
  if (buyer && f.sellerEmails.some((e) => e.trim().toLowerCase() === buyer)) return "own_purchase"
  return null
}

export const SELLER_CONFIRMATION_MESSAGES: Record<SellerConfirmationRefusal, string> = {
  platform_account: "the transfer goes to the platform's bank account, whose statement only the platform sees: an admin or the bank notification confirms it",
  another_account: "the transfer goes to another seller's bank account",
  other_products: "it covers products of another producer; an admin must confirm it",
  own_purchase: "it is the seller's own purchase; an admin or the bank notification confirms it",
}
