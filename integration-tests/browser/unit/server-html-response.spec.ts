import http, { type IncomingMessage, type ServerResponse } from "http"
import type { AddressInfo } from "net"
import { brotliDecompressSync, gunzipSync } from "zlib"
import { scriptHash } from "../../../storefront/src/lib/security/inline-scripts"
import { keepableCataloguePage } from "../../../storefront/src/server/catalogue-pages"
import { holdHtml, holdRscPayload, sendCachedPage } from "../../../storefront/src/server/html-response"
import { pageCache } from "../../../storefront/src/server/page-cache"
import { pagePreparer } from "../../../storefront/src/server/prepared-pages"

const PAGE = '<!DOCTYPE html><html><head><script src="/a.js"></script><script>self.__next_f=[]</script></head><body><p>Hoa hồi</p><script>self.__next_f.push([1,"x"])</script></body></html>'
const policy = (hashes: string[]) => ["script-src 'self'", ...hashes].join(" ")

/** A server answering like Next does: headers set first, the body streamed in chunks after flushHeaders. */
function serve(answer: (req: IncomingMessage, res: ServerResponse) => void, prepare = pagePreparer(policy)) {
  const server = http.createServer((req, res) => {
    res.setHeader("content-security-policy", "script-src 'self'")
    holdHtml(req, res, prepare)
    answer(req, res)
  })
  return new Promise<{ url: string; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }))
  )
}

