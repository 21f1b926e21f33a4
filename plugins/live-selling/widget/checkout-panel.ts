import { h, replace, vnd } from "./dom"
import type { Buyer } from "./core/player"
import type { ClaimOrderBody, PlacedOrder, StoreApi } from "./store-api"
import { fill, type WidgetStrings } from "./strings"

let seq = 0

type Address = Record<string, string>
/** What the guest form's order needs (the multi-call cart checkout). */
export type OrderDetails = { email: string; optionId: string; address: Address }

const isPickup = (o: any) => o?.service_zone?.fulfillment_set?.type === "pickup"

/**
 * Checkout inside the widget. A signed-in buyer with a saved address sees a
 * summary (item, address, home delivery, cash on delivery) and one "place
 * order" button, which places the claim's order in one request
 * (`orderClaim`: `POST /store/live/claims/:id/order`) when the widget can
 * (a token or the page's order endpoint); anyone else the form: contact,
 * delivery or pickup, cash on delivery (the cart checkout, several calls).
 */
export class CheckoutPanel {
  readonly element = h("div", { "data-testid": "widget-checkout" })
  private readonly id = `olc${++seq}`

  constructor(
    private readonly api: StoreApi,
    private readonly t: WidgetStrings,
    private readonly cartId: string,
    private readonly o: {
      storefront: string | null
      onDone: () => void
      buyer?: () => Promise<Buyer | null>
      /** The claim's order in one request; null: the summary uses the cart checkout too. */
      orderClaim?: ((body: ClaimOrderBody) => Promise<PlacedOrder>) | null
    }
  ) {}

  async load() {
    const [cart, options, buyer] = await Promise.all([
      this.api.cart(this.cartId),
      this.api.shippingOptions(this.cartId),
      (this.o.buyer?.() ?? Promise.resolve(null)).catch(() => null),
    ]).catch(() => [null, [] as any[], null] as const)
    if (!cart) return replace(this.element, h("p", { class: "err" }, this.t.live.unavailable))
    const home = options.find((o: any) => !isPickup(o))
    if (buyer?.address && home) return this.summary(cart, home, buyer)
    this.form(cart, options, buyer)
  }

  private lines(cart: any) {
    return h(
      "ul",
      { class: "pinned" },
      ...(cart.items ?? []).map((i: any) => h("li", {}, h("span", {}, `${i.product_title ?? i.title} × ${i.quantity}`), h("span", {}, vnd(i.total ?? i.unit_price * i.quantity))))
    )
  }

  /** The two-tap path: everything is known, one button places the order. */
  private summary(cart: any, option: any, buyer: Buyer) {
    const c = this.t.checkout
    const a = buyer.address!
    const shipping = option.calculated_price?.calculated_amount ?? 0
    const items = (cart.items ?? []).reduce((sum: number, i: any) => sum + (i.total ?? i.unit_price * i.quantity), 0)
    const place = h("button", { type: "button", class: "claim", "data-testid": "widget-place-order" }, c.place)
    const change = h("button", { type: "button", class: "ghost", "data-testid": "widget-change-address" }, this.t.live.changeAddress)
    const details: OrderDetails = { email: buyer.email, optionId: option.id, address: Object.fromEntries(Object.entries(a).filter(([, v]) => v)) }
    const oneStep = this.o.orderClaim
    const order = oneStep
      ? () => oneStep({ payment: "cod", shipping_option_id: option.id, ...(buyer.addressId ? { address_id: buyer.addressId } : {}) })
      : () => this.api.checkout(this.cartId, { ...details, providerId: "pp_system_default" })
    place.addEventListener("click", () => void this.placeOrder(order, place))
    change.addEventListener("click", () => void this.api.shippingOptions(this.cartId).then((all) => this.form(cart, all, buyer), () => this.form(cart, [option], buyer)))
    replace(
      this.element,
      h(
        "section",
        { class: "stack", "aria-label": c.title, "data-testid": "widget-summary" },
        h("h3", { class: "sec" }, c.summary),
        this.lines(cart),
        h(
          "dl",
          { class: "kv" },
          h("dt", {}, this.t.live.deliverTo),
          h("dd", { "data-testid": "widget-address" }, [`${a.last_name} ${a.first_name}`.trim(), a.phone, [a.address_1, a.address_2, a.city].filter(Boolean).join(", ")].join(" · ")),
          h("dt", {}, c.delivery),
          h("dd", {}, `${c.deliveryHome} · ${shipping ? vnd(shipping) : c.free}`),
          h("dt", {}, c.payment),
          h("dd", {}, c.cod),
          h("dt", {}, this.t.live.total),
          h("dd", { class: "price" }, vnd(items + shipping))
        ),
        h("div", { class: "row" }, place, change)
      )
    )
    place.focus({ preventScroll: true })
  }

