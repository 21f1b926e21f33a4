import { h } from "./dom"
import type { WidgetStrings } from "./strings"

/** Claims need a customer: email + password, then `onSubmit` (which signs in and claims again). */
export function signInForm(t: WidgetStrings, onSubmit: (email: string, password: string) => void): { form: HTMLFormElement; focus: () => void } {
  const a = t.account
  const email = h("input", { type: "email", name: "email", autocomplete: "email", required: true, id: "ol-email" })
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true, id: "ol-password" })
  const form = h(
    "form",
    { class: "stack", "aria-label": t.live.signInToClaim },
    h("p", { class: "note" }, t.live.signInToClaim),
    h("label", { for: "ol-email" }, a.email),
    email,
    h("label", { for: "ol-password" }, a.password),
    password,
    h("div", { class: "row" }, h("button", { type: "submit" }, a.signIn))
  )
  form.addEventListener("submit", (e) => {
    e.preventDefault()
    onSubmit(email.value, password.value)
  })
  return { form, focus: () => email.focus() }
}
