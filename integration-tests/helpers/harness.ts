/**
 * The one HTTP test harness: logins (admin, customer, producer) through
 * Medusa's auth routes, polling until something holds, and the error shape
 * of a request expected to fail. HTTP specs pass the integration runner's
 * axios `api`; specs against a started stack (browser, lifecycle) use
 * `fetchToken` with its URL.
 */
import type { AxiosInstance, AxiosResponse } from "axios"
import type { RestError } from "@ocop-live/contract"

export type Login = { email: string; password: string }
/** Medusa's actor types: `user` is an admin. */
export type Actor = "user" | "customer" | "producer"
/** Request options carrying headers, as axios takes them. */
export type Headers = { headers: Record<string, string> }

export const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

/** Logs in with email and password; answers the JWT. */
export async function loginToken(api: AxiosInstance, actor: Actor, login: Login, extra: Headers = { headers: {} }): Promise<string> {
  const { data } = await api.post(`/auth/${actor}/emailpass`, { email: login.email, password: login.password }, extra)
  return data.token as string
}

/** An admin user's bearer headers. */
export async function adminLogin(api: AxiosInstance, login: Login): Promise<Headers> {
  return bearer(await loginToken(api, "user", login))
}

/** A producer's bearer headers. */
export async function producerLogin(api: AxiosInstance, email: string, password: string): Promise<Headers> {
  return bearer(await loginToken(api, "producer", { email, password }))
}

export type NewCustomer = Login & {
  first_name?: string
  last_name?: string
  /** headers of the login request (e.g. `x-forwarded-for`) */
  loginHeaders?: Record<string, string>
}

/**
 * Registers a customer (with the personal-data consent the store asks for)
 * and logs it in: its id, token and headers (the store's and its bearer).
 */
export async function signUpCustomer(api: AxiosInstance, store: Headers, c: NewCustomer) {
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: c.email, password: c.password })
  const names = { ...(c.first_name ? { first_name: c.first_name } : {}), ...(c.last_name ? { last_name: c.last_name } : {}) }
  const { data: made } = await api.post(
    "/store/customers",
    { email: c.email, ...names, metadata: { personal_data_consent: true } },
    { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } }
  )
  const token = await loginToken(api, "customer", c, { headers: c.loginHeaders ?? {} })
  return { id: made.customer.id as string, token, headers: { headers: { ...store.headers, authorization: `Bearer ${token}` } } }
}

/** Logs in to a started stack (`baseUrl`) over fetch; throws with the answer when refused. */
export async function fetchToken(baseUrl: string, actor: Actor, login: Login): Promise<string> {
  const res = await fetch(`${baseUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  if (!res.ok) throw new Error(`${actor} login: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** POSTs JSON to a started stack; answers the JSON, throws naming the path and answer when refused. */
async function fetchPost(baseUrl: string, path: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** `signUpCustomer` against a started stack (`baseUrl`) over fetch, with its publishable key: the customer's id and token. */
export async function fetchSignUpCustomer(baseUrl: string, publishableKey: string, c: NewCustomer): Promise<{ id: string; token: string }> {
  const reg = await fetchPost(baseUrl, "/auth/customer/emailpass/register", { email: c.email, password: c.password }, {})
  const names = { ...(c.first_name ? { first_name: c.first_name } : {}), ...(c.last_name ? { last_name: c.last_name } : {}) }
  const made = await fetchPost(
    baseUrl,
    "/store/customers",
    { email: c.email, ...names, metadata: { personal_data_consent: true } },
    { authorization: `Bearer ${reg.token}`, "x-publishable-api-key": publishableKey }
  )
  return { id: made.customer.id as string, token: await fetchToken(baseUrl, "customer", c) }
}

export type WaitOptions = {
  /** what is awaited, for the timeout's message */
  what: string
  /** default 20 s */
  timeoutMs?: number
  /** pause between checks, default 200 ms */
  intervalMs?: number
  /** a check that throws counts as "not yet" (e.g. a page mid-reload); the last error is named on timeout */
  retryErrors?: boolean
}

/**
 * Calls `check` until it answers a truthy value and answers that value;
 * throws "Timed out waiting for <what>" after `timeoutMs`. A check that
 * throws ends the wait with its error, unless `retryErrors`.
 */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, options: string | WaitOptions): Promise<T> {
  const { what, timeoutMs = 20_000, intervalMs = 200, retryErrors = false } = typeof options === "string" ? { what: options } : options
  const deadline = Date.now() + timeoutMs
  let lastError: unknown = null
  for (;;) {
    lastError = null
    const value = await check().catch((e) => {
      if (!retryErrors) throw e
      lastError = e
      return null
    })
    if (value) return value
    if (Date.now() >= deadline) {
      throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message ?? lastError})` : ""}`)
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** The error response of a request expected to fail (an error that is not an HTTP answer is thrown on). */
export async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (e: any) {
    if (e.response) return e.response
    throw e
  }
  throw new Error("The request was expected to fail")
}

/** The status and message of a request expected to fail. */
export async function failureMessage(request: Promise<unknown>) {
  const res = await failure(request)
  return { status: res.status as number, message: (res.data as RestError | undefined)?.message as string }
}

/** The response of a request, whether it succeeded or failed with an HTTP answer. */
export async function answer(request: Promise<unknown>): Promise<AxiosResponse> {
  try {
    return (await request) as AxiosResponse
  } catch (e: any) {
    if (!e.response) throw e
    return e.response
  }
}