  private form(cart: any, options: any[], buyer: Buyer | null) {
    const c = this.t.checkout
    const a = buyer?.address
    const id = (n: string) => `${this.id}-${n}`
    const field = (name: string, label: string, attrs: Record<string, string | boolean> = {}, value = "") => {
      const input = h("input", { id: id(name), name, ...attrs })
      input.value = value
      return [h("label", { for: id(name) }, label), input]
    }
    const delivery = h("select", { id: id("option"), name: "option" })
    for (const o of options) {
      const loc = o.service_zone?.fulfillment_set?.location
      const pickup = isPickup(o)
      const amount = o.calculated_price?.calculated_amount ?? 0
      delivery.append(h("option", { value: o.id, "data-pickup": pickup ? "1" : null }, `${pickup ? `${c.pickup}: ${loc?.name ?? o.name}` : c.deliveryHome} · ${amount ? vnd(amount) : c.free}`))
    }
    const form = h(
      "form",
      { class: "stack", "aria-label": c.title },
      h("h3", { class: "sec" }, c.summary),
      this.lines(cart),
      ...field("name", c.fullName, { autocomplete: "name", required: true }, a ? `${a.last_name} ${a.first_name}`.trim() : ""),
      ...field("phone", c.phone, { type: "tel", autocomplete: "tel", required: true }, a?.phone ?? ""),
      ...field("email", c.email, { type: "email", autocomplete: "email", required: true }, buyer?.email ?? ""),
      h("label", { for: id("option") }, c.delivery),
      delivery,
      ...field("street", c.street, { autocomplete: "address-line1" }, a?.address_1 ?? ""),
      ...field("ward", c.ward, { autocomplete: "address-level3" }, a?.address_2 ?? ""),
      ...field("province", c.province, { autocomplete: "address-level1" }, a?.province ?? ""),
      h("p", { class: "muted" }, `${c.payment}: ${c.cod}`),
      h("div", { class: "row" }, h("button", { type: "submit", "data-testid": "widget-place-order" }, c.place))
    )
    form.addEventListener("submit", (e) => {
      e.preventDefault()
      void this.submit(form, delivery)
    })
    replace(this.element, form)
  }

  private async submit(form: HTMLFormElement, delivery: HTMLSelectElement) {
    const c = this.t.checkout
    const v = (n: string) => ((form.elements.namedItem(n) as HTMLInputElement | null)?.value ?? "").trim()
    const pickup = delivery.selectedOptions[0]?.dataset.pickup === "1"
    const name = v("name").split(/\s+/)
    const missing = [["name", c.fullName], ["phone", c.phone], ["email", c.email], ...(pickup ? [] : [["street", c.street], ["province", c.province]])].find(([n]) => !v(n))
    if (missing) return this.error(fill(c.required, { field: missing[1] }))
    const details: OrderDetails = {
      email: v("email"),
      optionId: delivery.value,
      address: {
        first_name: name[name.length - 1] ?? "",
        last_name: name.slice(0, -1).join(" "),
        phone: v("phone"),
        address_1: pickup ? delivery.selectedOptions[0].textContent ?? "" : v("street"),
        address_2: pickup ? "" : v("ward"),
        city: pickup ? "Lạng Sơn" : v("province"),
        province: pickup ? "Lạng Sơn" : v("province"),
        country_code: "vn",
      },
    }
    await this.placeOrder(() => this.api.checkout(this.cartId, { ...details, providerId: "pp_system_default" }), form.querySelector("button")!)
  }

  /** Places the order (`place`: the one-step claim order or the cart checkout) and says so. */
  private async placeOrder(place: () => Promise<PlacedOrder>, button: HTMLButtonElement) {
    const c = this.t.checkout
    button.disabled = true
    try {
      const order = await place()
      this.o.onDone()
      const shop = this.o.storefront?.replace(/\/$/, "")
      replace(
        this.element,
        h(
          "div",
          { class: "note", role: "status", "data-testid": "widget-order" },
          h("strong", {}, this.t.order.thanks),
          h("div", {}, `${this.t.order.number}: #${order.display_id} · ${vnd(order.total)}`),
          shop ? h("a", { href: `${shop}/${this.t.lang}/order/${order.id}`, target: "_top" }, `${this.t.order.number} #${order.display_id}`) : null
        )
      )
    } catch (e: any) {
      button.disabled = false
      this.error(fill(c.failed, { message: e?.message ?? "" }))
    }
  }

  private error(text: string) {
    this.element.querySelector(".err")?.remove()
    this.element.prepend(h("p", { class: "err", role: "alert" }, text))
  }
}
