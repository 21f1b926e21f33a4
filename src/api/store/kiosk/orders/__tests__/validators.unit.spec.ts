import { referenceFromKey } from "@ocop-live/payment-vietqr/lib/vietqr"
import { PostStoreKioskOrderSchema } from "../validators"

const key = "kiosk-6f1c2a7e-3b4d-4e8f-9a01-23456789abcd"
const body = (extra: Record<string, unknown>) => ({
  idempotency_key: key,
  location: "ky-lua",
  payment: "vietqr",
  items: [{ variant_id: "variant_01", quantity: 1 }],
  ...extra,
})
const issues = (input: unknown) => {
  const parsed = PostStoreKioskOrderSchema.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
}

describe("kiosk order body: vietqr_reference", () => {
  it("accepts the reference derived from the idempotency key, or none", () => {
    expect(issues(body({ vietqr_reference: referenceFromKey(key) }))).toEqual([])
    expect(issues(body({}))).toEqual([])
    expect(issues(body({ payment: "cash" }))).toEqual([])
  })

  it("refuses any other reference, and a reference on a cash order, naming the field", () => {
    const derived = referenceFromKey(key)
    for (const wrong of [derived.toLowerCase(), `${derived.slice(0, -1)}${derived.endsWith("A") ? "B" : "A"}`, referenceFromKey(`${key}x`), ""]) {
      expect(issues(body({ vietqr_reference: wrong }))).toEqual([expect.stringMatching(/^vietqr_reference: vietqr_reference: does not match/)])
    }
    expect(issues(body({ payment: "cash", vietqr_reference: derived }))).toEqual([expect.stringMatching(/^vietqr_reference: .*only for payment vietqr/)])
    expect(issues(body({ vietqr_reference: "X".repeat(33) }))[0]).toMatch(/^vietqr_reference/)
  })
})
