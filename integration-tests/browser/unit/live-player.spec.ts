import { buyerFrom, chooseLayout, newReactions, spokenStep, videoFit } from "../../../plugins/live-selling/widget/core/player"

describe("chooseLayout", () => {
  it.each([
    ["vertical", 1280, "vertical"],
    ["side", 390, "side"],
    [" STACK ", 390, "stack"],
    ["auto", 390, "vertical"],
    [null, 599, "vertical"],
    [null, 600, "stack"],
    ["auto", 899, "stack"],
    ["auto", 900, "side"],
    ["bogus", 1280, "side"],
    [null, 0, "stack"],
  ])("layout=%p at %p px is %p", (attr, width, expected) => {
    expect(chooseLayout(attr as string | null, width as number)).toEqual(expected)
  })
})

describe("videoFit", () => {
  it("fills the box with portrait video and letterboxes landscape, square and unknown sizes", () => {
    expect([videoFit(720, 1280), videoFit(1280, 720), videoFit(720, 720), videoFit(0, 0)]).toEqual(["cover", "contain", "contain", "contain"])
  })
})

describe("spokenStep", () => {
  it("speaks whole minutes, then 60, 30, 10 and 0 seconds", () => {
    const seconds = [185, 180.2, 121, 120, 61, 60, 45, 31, 30, 11, 10, 3, 0.4, 0, -5]
    expect(seconds.map(spokenStep)).toEqual([240, 240, 180, 120, 120, 60, 60, 60, 30, 30, 10, 10, 10, 0, 0])
  })

  it("changes only a few times over a two-minute countdown", () => {
    const steps = new Set(Array.from({ length: 121 }, (_, i) => spokenStep(120 - i)))
    expect([...steps]).toEqual([120, 60, 30, 10, 0])
  })
})

describe("newReactions", () => {
  it("floats the growth of each count, capped, never a drop", () => {
    expect(newReactions({ heart: 2, like: 5 }, { heart: 3, like: 5, wow: 9, laugh: 1 })).toEqual({ heart: 1, wow: 4, laugh: 1 })
    expect(newReactions({ heart: 7 }, { heart: 3 })).toEqual({})
  })
})

describe("buyerFrom", () => {
  const customer = {
    email: "mai@example.vn",
    first_name: "Mai",
    last_name: "Lê",
    phone: "0911222333",
    addresses: [
      { first_name: "Mai", last_name: "Lê", address_1: "1 Trần Đăng Ninh", city: "Lạng Sơn", country_code: "vn", phone: "" },
      { first_name: "Mai", last_name: "Lê", address_1: "5 Bà Triệu", address_2: "Hoàn Kiếm", city: "Hà Nội", province: "Hà Nội", country_code: "VN", phone: "0988", is_default_shipping: true },
    ],
  }

  it("takes the default shipping address", () => {
    expect(buyerFrom(customer)).toEqual({
      email: "mai@example.vn",
      address: { first_name: "Mai", last_name: "Lê", phone: "0988", address_1: "5 Bà Triệu", address_2: "Hoàn Kiếm", city: "Hà Nội", province: "Hà Nội", postal_code: "", country_code: "vn" },
    })
  })

  it("takes the first address when none is the default, with the customer's phone", () => {
    expect(buyerFrom({ ...customer, addresses: [customer.addresses[0]] })!.address).toMatchObject({ address_1: "1 Trần Đăng Ninh", city: "Lạng Sơn", province: "Lạng Sơn", phone: "0911222333" })
  })

  it("names the chosen saved address by its id (the one-step claim order ships there), none for an incomplete one", () => {
    const withIds = { ...customer, addresses: customer.addresses.map((a, i) => ({ ...a, id: `cuaddr_${i}` })) }
    expect(buyerFrom(withIds)!.addressId).toBe("cuaddr_1")
    expect(buyerFrom({ ...withIds, addresses: [withIds.addresses[0]] })!.addressId).toBe("cuaddr_0")
    expect(buyerFrom({ ...withIds, addresses: [{ ...withIds.addresses[1], address_1: "" }] })!.addressId).toBeUndefined()
  })

  it("has no address when none is saved, one is incomplete or outside Vietnam", () => {
    expect(buyerFrom({ ...customer, addresses: [] })).toEqual({ email: "mai@example.vn", address: null })
    expect(buyerFrom({ ...customer, phone: null, addresses: [customer.addresses[0]] })!.address).toBeNull()
    expect(buyerFrom({ ...customer, addresses: [{ ...customer.addresses[1], country_code: "cn" }] })!.address).toBeNull()
    expect(buyerFrom({ ...customer, addresses: [{ ...customer.addresses[1], address_1: " " }] })!.address).toBeNull()
    expect(buyerFrom(null)).toBeNull()
  })
})
