import {
  addToLines,
  backoffMs,
  conflictVariant,
  dueOrders,
  markConflict,
  markPlaced,
  markRetry,
  MAX_BACKOFF_MS,
  newOrder,
  nextWake,
  orderTotal,
  recover,
  removeLine,
  resend,
  startSending,
  type QueuedLine,
} from "../../../storefront/src/lib/kiosk-queue/logic"
import { kioskTransfer } from "../../../storefront/src/lib/kiosk-queue/vietqr"
import { parseVietQrPayload, referenceFromKey } from "@ocop-live/payment-vietqr/lib/vietqr"

const honey: QueuedLine = { variant_id: "variant_01HONEY", title: "Mật ong (500 ml)", unit_price: 150000, quantity: 2 }
const tea: QueuedLine = { variant_id: "variant_01TEA", title: "Chè (100 g)", unit_price: 65000, quantity: 1 }
const order = (now = 1000, key = "kiosk-a") => newOrder({ key, location: "ky-lua", payment: "cash", lines: [honey, tea], now })

describe("offline kiosk queue", () => {
  it("a new order is queued and due at once, with its total", () => {
    const o = order()
    expect(o.status).toBe("queued")
    expect(dueOrders([o], 1000)).toEqual([o])
    expect(orderTotal(o.lines)).toBe(365000)
    expect(() => newOrder({ key: "k", location: "ky-lua", payment: "cash", lines: [], now: 0 })).toThrow()
  })

  it("queued → sending → placed with the display id", () => {
    const sending = startSending(order())
    expect(sending).toMatchObject({ status: "sending", attempts: 1 })
    expect(dueOrders([sending], 1e12)).toEqual([])
    expect(markPlaced(sending, 42)).toMatchObject({ status: "placed", display_id: 42 })
  })

  it("a placed or sending order is never sent again", () => {
    const placed = markPlaced(startSending(order()), 7)
    expect(() => startSending(placed)).toThrow(/placed/)
    expect(() => startSending(startSending(order()))).toThrow(/sending/)
    expect(dueOrders([placed], 1e12)).toEqual([])
  })

  it("no answer: queued again after a backoff that doubles up to a minute", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([1000, 2000, 4000, 8000])
    expect(backoffMs(30)).toBe(MAX_BACKOFF_MS)
    let o = order(0)
    o = markRetry(startSending(o), 5000)
    expect(o).toMatchObject({ status: "queued", next_attempt_at: 6000 })
    expect(dueOrders([o], 5999)).toEqual([])
    expect(nextWake([o])).toBe(6000)
    o = markRetry(startSending(o), 6000)
    expect(o.next_attempt_at).toBe(8000)
  })

  it("a reload mid-send queues the order again, keeping its key", () => {
    const sending = startSending(order())
    const back = recover(sending, 9000)
    expect(back).toMatchObject({ status: "queued", key: "kiosk-a", next_attempt_at: 9000 })
    const placed = markPlaced(startSending(order()), 3)
    expect(recover(placed, 9000)).toBe(placed)
  })

  it("a conflict waits for the stall keeper: remove the short line, send again under the same key", () => {
    const reason = "Out of stock: Mật ong (500 ml) [variant_01HONEY]: 1 available, 2 asked"
    const conflict = markConflict(startSending(order()), reason)
    expect(dueOrders([conflict], 1e12)).toEqual([])
    expect(conflictVariant(conflict.reason)).toBe("variant_01HONEY")
    const fixed = removeLine(conflict, "variant_01HONEY")!
    expect(fixed.lines).toEqual([tea])
    const again = resend(fixed, 2000)
    expect(again).toMatchObject({ status: "queued", key: "kiosk-a", attempts: 0, reason: undefined })
    expect(removeLine(removeLine(conflict, "variant_01HONEY")!, "variant_01TEA")).toBeNull()
  })

  it("oldest first", () => {
    const a = order(2000, "a")
    const b = order(1000, "b")
    expect(dueOrders([a, b], 3000).map((o) => o.key)).toEqual(["b", "a"])
  })

  it("the offline cart adds up one product, drops it at zero, caps at 99", () => {
    let lines = addToLines([], { variant_id: "v", title: "t", unit_price: 1 })
    lines = addToLines(lines, { variant_id: "v", title: "t", unit_price: 1 })
    expect(lines).toEqual([{ variant_id: "v", title: "t", unit_price: 1, quantity: 2 }])
    expect(addToLines(lines, lines[0], -2)).toEqual([])
    expect(addToLines(lines, lines[0], 500)[0].quantity).toBe(99)
  })
})

describe("offline VietQR orders", () => {
  const payee = { bank_bin: "970436", account_number: "0011001932418", account_name: "HTX OCOP LANG SON" }
  const key = "kiosk-6f1c2a7e-3b4d-4e8f-9a01-23456789abcd"

  it("the transfer is the order's exact total with the reference derived from its key, as the backend derives it", () => {
    const transfer = kioskTransfer(payee, [honey, tea], key)
    expect(transfer.amount).toBe(365000)
    expect(transfer.reference).toBe(referenceFromKey(key))
    expect(transfer.reference).toBe("OCOPJRGBMTJC")
    const parsed = parseVietQrPayload(transfer.payload)
    expect(parsed.fields).toStrictEqual({
      initiation: "dynamic",
      bankBin: "970436",
      accountNumber: "0011001932418",
      service: "QRIBFTTA",
      amount: 365000,
      additionalData: { purpose: "OCOPJRGBMTJC" },
    })
    expect(kioskTransfer(payee, [honey], key).payload).not.toBe(transfer.payload)
  })

  it("is queued awaiting that transfer; its lines cannot change; a cash order carries none", () => {
    const vietqr = kioskTransfer(payee, [honey, tea], key)
    const o = newOrder({ key, location: "ky-lua", payment: "vietqr", lines: [honey, tea], now: 0, vietqr })
    expect(o).toMatchObject({ status: "queued", payment: "vietqr", vietqr })
    expect(() => removeLine(o, honey.variant_id)).toThrow(/VietQR/)
    expect(() => newOrder({ key, location: "ky-lua", payment: "vietqr", lines: [honey, tea], now: 0 })).toThrow()
    expect(() => newOrder({ key, location: "ky-lua", payment: "cash", lines: [honey, tea], now: 0, vietqr })).toThrow()
    // a QR for another amount than the order's total is refused
    expect(() => newOrder({ key, location: "ky-lua", payment: "vietqr", lines: [honey], now: 0, vietqr })).toThrow(/total/)
  })
})
