import { inlineScriptHashes, inlineScripts, scriptHash } from "../../../storefront/src/lib/security/inline-scripts"

// CSP Level 3's own example: <script>alert('Hello, world.');</script> is allowed by this source
const HELLO = "alert('Hello, world.');"
const HELLO_HASH = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"

describe("the inline scripts of a page and their CSP hashes", () => {
  it("hashes a script's text as CSP does (SHA-256 of its UTF-8, base64)", () => {
    expect(scriptHash(HELLO)).toEqual(HELLO_HASH)
    expect(scriptHash("")).toEqual("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    // the text as written, not decoded: é is hashed as its two UTF-8 bytes, &amp; as five characters
    expect(scriptHash("x='é'")).not.toEqual(scriptHash("x='e'"))
    expect(scriptHash("a&amp;&b")).not.toEqual(scriptHash("a&&b"))
  })

  it("finds every script without src, with its exact text, in page order; external scripts are left to their origin", () => {
    const html = [
      "<!DOCTYPE html><html><head>",
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      `<script>${HELLO}</script>`,
      '<script id="__next_f" data-x="a>b">self.__next_f=self.__next_f||[]</script>',
      "<SCRIPT type=\"application/ld+json\">{\"@type\":\"Product\"}</SCRIPT >",
      "<script src=/x.js></script><script\nasync\nsrc='/y.js'></script>",
      '<script data-src="not an external script">1</script>',
      "<script>\n  multi\n  line\n</script>",
      "</head><body><p>script</p></body></html>",
    ].join("")
    expect(inlineScripts(html)).toEqual([HELLO, "self.__next_f=self.__next_f||[]", '{"@type":"Product"}', "1", "\n  multi\n  line\n"])
  })

  it("lists each hash once, in page order", () => {
    const html = `<script>${HELLO}</script><script>b()</script><script>${HELLO}</script>`
    expect(inlineScriptHashes(html)).toEqual([HELLO_HASH, scriptHash("b()")])
    expect(inlineScriptHashes("<p>no scripts</p>")).toEqual([])
  })

  it("ends a script at the first </script>, as the HTML parser does (React writes <\\/script> as \\u003c/script inside its data)", () => {
    expect(inlineScripts('<script>a("\\u003c/script>")</script><script>b</script>')).toEqual(['a("\\u003c/script>")', "b"])
    expect(inlineScripts("<script>a</script x><script>b</scripts></script>")).toEqual(["a", "b</scripts>"])
  })
})
