import { CHAT_TEXT_MAX } from "@ocop-live/contract"
import { LiveConnection, type AckError } from "./connection"
import { buyerFrom, chooseLayout, newReactions, type Buyer, type Layout } from "./core/player"
import { REACTIONS, type Offer } from "./core/state"
import { h, replace, vnd } from "./dom"
import { CheckoutPanel } from "./checkout-panel"
import { renderOffer } from "./offer-view"
import { signInForm } from "./sign-in"
import { backendLocale, StoreApi } from "./store-api"
import { fill, stringsFor, type WidgetStrings } from "./strings"
import { CSS } from "./styles"
import { renderVideo, type VideoHandle } from "./video"

/** The gateway sends chat text HTML-escaped; shown through textContent, it is decoded first. */
function decodeEntities(text: string): string {
  const map: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&#x2F;": "/" }
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F);/g, (m) => map[m] ?? m)
}

/**
 * This browser's guest token: the gateway issues (and signs) a guest's id on
 * its first connect; sent back, it keeps the same chat identity across reconnects.
 */
const GUEST_TOKEN_KEY = "ocop-live-guest-token"
function storedGuestToken(): string | null {
  try {
    return localStorage.getItem(GUEST_TOKEN_KEY)
  } catch {
    return null
  }
}
function keepGuestToken(token: unknown) {
  try {
    if (typeof token === "string") localStorage.setItem(GUEST_TOKEN_KEY, token)
  } catch {
    // no storage: a new guest id on each visit
  }
}

/** A live ticket from the page's own endpoint (same origin, its cookies); null when signed out or unreachable. */
async function fetchTicket(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { method: "POST", credentials: "same-origin", headers: { accept: "application/json" } })
    if (!res.ok) return null
    const { ticket } = await res.json()
    return typeof ticket === "string" && ticket ? ticket : null
  } catch {
    return null
  }
}

function randomKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("")
}

/**
 * <ocop-live stream="…" backend="…" live="…" publishable-key="…" lang="vi"
 *   [ticket-url="/api/live/ticket?stream=…"] [buyer-url="/api/live/buyer"]
 *   [order-url="/api/live/claims/{claim}/order"] [sales-channel="sc_…"]
 *   [storefront="https://…"] [layout="auto|vertical|side|stack"] [no-video]>
 * `layout`: `vertical` is the phone player (video filling the element, chat,
 * offer and pinned products over it, checkout in a bottom sheet), `side` puts
 * video and panel side by side, `stack` one under the other; `auto` (the
 * default) chooses by the element's own width. In `vertical` the element is
 * `--ocop-live-height` tall (default 100dvh).
 * `buyer-url`: the page's own endpoint answering `{ customer }` (with its
 * addresses) for its signed-in customer: with a saved address, claim and
 * order are two taps.
 * `order-url`: the page's own endpoint placing a claim's order for its
 * signed-in customer in one request (`{claim}` is replaced by the claim's
 * id; the storefront's is `/api/live/claims/{claim}/order`): the second tap
 * is then that one request. With a `token` the widget calls the backend's
 * `POST /store/live/claims/:id/order` itself.
 * `ticket-url`: the page's own endpoint answering `{ ticket }` for its
 * signed-in customer (a 60 s live ticket, asked again at every connection);
 * no ticket: a guest. `token` (a customer JWT) still works but puts the
 * token in the page's HTML: prefer a ticket.
 */
export class OcopLiveElement extends HTMLElement {
  static observedAttributes = ["layout"]
  private conn: LiveConnection | null = null
  private api!: StoreApi
  private t!: WidgetStrings
  private ui!: Record<string, HTMLElement>
  private ticker: ReturnType<typeof setInterval> | null = null
  private video: VideoHandle | null = null
  private captionsOn = false
  private layout: Layout | null = null
  private resize: ResizeObserver | null = null
  private lastReactions: Record<string, number> | null = null
  private videoUrl: string | null | undefined = undefined
  private pinnedKey = ""
  private claimKeys = new Map<string, string>()
  private offlineSince: number | null = null
  private checkout: CheckoutPanel | null = null
  private regionId: string | undefined

