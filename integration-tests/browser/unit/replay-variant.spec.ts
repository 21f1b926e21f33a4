import { replayVariant } from "../../../storefront/src/lib/replay-variant"

const variants = [
  { id: "v_big", variant_rank: 1, price: 75000 },
  { id: "v_small", variant_rank: 0, price: 65000 },
]

describe("the variant a replay shows for a product", () => {
  it("is the one the offer then was for, whatever order the product list gave", () => {
    expect(replayVariant(variants, "v_big")?.id).toBe("v_big")
    expect(replayVariant([...variants].reverse(), "v_small")?.id).toBe("v_small")
  })

  it("is the first by rank without an offer, or when the offered variant is gone", () => {
    expect(replayVariant(variants)?.id).toBe("v_small")
    expect(replayVariant(variants, "v_deleted")?.id).toBe("v_small")
    expect(replayVariant([])).toBeUndefined()
  })

  it("does not reorder the product's own list", () => {
    const list = [...variants]
    replayVariant(list)
    expect(list.map((v) => v.id)).toEqual(["v_big", "v_small"])
  })
})
