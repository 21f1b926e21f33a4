"use server"

import { redirect } from "next/navigation"
import { isLocale } from "@/i18n"
import { field } from "../cart-writes"
import { getToken } from "../cookies"
import { channelPublishableKey } from "../data/channels"
import { isStatus, sdk } from "../medusa"
import { STREAM_ID } from "../live-ticket"

/**
 * "Remind me" on a scheduled stream: the backend keeps the e-mail (the
 * signed-in customer's own when the field is empty) and sends one when the
 * stream goes live. Back to the page with `?reminder=set`, or `=invalid`.
 */
export async function remindMe(form: FormData) {
  const stream = field(form, "stream")
  const locale = isLocale(field(form, "locale")) ? field(form, "locale") : "vi"
  if (!STREAM_ID.test(stream)) redirect(`/${locale}/live`)
  const email = field(form, "email")
  const token = await getToken()
  let outcome = "set"
  try {
    await sdk(channelPublishableKey("live")).client.fetch(`/store/live/streams/${stream}/reminders`, {
      method: "POST",
      body: { ...(email ? { email } : {}), locale },
      headers: token ? { authorization: `Bearer ${token}` } : undefined,
    })
  } catch (e) {
    if (!isStatus(e, 400, 404, 429)) throw e
    outcome = "invalid"
  }
  redirect(`/${locale}/live/${stream}?reminder=${outcome}#remind`)
}
