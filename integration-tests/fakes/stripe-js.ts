/**
 * A stand-in for Stripe.js (https://js.stripe.com/v3/) for browser tests,
 * served by the Stripe fake at `/v3/`: the same calls the storefront makes —
 * `Stripe(key)`, `elements().create("card").mount(el)`,
 * `confirmCardPayment(clientSecret, { payment_method: { card } })` — with a
 * plain card-number input instead of Stripe's iframe. Card 4000 0000 0000
 * 0002 is declined (Stripe's test card), any other number is a Visa.
 * Confirmation posts to the fake's API with the publishable key, as Stripe.js does.
 */
export const STRIPE_JS_SOURCE = `(() => {
  const api = new URL(document.currentScript.src).origin
  window.Stripe = function Stripe(key) {
    return {
      elements() {
        return {
          create(kind) {
            let input = null
            return {
              mount(el) {
                input = document.createElement("input")
                input.setAttribute("aria-label", "Card number")
                input.setAttribute("autocomplete", "cc-number")
                input.setAttribute("inputmode", "numeric")
                input.style.width = "100%"
                el.appendChild(input)
              },
              destroy() { input && input.remove() },
              get value() { return input ? input.value.replace(/\\s/g, "") : "" },
            }
          },
        }
      },
      async confirmCardPayment(clientSecret, data) {
        const number = data.payment_method.card.value
        const pm = number === "4000000000000002" ? "pm_card_chargeDeclined" : "pm_card_visa"
        const intentId = clientSecret.split("_secret_")[0]
        const body = new URLSearchParams({ payment_method: pm, client_secret: clientSecret })
        const res = await fetch(api + "/v1/payment_intents/" + intentId + "/confirm", {
          method: "POST",
          headers: { authorization: "Bearer " + key, "content-type": "application/x-www-form-urlencoded" },
          body,
        })
        const json = await res.json()
        return res.ok ? { paymentIntent: json } : { error: json.error }
      },
    }
  }
})()
`