/** GET with node's http (fetch would decompress), the raw body and headers. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on("error", reject)
  })
}

const streamedPage = (req: IncomingMessage, res: ServerResponse) => {
  res.statusCode = 200
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.flushHeaders()
  const half = Buffer.from(PAGE).length / 2
  res.write(Buffer.from(PAGE).subarray(0, half))
  setTimeout(() => {
    res.write(Buffer.from(PAGE).subarray(half))
    res.end()
  }, 20)
}

describe("HTML pages behind the storefront's server", () => {
  it("get a policy allowing exactly their inline scripts, the body whole, compressed as the client accepts", async () => {
    const { url, close } = await serve(streamedPage)
    try {
      const plain = await get(url)
      expect(plain.status).toEqual(200)
      expect(plain.body.toString()).toEqual(PAGE)
      expect(plain.headers["content-length"]).toEqual(String(Buffer.byteLength(PAGE)))
      expect(plain.headers["content-encoding"]).toBeUndefined()
      expect(plain.headers["content-security-policy"]).toEqual(`script-src 'self' ${scriptHash("self.__next_f=[]")} ${scriptHash('self.__next_f.push([1,"x"])')}`)
      expect(plain.headers.vary).toContain("Accept-Encoding")

      const br = await get(url, { "accept-encoding": "gzip, br" })
      expect(br.headers["content-encoding"]).toEqual("br")
      expect(brotliDecompressSync(br.body).toString()).toEqual(PAGE)
      expect(br.headers["content-security-policy"]).toEqual(plain.headers["content-security-policy"])
      const gzip = await get(url, { "accept-encoding": "gzip" })
      expect(gzip.headers["content-encoding"]).toEqual("gzip")
      expect(gunzipSync(gzip.body).toString()).toEqual(PAGE)
    } finally {
      close()
    }
  })

  it("leaves other responses alone, and drops the policy from a 304 (the browser keeps its cached page's)", async () => {
    const { url, close } = await serve((req, res) => {
      if (req.url === "/app.js") {
        res.setHeader("content-type", "application/javascript")
        res.end("console.log(1)")
      } else if (req.url === "/again") {
        res.statusCode = 304
        res.end()
      } else {
        res.writeHead(200, { "content-type": "text/x-component" })
        res.end('0:["$"]')
      }
    })
    try {
      const js = await get(`${url}/app.js`, { "accept-encoding": "br" })
      expect([js.body.toString(), js.headers["content-encoding"], js.headers["content-security-policy"]]).toEqual(["console.log(1)", undefined, "script-src 'self'"])
      const rsc = await get(`${url}/rsc`)
      expect([rsc.body.toString(), rsc.headers["content-type"]]).toEqual(['0:["$"]', "text/x-component"])
      const notModified = await get(`${url}/again`)
      expect(notModified.status).toEqual(304)
      expect(notModified.headers["content-security-policy"]).toBeUndefined()
    } finally {
      close()
    }
  })

  it("keeps a page Next marks as shared, and answers it again with the same headers, policy and body", async () => {
    const pages = pageCache()
    let rendered = 0
    const server = http.createServer((req, res) => {
      const kept = pages.get(req.url!)
      if (kept) return sendCachedPage(req, res, kept)
      res.setHeader("content-security-policy", "script-src 'self'")
      holdHtml(req, res, pagePreparer(policy), (page) => pages.set(req.url!, page))
      rendered++
      res.setHeader("cache-control", req.url === "/shared" ? "s-maxage=60, stale-while-revalidate=31535940" : "private, no-store")
      res.setHeader("x-nextjs-cache", "HIT")
      streamedPage(req, res)
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const first = await get(`${url}/shared`, { "accept-encoding": "gzip" })
      const second = await get(`${url}/shared`)
      expect(rendered).toEqual(1)
      expect(second.headers["x-storefront-cache"]).toEqual("HIT")
      expect(second.body.toString()).toEqual(PAGE)
      expect(gunzipSync(first.body).toString()).toEqual(PAGE)
      for (const h of ["content-security-policy", "cache-control", "content-type"]) expect(second.headers[h]).toEqual(first.headers[h])
      // Next's word on how it answered belongs to that answer, not to the copy
      expect([first.headers["x-nextjs-cache"], second.headers["x-nextjs-cache"]]).toEqual(["HIT", undefined])
      await get(`${url}/private`)
      await get(`${url}/private`)
      expect(rendered).toEqual(3)
    } finally {
      server.close()
    }
  })

  it("keeps a private page when told it is the same for everyone (the catalogue), never one that sets a cookie", async () => {
    const pages = pageCache()
    let rendered = 0
    const server = http.createServer((req, res) => {
      const kept = pages.get(req.url!)
      if (kept) return sendCachedPage(req, res, kept)
      holdHtml(req, res, pagePreparer(policy), (page) => pages.set(req.url!, page), keepableCataloguePage)
      rendered++
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate")
      if (req.url === "/cookie") res.setHeader("set-cookie", "_ocop_cart=x")
      streamedPage(req, res)
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const first = await get(`${url}/vi/products?group=food`)
      const second = await get(`${url}/vi/products?group=food`)
      expect([rendered, second.headers["x-storefront-cache"], second.body.toString()]).toEqual([1, "HIT", PAGE])
      expect(second.headers["content-security-policy"]).toEqual(first.headers["content-security-policy"])
      expect(second.headers["cache-control"]).toEqual("private, no-cache, no-store, max-age=0, must-revalidate")
      await get(`${url}/cookie`)
      await get(`${url}/cookie`)
      expect(rendered).toEqual(3)
    } finally {
      server.close()
    }
  })

  it("keeps an RSC payload told it is the same for everyone, answers it again compressed, and leaves HTML and cookies alone", async () => {
    const PAYLOAD = '0:{"b":"build","f":[["",{"children":["__PAGE__",{}]},null]]}\n1:["$","p",null,{"children":"Hoa hồi"}]\n'
    const kept = pageCache()
    let rendered = 0
    const server = http.createServer((req, res) => {
      const hit = kept.get(req.url!)
      if (hit) return sendCachedPage(req, res, hit)
      holdRscPayload(req, res, (page) => kept.set(req.url!, page), keepableCataloguePage)
      rendered++
      res.statusCode = 200
      res.setHeader("content-type", req.url === "/html" ? "text/html; charset=utf-8" : "text/x-component")
      res.setHeader("vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch")
      if (req.url === "/cookie") res.setHeader("set-cookie", "_ocop_cart=x")
      res.flushHeaders()
      res.write(PAYLOAD.slice(0, 20))
      setTimeout(() => res.end(PAYLOAD.slice(20)), 5)
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const first = await get(`${url}/rsc`)
      const second = await get(`${url}/rsc`, { "accept-encoding": "br" })
      expect([rendered, first.body.toString(), second.headers["x-storefront-cache"]]).toEqual([1, PAYLOAD, "HIT"])
      expect(brotliDecompressSync(second.body).toString()).toEqual(PAYLOAD)
      expect(second.headers["content-type"]).toEqual("text/x-component")
      expect(second.headers.vary).toEqual("RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding")
      expect(second.headers["content-security-policy"]).toBeUndefined()
      for (const path of ["/cookie", "/html"]) {
        await get(`${url}${path}`)
        expect((await get(`${url}${path}`)).body.toString()).toEqual(PAYLOAD)
      }
      expect(rendered).toEqual(5)
    } finally {
      server.close()
    }
  })

  it("prepares a body once: the same bytes give the same page, hashed and compressed once", () => {
    const seen: string[][] = []
    const prepare = pagePreparer((hashes) => (seen.push(hashes), hashes.join(" ")), 2)
    const first = prepare(Buffer.from(PAGE))
    expect(prepare(Buffer.from(PAGE))).toBe(first)
    expect(first.body("gzip")).toBe(first.body("gzip"))
    expect(seen).toHaveLength(1)
    prepare(Buffer.from("<script>a</script>"))
    prepare(Buffer.from("<script>b</script>"))
    // at most 2 kept: the first one was forgotten
    expect(prepare(Buffer.from(PAGE))).not.toBe(first)
    expect(seen).toHaveLength(4)
  })
})
