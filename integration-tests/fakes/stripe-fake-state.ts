import { randomBytes } from "crypto"

type Obj = Record<string, any>

export class StripeFakeError extends Error {
  constructor(readonly status: number, readonly body: Obj) {
    super(body.message)
  }
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

function invalid(message: string, extra: Obj = {}, status = 400): never {
  throw new StripeFakeError(status, { type: "invalid_request_error", message, ...extra })
}

/** Stripe only takes integers in the smallest unit (for VND: the đồng itself). */
function integer(value: unknown, param: string): number {
  if (typeof value !== "string" || !/^\d+$/.test(value)) {
    invalid(`Invalid integer: ${value}`, { code: "parameter_invalid_integer", param })
  }
  return Number(value)
}

/** In-memory Stripe objects and their state machine. */
export class FakeState {
  intents = new Map<string, Obj>()
  refunds: Obj[] = []
  customers = new Map<string, Obj>()

  reset() {
    this.intents.clear()
    this.refunds = []
    this.customers.clear()
  }

  intent(intentId: string): Obj {
    const intent = this.intents.get(intentId)
    if (!intent) {
      invalid(`No such payment_intent: '${intentId}'`, { code: "resource_missing", param: "intent" }, 404)
    }
    return intent
  }

  paymentMethod(pmId: string): Obj {
    return { id: pmId, object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } }
  }

  view(intent: Obj, expand?: string[]): Obj {
    const copy: Obj = { ...intent, metadata: { ...intent.metadata } }
    if (expand?.includes("payment_method") && intent.payment_method) {
      copy.payment_method = this.paymentMethod(intent.payment_method)
    }
    return copy
  }

  private unexpected(intent: Obj, action: string): never {
    invalid(
      `This PaymentIntent could not be ${action} because it has a status of ${intent.status}.`,
      { code: "payment_intent_unexpected_state", payment_intent: this.view(intent) }
    )
  }

  createIntent(b: Obj): Obj {
    if (!b.currency) {
      invalid("Missing required param: currency.", { code: "parameter_missing", param: "currency" })
    }
    const intentId = id("pi")
    const intent: Obj = {
      id: intentId,
      object: "payment_intent",
      amount: integer(b.amount, "amount"),
      amount_capturable: 0,
      amount_received: 0,
      currency: String(b.currency).toLowerCase(),
      capture_method: b.capture_method ?? "automatic",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      created: Math.floor(Date.now() / 1000),
      customer: b.customer ?? null,
      description: b.description ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: b.metadata ?? {},
      next_action: null,
      payment_method: b.payment_method ?? null,
      payment_method_types: b.payment_method_types ?? ["card"],
      status: b.payment_method ? "requires_confirmation" : "requires_payment_method",
      canceled_at: null,
      cancellation_reason: null,
    }
    this.intents.set(intentId, intent)
    if (b.confirm === "true") {
      return this.confirmIntent(intentId, b)
    }
    return this.view(intent, b.expand)
  }

  updateIntent(intentId: string, b: Obj): Obj {
    const intent = this.intent(intentId)
    if (b.amount !== undefined) {
      if (!CONFIRMABLE.includes(intent.status)) {
        this.unexpected(intent, "updated")
      }
      intent.amount = integer(b.amount, "amount")
    }
    if (b.metadata) {
      intent.metadata = { ...intent.metadata, ...b.metadata }
    }
    return this.view(intent, b.expand)
  }

  confirmIntent(intentId: string, b: Obj): Obj {
    const intent = this.intent(intentId)
    if (!CONFIRMABLE.includes(intent.status)) {
      this.unexpected(intent, "confirmed")
    }
    const pm = b.payment_method ?? intent.payment_method
    if (!pm) {
      invalid("You cannot confirm this PaymentIntent because it's missing a payment method.", {
        code: "payment_intent_unexpected_state",
      })
    }
    intent.payment_method = pm
    if (pm === "pm_card_chargeDeclined") {
      intent.status = "requires_payment_method"
      intent.last_payment_error = { type: "card_error", code: "card_declined", message: "Your card was declined." }
      throw new StripeFakeError(402, { ...intent.last_payment_error, payment_intent: this.view(intent) })
    }
    intent.latest_charge = id("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return this.view(intent, b.expand)
  }

  captureIntent(intentId: string, b: Obj): Obj {
    const intent = this.intent(intentId)
    if (intent.status !== "requires_capture") {
      this.unexpected(intent, "captured")
    }
    const amount = b.amount_to_capture === undefined ? intent.amount_capturable : integer(b.amount_to_capture, "amount_to_capture")
    if (amount > intent.amount_capturable) {
      invalid("The amount to capture exceeds the capturable amount.", { code: "amount_too_large", param: "amount_to_capture" })
    }
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    return this.view(intent, b.expand)
  }

  cancelIntent(intentId: string, b: Obj): Obj {
    const intent = this.intent(intentId)
    if (intent.status === "succeeded" || intent.status === "canceled") {
      this.unexpected(intent, "canceled")
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    intent.canceled_at = Math.floor(Date.now() / 1000)
    intent.cancellation_reason = b.cancellation_reason ?? null
    return this.view(intent, b.expand)
  }

  refundedAmount(intentId: string): number {
    return this.refunds.filter((r) => r.payment_intent === intentId).reduce((sum, r) => sum + r.amount, 0)
  }

  createRefund(b: Obj): Obj {
    const intent = this.intent(b.payment_intent)
    if (intent.status !== "succeeded") {
      invalid(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, { code: "charge_not_refundable" })
    }
    const refundable = intent.amount_received - this.refundedAmount(intent.id)
    if (refundable <= 0) {
      invalid(`Charge ${intent.latest_charge} has already been refunded.`, { code: "charge_already_refunded" })
    }
    const amount = b.amount === undefined ? refundable : integer(b.amount, "amount")
    if (amount > refundable) {
      invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`, { code: "amount_too_large", param: "amount" })
    }
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      charge: intent.latest_charge,
      payment_intent: intent.id,
      status: "succeeded",
      created: Math.floor(Date.now() / 1000),
    }
    this.refunds.push(refund)
    return refund
  }

  createCustomer(b: Obj): Obj {
    const customer = { id: id("cus"), object: "customer", email: b.email ?? null, name: b.name ?? null, phone: b.phone ?? null, metadata: b.metadata ?? {} }
    this.customers.set(customer.id, customer)
    return customer
  }

  updateCustomer(customerId: string, b: Obj): Obj {
    const customer = this.customers.get(customerId)
    if (!customer) {
      invalid(`No such customer: '${customerId}'`, { code: "resource_missing" }, 404)
    }
    Object.assign(customer, { email: b.email ?? customer.email, name: b.name ?? customer.name, phone: b.phone ?? customer.phone })
    return customer
  }

  deleteCustomer(customerId: string): Obj {
    this.customers.delete(customerId)
    return { id: customerId, object: "customer", deleted: true }
  }
}