  connectedCallback() {
    if (this.conn) return
    const attr = (n: string) => this.getAttribute(n)?.trim() || null
    const backend = attr("backend") ?? location.origin
    this.t = stringsFor(attr("lang") ?? document.documentElement.lang)
    this.api = new StoreApi(backend, attr("publishable-key") ?? "", attr("token"), backendLocale(this.t.lang))
    this.build()
    this.resize = typeof ResizeObserver === "function" ? new ResizeObserver(() => this.applyLayout()) : null
    this.resize?.observe(this)
    this.applyLayout()
    const stream = attr("stream")
    if (!stream) return this.say(this.t.live.unavailable, true)
    this.conn = new LiveConnection({
      url: attr("live") ?? backend.replace(/^http/, "ws").replace(/:\d+$/, ":9001"),
      streamId: stream,
      auth: async (): Promise<Record<string, string>> => {
        if (this.api.token) return { token: this.api.token }
        const ticketUrl = attr("ticket-url")
        const ticket = ticketUrl ? await fetchTicket(ticketUrl) : null
        if (ticket) return { ticket }
        const guestToken = storedGuestToken()
        return { publishableKey: attr("publishable-key") ?? "", ...(guestToken ? { guestToken } : {}) }
      },
      onSession: (s) => keepGuestToken(s.guestToken),
      onChange: () => this.render(),
      onError: (e) => this.onAckError(e),
    })
    this.conn.connect()
    this.ticker = setInterval(() => this.tick(), 250)
    this.api.region().then((r) => (this.regionId = r?.id), () => undefined)
  }

  disconnectedCallback() {
    this.conn?.close()
    this.conn = null
    if (this.ticker) clearInterval(this.ticker)
    this.resize?.disconnect()
    this.video?.stop()
  }

  attributeChangedCallback() {
    if (this.ui) this.applyLayout()
  }

  /** The layout from the `layout` attribute and the element's own width. */
  private applyLayout() {
    const layout = chooseLayout(this.getAttribute("layout"), this.getBoundingClientRect().width)
    if (layout === this.layout) return
    this.layout = layout
    this.ui.root.className = `w ${layout}`
    this.ui.root.dataset.layout = layout
  }

