import { BigNumber, PaymentSessionStatus } from "@medusajs/framework/utils"
import { parseVietQrPayload } from "../lib"
import VietQrProviderService from "../service"
import { confirmSessionData, flagSessionData, MANUAL_REFUND_NOTE } from "../session-data"
import { VietQrSessionData } from "../types"

const OPTIONS = {
  bankBin: "970436",
  accountNumber: "0011001932418",
  accountName: "HTX OCOP LANG SON",
  webhookSecret: "secret",
}

function provider() {
  return new VietQrProviderService({}, OPTIONS)
}

async function initiate(amount: unknown = 1234567) {
  const out = await provider().initiatePayment({
    amount: amount as number,
    currency_code: "vnd",
    data: { session_id: "payses_1" },
  })
  return { out, data: out.data as unknown as VietQrSessionData }
}

describe("VietQrProviderService", () => {
  it("is registered as 'vietqr' and validates its options", () => {
    expect(VietQrProviderService.identifier).toBe("vietqr")
    expect(() => VietQrProviderService.validateOptions(OPTIONS)).not.toThrow()
    expect(() => VietQrProviderService.validateOptions({ ...OPTIONS, bankBin: "9704" })).toThrow(/6 digits/)
    expect(() => VietQrProviderService.validateOptions({ ...OPTIONS, accountNumber: "" })).toThrow(/account/)
  })

  it("initiates a session with the exact integer amount, a unique reference and a QR", async () => {
    const { out, data } = await initiate(1234567)
    expect(out.status).toBe(PaymentSessionStatus.PENDING)
    expect(out.id).toBe(data.reference)
    expect(data.reference).toMatch(/^OCOP[A-Z0-9]{8}$/)
    expect(data).toMatchObject({
      bank_bin: "970436",
      account_number: "0011001932418",
      account_name: "HTX OCOP LANG SON",
      amount: 1234567,
      currency_code: "vnd",
      session_id: "payses_1",
    })
    expect(data.qr_svg.startsWith("<svg")).toBe(true)
    const parsed = parseVietQrPayload(data.payload)
    expect(parsed.fields).toStrictEqual({
      initiation: "dynamic",
      bankBin: "970436",
      accountNumber: "0011001932418",
      service: "QRIBFTTA",
      amount: 1234567,
      additionalData: { purpose: data.reference },
    })
    const other = await initiate(1234567)
    expect(other.data.reference).not.toBe(data.reference)
  })

  it("accepts Medusa BigNumber amounts and refuses fractions, zero and other currencies", async () => {
    expect((await initiate(new BigNumber(65000))).data.amount).toBe(65000)
    expect((await initiate({ value: "1234567", precision: 20 })).data.amount).toBe(1234567)
    await expect(initiate(65000.5)).rejects.toThrow(/whole number of VND/)
    await expect(initiate(0)).rejects.toThrow(/whole number of VND/)
    await expect(
      provider().initiatePayment({ amount: 10, currency_code: "usd", data: {} })
    ).rejects.toThrow(/VND only/)
  })

  it("defers authorization until the transfer is confirmed, then authorizes", async () => {
    const { data } = await initiate()
    const p = provider()
    expect((await p.authorizePayment({ data })).status).toBe(PaymentSessionStatus.PENDING_AUTHORIZATION)
    expect((await p.getPaymentStatus({ data })).status).toBe(PaymentSessionStatus.PENDING)

    const flagged = flagSessionData(data, {
      reason: "wrong_amount",
      transaction_id: "t1",
      amount: 1,
      expected_amount: data.amount,
      content: data.reference,
      received_at: new Date().toISOString(),
    })
    expect((await p.authorizePayment({ data: flagged })).status).toBe(PaymentSessionStatus.PENDING_AUTHORIZATION)

    const confirmed = confirmSessionData(data, { source: "bank_notification", amount: data.amount, transaction_id: "t2" })
    expect(confirmed.bank_transactions).toEqual(["t2"])
    const auth = await p.authorizePayment({ data: confirmed })
    expect(auth.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect((await p.getPaymentStatus({ data: confirmed })).status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(confirmSessionData(confirmed, { source: "admin", amount: 1 })).toBe(confirmed)
  })

  it("captures only confirmed money and records refunds as manual bank transfers", async () => {
    const { data } = await initiate()
    const p = provider()
    await expect(p.capturePayment({ data })).rejects.toThrow(/not been confirmed/)

    const confirmed = confirmSessionData(data, { source: "admin", amount: data.amount, actor_id: "user_1" })
    const captured = (await p.capturePayment({ data: confirmed })).data as unknown as VietQrSessionData
    expect(captured.captured_at).toEqual(expect.any(String))
    expect((await p.getPaymentStatus({ data: captured })).status).toBe(PaymentSessionStatus.CAPTURED)

    const once = (await p.refundPayment({ data: captured, amount: 234567 })).data as unknown as VietQrSessionData
    const twice = (await p.refundPayment({ data: once, amount: new BigNumber(1000000) })).data as unknown as VietQrSessionData
    expect(twice.refunds!.map((r) => r.amount)).toEqual([234567, 1000000])
    expect(twice.refunds!.every((r) => r.method === "manual_bank_transfer")).toBe(true)
    expect(twice.refund_note).toBe(MANUAL_REFUND_NOTE)
    await expect(p.refundPayment({ data: captured, amount: 0.5 })).rejects.toThrow(/refund amount/)
  })

  it("rebuilds the QR for a new amount with the same reference, but not once confirmed", async () => {
    const { data } = await initiate(65000)
    const p = provider()
    const same = await p.updatePayment({ data, amount: 65000, currency_code: "vnd" })
    expect(same.data).toBe(data)
    const updated = (await p.updatePayment({ data, amount: 1234567, currency_code: "vnd" })).data as unknown as VietQrSessionData
    expect(updated.reference).toBe(data.reference)
    expect(updated.amount).toBe(1234567)
    expect(parseVietQrPayload(updated.payload).fields.amount).toBe(1234567)

    const confirmed = confirmSessionData(data, { source: "admin", amount: 65000 })
    await expect(p.updatePayment({ data: confirmed, amount: 70000, currency_code: "vnd" })).rejects.toThrow(/cannot change/)
  })

  it("cancels, and leaves generic payment webhooks unsupported", async () => {
    const { data } = await initiate()
    const p = provider()
    const canceled = (await p.cancelPayment({ data })).data as unknown as VietQrSessionData
    expect(canceled.canceled_at).toEqual(expect.any(String))
    expect((await p.authorizePayment({ data: canceled })).status).toBe(PaymentSessionStatus.CANCELED)
    expect(await p.getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
  })
})
