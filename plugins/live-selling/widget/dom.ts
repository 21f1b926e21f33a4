/** Tiny DOM helpers: every text goes through textContent (no HTML from data). */
import { formatVnd } from "@ocop-live/contract"

type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, "").toLowerCase(), v as EventListener)
    else if (v === true) el.setAttribute(k, "")
    else el.setAttribute(k, String(v))
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c)
  return el
}

export function replace(el: Element, ...children: (Node | string | null | undefined | false)[]) {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false))
}

/** A VND amount as the shop prints it in Vietnamese (`65.000 ₫`), a dash for none. */
export const vnd = (n: number | null | undefined) => (typeof n === "number" ? formatVnd(n) : "—")