  private build() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
    const t = this.t.live
    const ui = {
      root: h("section", { class: "w", "aria-label": t.title }),
      video: h("div", { class: "video", "data-testid": "video" }),
      floats: h("div", { class: "floats", "aria-hidden": "true" }),
      title: h("h2", {}),
      badge: h("span", { class: "badge off" }),
      viewers: h("span", { class: "muted", "data-testid": "viewers" }),
      captions: h("button", { type: "button", class: "ghost cc", "aria-pressed": "false", "data-testid": "captions", onclick: () => this.toggleCaptions() }, t.captions),
      panel: h("div", { class: "panel", "data-testid": "panel" }),
      offer: h("div", { "data-testid": "offer" }),
      sheet: h("div", { class: "sheet", "data-testid": "sheet", hidden: true }),
      claim: h("div", { class: "sheet-body" }),
      pinned: h("ul", { class: "pinned strip", "aria-label": t.pinned, tabindex: 0 }),
      reactions: h("div", { class: "row reactions", role: "group", "aria-label": t.react }),
      chat: h("ul", { class: "lines" }),
      chatBox: h("div", { class: "chat", role: "log", "aria-label": t.chat, "data-testid": "chat", tabindex: 0 }),
      chatForm: h("form", { class: "row say" }),
      status: h("p", { role: "status", class: "sr" }),
      offline: h("p", { class: "err", hidden: true }, t.offline),
    }
    ui.chatBox.append(ui.chat)
    this.ui = ui
    const input = h("input", { name: "text", maxlength: CHAT_TEXT_MAX, "aria-label": t.say, placeholder: t.say, autocomplete: "off" })
    ui.chatForm.append(input, h("button", { type: "submit" }, t.send))
    ui.chatForm.addEventListener("submit", (e) => {
      e.preventDefault()
      const text = input.value.trim()
      if (!text || !this.conn) return
      this.conn.request("chat:send", { streamId: this.getAttribute("stream"), text }).then(
        () => (input.value = ""),
        (err: AckError) => this.say(`${t.chat}: ${err.message}`, true)
      )
    })
    for (const [kind, emoji] of Object.entries(REACTIONS)) {
      ui.reactions.append(
        h("button", { type: "button", class: "ghost", "data-kind": kind, "aria-label": `${t.react}: ${kind}`, onclick: () => this.react(kind) }, emoji, h("span", { "data-count": kind }))
      )
    }
    // the claim and checkout: a bottom sheet over the video (vertical), in the panel otherwise
    ui.sheet.append(h("button", { type: "button", class: "ghost close", "aria-label": t.close, onclick: () => (ui.sheet.hidden = true) }, "×"), ui.claim)
    new MutationObserver(() => (ui.sheet.hidden = !ui.claim.childElementCount)).observe(ui.claim, { childList: true })
    this.syncCaptions()
    const noVideo = this.hasAttribute("no-video")
    ui.panel.append(
      ui.offline,
      ui.offer,
      ui.sheet,
      h("div", { class: "products" }, h("h3", { class: "sec" }, t.pinned), ui.pinned),
      ui.reactions,
      h("div", { class: "talk" }, h("h3", { class: "sec" }, t.chat), ui.chatBox, ui.chatForm)
    )
    ui.root.append(
      h("div", { class: "stage" }, noVideo ? null : ui.video, noVideo ? null : ui.floats, h("div", { class: "top" }, ui.badge, ui.title, ui.viewers, noVideo ? null : ui.captions)),
      ui.panel,
      ui.status
    )
    root.replaceChildren(h("style", {}, CSS), ui.root)
  }

  /** The captions button: pressed or not, disabled (and saying so) when the stream has no text tracks. */
  private syncCaptions() {
    const t = this.t.live
    const has = this.video?.hasCaptions() ?? false
    const b = this.ui.captions as HTMLButtonElement
    b.disabled = !has
    b.setAttribute("aria-pressed", String(has && this.captionsOn))
    if (has) b.removeAttribute("aria-label")
    else b.setAttribute("aria-label", t.captionsNone)
    b.title = has ? t.captions : t.captionsNone
  }

  private toggleCaptions() {
    this.captionsOn = !this.captionsOn
    this.video?.showCaptions(this.captionsOn)
    this.syncCaptions()
  }

  /** New reactions float up over the video (not with reduced motion). */
  private floatReactions(counts: Record<string, number>) {
    const before = this.lastReactions
    this.lastReactions = { ...counts }
    if (!before || matchMedia("(prefers-reduced-motion: reduce)").matches) return
    for (const [kind, n] of Object.entries(newReactions(before, counts))) {
      for (let i = 0; i < n; i++) {
        const bubble = h("span", { class: "bubble" }, REACTIONS[kind as keyof typeof REACTIONS] ?? "❤️")
        bubble.style.setProperty("--x", `${Math.round(Math.random() * 60)}%`)
        bubble.style.setProperty("--d", `${i * 0.15}s`)
        bubble.addEventListener("animationend", () => bubble.remove())
        setTimeout(() => bubble.remove(), 4000)
        this.ui.floats.append(bubble)
      }
    }
  }

  private say(text: string, isError = false) {
    this.ui.status.textContent = text
    if (isError) replace(this.ui.claim, h("p", { class: "err", role: "alert" }, text))
  }

  private onAckError(e: AckError) {
    this.say(e.code === "banned" ? e.message : `${this.t.live.unavailable} (${e.code})`, true)
  }

  private react(kind: string) {
    this.conn?.request("react", { streamId: this.getAttribute("stream"), kind }).catch(() => undefined)
  }

  private render() {
    const conn = this.conn
    if (!conn) return
    const s = conn.state
    const t = this.t.live
    this.ui.title.textContent = s.title
    this.ui.badge.textContent = s.status === "live" ? t.live : s.status === "ended" ? t.ended : t.title
    this.ui.badge.className = s.status === "live" ? "badge" : "badge off"
    this.ui.viewers.textContent = fill(t.viewers, { n: s.viewers })
    if (!this.hasAttribute("no-video") && this.videoUrl !== (s.video?.url ?? null)) {
      this.videoUrl = s.video?.url ?? null
      this.video?.stop()
      this.video = renderVideo(this.ui.video, s.video, s.title, t.noVideo, () => this.syncCaptions())
      this.video.showCaptions(this.captionsOn)
      this.syncCaptions()
    }
    this.floatReactions(s.reactions)
    for (const b of this.ui.reactions.querySelectorAll<HTMLElement>("[data-count]")) {
      const n = s.reactions[b.dataset.count!] ?? 0
      b.textContent = n ? ` ${n}` : ""
    }
    const box = this.ui.chatBox
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40
    replace(this.ui.chat, ...s.chat.map((m) => h("li", {}, h("b", {}, m.name), " ", h("span", {}, decodeEntities(m.text)))))
    if (atBottom) box.scrollTop = box.scrollHeight
    const pinnedKey = s.pinned.join(",")
    if (pinnedKey !== this.pinnedKey) {
      this.pinnedKey = pinnedKey
      this.loadPinned(s.pinned)
    }
    this.tick()
  }

  private async loadPinned(ids: string[]) {
    const products = await this.api.products(ids, this.regionId).catch(() => [])
    const shop = this.getAttribute("storefront")
    replace(
      this.ui.pinned,
      ...products.map((p: any) => {
        const price = p.variants?.[0]?.calculated_price?.calculated_amount
        const name = shop ? h("a", { href: `${shop.replace(/\/$/, "")}/${this.t.lang}/products/${p.handle}`, target: "_top" }, p.title) : h("span", {}, p.title)
        return h(
          "li",
          { "data-testid": "pinned" },
          p.thumbnail ? h("img", { src: p.thumbnail, alt: "", loading: "lazy", width: 44, height: 44 }) : null,
          h("span", { class: "name" }, name),
          h("span", { class: "price-s" }, vnd(price))
        )
      })
    )
  }

  /** Countdown and "N left": every 250 ms. */
  private tick() {
    const conn = this.conn
    if (!conn) return
    this.offlineSince = conn.online ? null : this.offlineSince ?? Date.now()
    this.ui.offline.hidden = !(this.offlineSince && Date.now() - this.offlineSince > 3000)
    const said = renderOffer(this.ui.offer, conn.state, Date.now() + conn.skew, this.t.live, (o) => void this.claim(o))
    if (said) this.ui.status.textContent = said
  }

  private cartKey() {
    return `ocop-live-cart:${this.getAttribute("backend") ?? location.origin}`
  }

  private async cartId(): Promise<string> {
    const stored = this.getAttribute("cart") || localStorage.getItem(this.cartKey())
    if (stored) {
      const cart = await this.api.cart(stored).catch(() => null)
      if (cart && !cart.completed_at) return cart.id
    }
    const cart = await this.api.createCart(this.regionId, this.getAttribute("sales-channel"))
    localStorage.setItem(this.cartKey(), cart.id)
    return cart.id
  }

  private async claim(offer: Offer) {
    const t = this.t.live
    if (!this.conn) return
    const key = this.claimKeys.get(offer.id) ?? randomKey()
    this.claimKeys.set(offer.id, key)
    try {
      const cartId = await this.cartId()
      const r = await this.conn.request<{ claim: { id: string }; cart?: { id: string; lineItemId: string }; cartPending?: boolean }>("offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: key, cartId })
      this.claimKeys.delete(offer.id)
      // The gateway puts the claim in the cart after its ack (`claim:carted`;
      // `claim:cart_failed` rejects: the claim was released). A gateway that
      // does not, or no word in time: the REST route (idempotent: one line per claim).
      if (!r.cart) {
        const line = r.cartPending ? this.conn.cartLine(r.claim.id).catch((e) => (e?.code === "timeout" ? null : Promise.reject(e))) : null
        if (!(await line)) await this.api.addClaimToCart(r.claim.id, cartId).catch(() => undefined)
      }
      this.say(t.claimed)
      this.openCheckout(cartId, r.claim.id)
    } catch (e: any) {
      const code = e?.code as string | undefined
      if (code === "timeout" || code === "unavailable") return this.say(t.offline, true)
      this.claimKeys.delete(offer.id)
      if (code === "unauthorized") return this.signIn(offer)
      this.say(code === "sold_out" ? t.soldOut : `${e?.message ?? code}`, true)
    }
  }

  private openCheckout(cartId: string, claimId: string) {
    const orderUrl = this.getAttribute("order-url")
    this.checkout = new CheckoutPanel(this.api, this.t, cartId, {
      storefront: this.getAttribute("storefront"),
      onDone: () => localStorage.removeItem(this.cartKey()),
      buyer: () => this.buyer(),
      // one request for the claim's order: with the token to the backend, else through the page's endpoint
      orderClaim: this.api.token || orderUrl ? (body) => this.api.claimOrder(claimId, body, orderUrl) : null,
    })
    replace(this.ui.claim, h("p", { class: "note" }, this.t.live.claimed), this.checkout.element)
    void this.checkout.load()
  }

  /** The signed-in buyer and its saved address: from the store API with a token, else from the page's `buyer-url`. */
  private async buyer(): Promise<Buyer | null> {
    if (this.api.token) return buyerFrom(await this.api.me())
    const url = this.getAttribute("buyer-url")
    if (!url) return null
    const res = await fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } })
    if (!res.ok) return null
    return buyerFrom((await res.json())?.customer)
  }

  /** Claims need a customer: a small sign-in form, then the same claim again. */
  private signIn(offer: Offer) {
    const { form, focus } = signInForm(this.t, async (email, password) => {
      try {
        await this.api.login(email, password)
        this.conn?.reconnect()
        replace(this.ui.claim)
        setTimeout(() => void this.claim(offer), 300)
      } catch {
        this.say(this.t.account.badLogin, true)
      }
    })
    replace(this.ui.claim, form)
    focus()
  }
}
