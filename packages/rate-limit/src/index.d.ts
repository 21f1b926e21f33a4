export type Window = { points: number; duration: number }

export type RateLimitOptions = {
  /** names the limit: its Redis keys, its env overrides (RATE_LIMIT_<NAME>_IP / _ACCOUNT) and the 429 body's `limit` */
  name: string
  /** how the 429 message names the requests, e.g. "login attempts" */
  what?: string
  /** per client IP address (req.ip) */
  ip?: Window | null
  /** per account; `key` defaults to the signed-in actor's id */
  account?: (Window & { key?: (req: any) => string | undefined }) | null
}

/** 429 body, Medusa's error shape */
export type RateLimitedBody = { type: "not_allowed"; code: "rate_limited"; limit: string; message: string }

export function rateLimit(options: RateLimitOptions): (req: any, res: any, next: (err?: unknown) => void) => Promise<void>
export function authenticatedActor(req: any): string | undefined
export function emailFromBody(req: any): string | undefined
export function parseLimit(value: string | undefined, fallback: Window | null): Window | null
export function resolveLimits(
  options: RateLimitOptions,
  env?: Record<string, string | undefined>
): { ip?: Window; account?: Window }
export function envName(name: string, scope: "ip" | "account"): string
export function closeRateLimitClients(): Promise<void>
