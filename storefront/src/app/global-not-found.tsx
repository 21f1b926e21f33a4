import "./globals.css"

export const metadata = { title: "404 · OCOP Lạng Sơn" }

/** Unknown URLs outside a locale (and unknown locales): a tiny trilingual page. */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <main id="main">
          <h1>404</h1>
          <p>Không tìm thấy trang này. · This page could not be found. · <span lang="zh-Hans">找不到该页面。</span></p>
          <p>
            <a href="/vi">Trang chủ</a> · <a href="/en" lang="en">Home</a> · <a href="/zh" lang="zh-Hans">首页</a>
          </p>
        </main>
      </body>
    </html>
  )
}
