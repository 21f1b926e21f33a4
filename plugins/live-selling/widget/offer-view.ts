import { spokenStep } from "./core/player"
import { countdown, currentOffer, type LiveState, type Offer } from "./core/state"
import { h, replace, vnd } from "./dom"
import { fill, type WidgetStrings } from "./strings"

/**
 * The flash offer panel: rebuilt when the offer, its phase or its stock
 * changes; the countdown text alone is updated on every tick, and spoken
 * (politely) only at the steps of `spokenStep`. The panel's accessible name
 * says the offer, its price and the units left. Returns a text to announce
 * (to the status region) when something worth saying changed.
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
    box.setAttribute("role", "group")
    box.setAttribute("aria-label", fill(soldOut ? t.offerSoldOut : t.offerLabel, { title: offer.title, price: vnd(offer.price), n: offer.left }))
    const button = h(
      "button",
      { type: "button", class: "claim", disabled: phase !== "live" || soldOut, "data-testid": "claim", onclick: () => onClaim(offer) },
      soldOut ? t.soldOut : phase === "ended" ? t.ended : t.claim
    )
    replace(
      box,
      h("h3", {}, `${t.flash}: ${offer.title}`),
      h("p", { style: "margin:0" }, h("span", { class: "price" }, vnd(offer.price)), offer.originalPrice ? h("span", { class: "was" }, vnd(offer.originalPrice)) : null),
      h(
        "div",
        { class: "row" },
        h("span", { role: "timer", "aria-hidden": "true", "data-testid": "countdown" }),
        h("span", { class: "sr", "aria-live": "polite", "data-testid": "countdown-spoken" }),
        h("span", { "data-testid": "left" }, soldOut ? t.soldOut : fill(t.left, { n: offer.left })),
        button
      )
    )
  }
  const timer = box.querySelector<HTMLElement>("[data-testid=countdown]")
  const spoken = box.querySelector<HTMLElement>("[data-testid=countdown-spoken]")
  const at = phase === "live" && !soldOut ? offer.endsAt : phase === "upcoming" ? offer.startsAt : null
  if (timer) timer.textContent = at === null ? "" : fill(phase === "live" ? t.endsIn : t.startsIn, { t: countdown(at, now) })
  if (spoken) {
    const step = at === null ? "" : `${phase}:${spokenStep((at - now) / 1000)}`
    if (spoken.dataset.step !== step) {
      spoken.dataset.step = step
      spoken.textContent = at === null ? "" : fill(phase === "live" ? t.endsInSpoken : t.startsInSpoken, { t: countdown(at, now) })
    }
  }
  return announce
}
