import { countdown, currentOffer, type LiveState, type Offer } from "./core/state"
import { h, replace, vnd } from "./dom"
import { fill, type WidgetStrings } from "./strings"

/**
 * The flash offer panel: rebuilt when the offer, its phase or its stock
 * changes; the countdown text alone is updated on every tick. Returns a text
 * to announce (to the status region) when something worth saying changed.
 */
export function renderOffer(box: HTMLElement, state: LiveState, now: number, t: WidgetStrings["live"], onClaim: (o: Offer) => void): string | null {
  const cur = currentOffer(state, now)
  if (!cur) {
    box.className = ""
    box.replaceChildren()
    delete box.dataset.offer
    return null
  }
  const { offer, phase } = cur
  const soldOut = offer.ended === "sold_out" || offer.left <= 0
  const key = `${offer.id}|${phase}|${offer.left}|${soldOut}|${offer.ended ?? ""}`
  let announce: string | null = null
  if (box.dataset.offer !== key) {
    if (box.dataset.offer?.split("|")[1] !== phase || soldOut) {
      announce = `${t.flash}: ${offer.title}. ${soldOut ? t.soldOut : fill(t.left, { n: offer.left })}`
    }
    box.dataset.offer = key
    box.className = "offer"
    const button = h(
      "button",
      { type: "button", class: "claim", disabled: phase !== "live" || soldOut, "data-testid": "claim", onclick: () => onClaim(offer) },
      soldOut ? t.soldOut : phase === "ended" ? t.ended : t.claim
    )
    replace(
      box,
      h("h3", {}, `${t.flash}: ${offer.title}`),
      h("p", { style: "margin:0" }, h("span", { class: "price" }, vnd(offer.price)), offer.originalPrice ? h("span", { class: "was" }, vnd(offer.originalPrice)) : null),
      h("div", { class: "row" }, h("span", { role: "timer", "data-testid": "countdown" }), h("span", { "data-testid": "left" }, soldOut ? t.soldOut : fill(t.left, { n: offer.left })), button)
    )
  }
  const timer = box.querySelector<HTMLElement>("[data-testid=countdown]")
  if (timer) {
    timer.textContent =
      phase === "live" && !soldOut
        ? fill(t.endsIn, { t: countdown(offer.endsAt, now) })
        : phase === "upcoming"
          ? fill(t.startsIn, { t: countdown(offer.startsAt, now) })
          : ""
  }
  return announce
}
