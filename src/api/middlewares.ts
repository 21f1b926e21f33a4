import { defineMiddlewares } from "@medusajs/framework/http"

/**
 * Every area keeps its routes' middlewares (validation, authentication) in a
 * `middlewares.ts` next to its routes; this file only gathers them.
 */
export default defineMiddlewares({
  routes: [],
})
