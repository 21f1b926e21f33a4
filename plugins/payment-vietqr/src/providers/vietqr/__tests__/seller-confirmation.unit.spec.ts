import { sellerConfirmationRefusal, type SellerConfirmationFacts } from "../seller-confirmation"

const own: SellerConfirmationFacts = {
  sellerId: "ocpr_1",
  accountOwner: "ocpr_1",
  productIds: ["prod_a", "prod_b"],
  ownProductIds: ["prod_a", "prod_b"],
  buyerEmail: "hoa@example.vn",
  sellerEmails: ["htx.na@example.vn"],
}

describe("who may confirm a VietQR transfer by hand", () => {
  it.each([
    ["a transfer into the seller's own account, for its own products, bought by someone else", own, null],
    ["a transfer into the platform's account", { ...own, accountOwner: "platform" }, "platform_account"],
    ["a session from before accounts had holders (the platform's)", { ...own, accountOwner: undefined }, "platform_account"],
    ["a transfer into another seller's account", { ...own, accountOwner: "ocpr_2" }, "another_account"],
    ["a payment covering another producer's product", { ...own, ownProductIds: ["prod_a"] }, "other_products"],
    ["a payment covering nothing", { ...own, productIds: [], ownProductIds: [] }, "other_products"],
    ["the seller's own purchase (e-mail compared without case or spaces)", { ...own, buyerEmail: " HTX.NA@example.vn" }, "own_purchase"],
    ["a guest order with no e-mail", { ...own, buyerEmail: null }, null],
  ] as [string, SellerConfirmationFacts, string | null][])("%s", (_, facts, refusal) => {
    expect(sellerConfirmationRefusal(facts)).toEqual(refusal)
  })
})
