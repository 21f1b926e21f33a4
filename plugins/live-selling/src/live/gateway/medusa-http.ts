/**
 * The gateway's HTTP client for the Medusa backend: the gateway is transport
 * only and reads Medusa's data through its routes, with the caller's own
 * credentials (a customer's, producer's or admin's bearer token; a
 * publishable key). Every call has a timeout.
 */

/** Who asks: the socket's token (if any) and publishable key. */
export type MedusaCaller = { token?: string | null; publishableKey?: string | null }

export type MedusaErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "timeout"
  | "unavailable"
  | "internal"

/** A failed call: the backend's refusal (its message) or no answer. */
export class MedusaCallError extends Error {
  constructor(readonly code: MedusaErrorCode, message: string, readonly status?: number) {
    super(message)
    this.name = "MedusaCallError"
  }
}

export type MedusaHttpOptions = {
  /** e.g. http://127.0.0.1:9000 */
  backendUrl: string
  /** For store calls when the caller brings no key of its own. */
  publishableKey?: string | null
  timeoutMs?: number
}

export type MedusaHttp = {
  get<T = any>(path: string, caller?: MedusaCaller): Promise<T>
  post<T = any>(path: string, body: unknown, caller?: MedusaCaller): Promise<T>
}

const STATUS_CODES: Record<number, MedusaErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
}

export function medusaErrorCode(status: number): MedusaErrorCode {
  return STATUS_CODES[status] ?? (status === 408 || status === 504 ? "timeout" : "internal")
}

export function medusaHttp(o: MedusaHttpOptions): MedusaHttp {
  const base = o.backendUrl.replace(/\/+$/, "")
  const timeoutMs = o.timeoutMs ?? 10_000

  async function call(method: "GET" | "POST", path: string, body: unknown, caller: MedusaCaller) {
    const key = caller.publishableKey || o.publishableKey
    const headers: Record<string, string> = {}
    if (body !== undefined) {
      headers["content-type"] = "application/json"
    }
    if (key) {
      headers["x-publishable-api-key"] = key
    }
    if (caller.token) {
      headers.authorization = `Bearer ${caller.token}`
    }
    let res: Response
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (e: any) {
      if (e?.name === "TimeoutError" || e?.name === "AbortError") {
        throw new MedusaCallError("timeout", `the backend did not answer within ${timeoutMs} ms`)
      }
      throw new MedusaCallError("unavailable", "the backend is unreachable")
    }
    const answer: any = await res.json().catch(() => null)
    if (!res.ok) {
      const message = typeof answer?.message === "string" ? answer.message : `backend answered ${res.status}`
      throw new MedusaCallError(medusaErrorCode(res.status), message, res.status)
    }
    return answer
  }

  return {
    get: (path, caller = {}) => call("GET", path, undefined, caller),
    post: (path, body, caller = {}) => call("POST", path, body, caller),
  }
}
