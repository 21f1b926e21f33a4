/** The demo page's HTML around the element (plain HTML, no inline script: the CSP allows its one script by origin). */
export function widgetDemoPage(element: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>HTX Đồng Bành · Na Chi Lăng (widget demo)</title>
  <style>
    body { margin: 0; font: 16px/1.5 Georgia, serif; background: #f4efe4; color: #222; }
    header { background: #5b3a1a; color: #fff; padding: 1rem 1.5rem; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; display: grid; gap: 1.5rem; }
    @media (min-width: 56rem) { main { grid-template-columns: 1fr 26rem; } }
    main > * { min-width: 0; }
    pre { white-space: pre-wrap; word-break: break-all; background: #fff; padding: .5rem; }
    code { background: #fff; padding: 0 .25rem; }
  </style>
</head>
<body>
  <header>
    <h1 style="margin:0">HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành</h1>
    <p style="margin:0">Na Chi Lăng: a producer's own website embedding the OCOP live widget</p>
  </header>
  <main>
    <article>
      <h2>Vườn na Chi Lăng</h2>
      <p>This page is plain HTML. One script tag and one element put the live sale on it:</p>
      <pre><code>&lt;script src="https://api.example/live/ocop-live.js" async&gt;&lt;/script&gt;
&lt;ocop-live stream="STREAM_ID" backend="https://api.example"
  live="wss://live.example" publishable-key="pk_…" lang="vi"&gt;&lt;/ocop-live&gt;</code></pre>
      <p>Choose the stream with the query string: <code>?stream=…&amp;lang=vi</code>. The backend,
        gateway and key are this shop's own configuration.</p>
    </article>
    <aside id="slot" aria-label="Livestream">${element}</aside>
  </main>
  <script src="/ocop-live.js" async></script>
</body>
</html>
`
}
