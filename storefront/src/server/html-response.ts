import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http"
import { preferredEncoding } from "./encoding"
import type { CachedPage } from "./page-cache"
import { sharedByNext } from "./page-cache"
import { preparedPayload, type PreparedPage } from "./prepared-pages"

type Chunk = string | Buffer | Uint8Array
const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk))
const isHtml = (res: ServerResponse) => /^text\/html/i.test(String(res.getHeader("content-type") ?? ""))
const isRscPayload = (res: ServerResponse) => /^text\/x-component/i.test(String(res.getHeader("content-type") ?? ""))
/** Headers that belong to one sending of a body, not to the page. */
const PER_SENDING = ["content-length", "content-encoding", "content-security-policy", "transfer-encoding", "date", "connection", "keep-alive", "x-nextjs-cache"]

/** Sends a prepared page: its policy, compressed as the client accepts. */
export function sendPage(req: IncomingMessage, res: ServerResponse, page: PreparedPage, end: (body: Buffer) => void = (body) => res.end(body)) {
  const accepted = preferredEncoding(req.headers["accept-encoding"])
  const body = page.body(accepted)
  if (page.csp !== null) res.setHeader("content-security-policy", page.csp)
  if (accepted) res.setHeader("content-encoding", accepted)
  const vary = String(res.getHeader("vary") ?? "")
  if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding")
  res.removeHeader("transfer-encoding")
  res.setHeader("content-length", body.length)
  end(body)
}

/** Answers with a page kept from an earlier answer of Next's. */
export function sendCachedPage(req: IncomingMessage, res: ServerResponse, cached: CachedPage) {
  res.statusCode = cached.status
  for (const [name, value] of Object.entries(cached.headers)) if (value !== undefined) res.setHeader(name, value)
  res.setHeader("x-storefront-cache", "HIT")
  sendPage(req, res, cached.page)
}

/**
 * Holds back an HTML response's body until Next has written all of it, then
 * sends it with the Content-Security-Policy that allows exactly its inline
 * scripts (by hash) and compressed as the client accepts (both remembered per
 * body by `prepare`). Any other response passes through untouched. A 304
 * loses the policy header: the browser keeps the one of the page it cached.
 * `keep` gets the pages `shared` says are the same for everyone (by default
 * the ones Next says so of: `sharedByNext`).
 * Streaming (loading.tsx, Suspense) of a page rendered per request is thereby
 * undone: the visitor gets the page once it is complete.
 */
export function holdHtml(
  req: IncomingMessage,
  res: ServerResponse,
  prepare: (html: Buffer) => PreparedPage,
  keep?: (page: CachedPage) => void,
  shared: (status: number, headers: OutgoingHttpHeaders) => boolean = sharedByNext
) {
  holdBody(req, res, isHtml, prepare, keep, shared)
}

/**
 * Holds back an RSC payload (`text/x-component`: a client-side navigation or
 * prefetch) until Next has written all of it, so that `keep` gets it when
 * `shared` says it is the same for everyone; then sends it compressed as the
 * client accepts. Anything else passes through untouched.
 */
export function holdRscPayload(
  req: IncomingMessage,
  res: ServerResponse,
  keep: (page: CachedPage) => void,
  shared: (status: number, headers: OutgoingHttpHeaders) => boolean
) {
  holdBody(req, res, isRscPayload, preparedPayload, keep, shared)
}

function holdBody(
  req: IncomingMessage,
  res: ServerResponse,
  wanted: (res: ServerResponse) => boolean,
  prepare: (body: Buffer) => PreparedPage,
  keep: ((page: CachedPage) => void) | undefined,
  shared: (status: number, headers: OutgoingHttpHeaders) => boolean
) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders }
  let held: Buffer[] | null = null
  let decided = false
  const restore = () => Object.assign(res, original)

  /** Whether this response is an HTML body to hold; decided once, when Next starts sending. */
  const holding = (): boolean => {
    if (decided) return held !== null
    decided = true
    if (res.statusCode === 304) res.removeHeader("content-security-policy")
    if (req.method === "GET" && wanted(res) && res.statusCode !== 304 && res.statusCode !== 204 && !res.getHeader("content-encoding")) held = []
    else restore()
    return held !== null
  }

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (typeof rest[0] === "string") res.statusMessage = rest.shift() as string
    const headers = rest[0] as OutgoingHttpHeaders | undefined
    res.statusCode = status
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    return holding() ? res : original.writeHead.call(res, status)
  } as ServerResponse["writeHead"]

  res.flushHeaders = function flushHeaders() {
    if (!holding()) original.flushHeaders.call(res)
  }

  res.write = function write(chunk: Chunk, encoding?: unknown, cb?: unknown) {
    if (!holding()) return (original.write as Function).call(res, chunk, encoding, cb)
    held!.push(toBuffer(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : undefined))
    const done = typeof encoding === "function" ? encoding : cb
    if (typeof done === "function") process.nextTick(done as () => void)
    return true
  } as ServerResponse["write"]

  res.end = function end(chunk?: unknown, encoding?: unknown, cb?: unknown) {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined]
    else if (typeof encoding === "function") [cb, encoding] = [encoding, undefined]
    if (!holding()) return (original.end as Function).call(res, chunk, encoding, cb)
    if (chunk) held!.push(toBuffer(chunk as Chunk, encoding as BufferEncoding | undefined))
    const page = prepare(Buffer.concat(held!))
    if (keep && shared(res.statusCode, res.getHeaders())) {
      const headers = res.getHeaders()
      for (const name of PER_SENDING) delete headers[name]
      keep({ status: res.statusCode, headers, page })
    }
    restore()
    sendPage(req, res, page, (body) => (original.end as Function).call(res, body, cb))
    return res
  } as ServerResponse["end"]
}
