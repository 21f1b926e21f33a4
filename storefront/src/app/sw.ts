import type { PrecacheEntry, SerwistGlobalConfig } from "serwist"
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate } from "serwist"

/**
 * The kiosk's service worker (built by @serwist/next into public/sw.js,
 * registered by the kiosk pages only). Precached: the build's scripts,
 * styles and fonts. Kept at run time: the kiosk pages, whose HTML carries
 * the catalogue and prices (network first, the last copy when offline), and
 * images (stale-while-revalidate). Orders taken offline are not this
 * worker's business: the page queues them in IndexedDB.
 */
declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}
declare const self: ServiceWorkerGlobalScope

const KIOSK_PAGE = /^\/(vi|en|zh)\/kiosk\/[\w-]+(\/|$)/

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // a kiosk page (or its React Server Components payload), with the catalogue in it
      matcher: ({ url, sameOrigin }) => sameOrigin && KIOSK_PAGE.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: "kiosk-pages",
        networkTimeoutSeconds: 5,
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 64 })],
      }),
    },
    {
      matcher: ({ request }) => request.destination === "image",
      handler: new StaleWhileRevalidate({
        cacheName: "kiosk-images",
        plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
  ],
})

serwist.addEventListeners()
