/** notFound() inside a locale (unknown product, order…). */
export default function NotFound() {
  return (
    <main id="main">
      <h1>404</h1>
      <p>Không tìm thấy trang này. · This page could not be found. · <span lang="zh-Hans">找不到该页面。</span></p>
      <p>
        <a href="/vi">Trang chủ</a> · <a href="/en" lang="en">Home</a> · <a href="/zh" lang="zh-Hans">首页</a>
      </p>
    </main>
  )
}
