// The npm workspace hoists `next` to the repository root, next to the React 18
// that Medusa's admin needs, while the storefront has React 19 in
// storefront/node_modules. Next's own runtime (pages /_error, /404) would then
// load React 18 beside the app's React 19. Preloaded with --require (build and
// start, via NODE_OPTIONS so Next's workers get it too), this resolves every
// `react` and `react-dom` request from the storefront folder.
const Module = require("module")
const path = require("path")

const storefront = path.resolve(__dirname, "..")
const original = Module._resolveFilename
const REACT = /^(react|react-dom|scheduler)(\/.*)?$/

Module._resolveFilename = function resolveReact(request, parent, isMain, options) {
  if (REACT.test(request) && !(options && options.paths)) {
    try {
      return original.call(this, request, parent, isMain, { paths: [storefront] })
    } catch {
      // fall through to the normal lookup
    }
  }
  return original.call(this, request, parent, isMain, options)
}
