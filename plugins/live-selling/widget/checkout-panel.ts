import { h, replace, vnd } from "./dom"
import type { StoreApi } from "./store-api"
import { fill, type WidgetStrings } from "./strings"

let seq = 0

/** Checkout inside the widget: contact, delivery or pickup, cash on delivery. */
export class CheckoutPanel {
  readonly element = h("div", { "data-testid": "widget-checkout" })
  private readonly id = `olc${++seq}`

  constructor(
    private readonly api: StoreApi,
    private readonly t: WidgetStrings,
    private readonly cartId: string,
    private readonly o: { storefront: string | null; onDone: () => void }
  ) {}

  async load() {
    const c = this.t.checkout
    const [cart, options] = await Promise.all([this.api.cart(this.cartId), this.api.shippingOptions(this.cartId)]).catch(() => [null, []] as const)
    if (!cart) return replace(this.element, h("p", { class: "err" }, this.t.live.unavailable))
    const id = (n: string) => `${this.id}-${n}`
    const field = (name: string, label: string, attrs: Record<string, string | boolean> = {}) => [
      h("label", { for: id(name) }, label),
      h("input", { id: id(name), name, ...attrs }),
    ]
    const delivery = h("select", { id: id("option"), name: "option" })
    for (const o of options) {
      const loc = o.service_zone?.fulfillment_set?.location
      const pickup = o.service_zone?.fulfillment_set?.type === "pickup"
      const amount = o.calculated_price?.calculated_amount ?? 0
      delivery.append(h("option", { value: o.id, "data-pickup": pickup ? "1" : null }, `${pickup ? `${c.pickup}: ${loc?.name ?? o.name}` : c.deliveryHome} · ${amount ? vnd(amount) : c.free}`))
    }
    const lines = h(
      "ul",
      { class: "pinned" },
      ...(cart.items ?? []).map((i: any) => h("li", {}, h("span", {}, `${i.product_title ?? i.title} × ${i.quantity}`), h("span", {}, vnd(i.total ?? i.unit_price * i.quantity))))
    )
    const form = h(
      "form",
      { class: "stack", "aria-label": c.title },
      h("h3", { class: "sec" }, c.summary),
      lines,
      ...field("name", c.fullName, { autocomplete: "name", required: true }),
      ...field("phone", c.phone, { type: "tel", autocomplete: "tel", required: true }),
      ...field("email", c.email, { type: "email", autocomplete: "email", required: true }),
      h("label", { for: id("option") }, c.delivery),
      delivery,
      ...field("street", c.street, { autocomplete: "address-line1" }),
      ...field("ward", c.ward, { autocomplete: "address-level3" }),
      ...field("province", c.province, { autocomplete: "address-level1" }),
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
    const button = form.querySelector("button")!
    button.disabled = true
    try {
      const order = await this.api.checkout(this.cartId, {
        email: v("email"),
        optionId: delivery.value,
        providerId: "pp_system_default",
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
      })
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
