const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Medusa's test runner restores each suite's database from a template between
// tests, behind the OCOP module's workflows, so the catalogue answers cached
// in the Caching Module (plugins/ocop/src/lib/answer-cache.ts) would outlive
// the data they were computed from: suites compute every answer, except
// http/ocop-catalogue-freshness.spec.ts, which tests the cache and its
// invalidation, and the browser stacks, which run the product as shipped.
process.env.OCOP_ANSWER_CACHE ??= "off"

// Tests post many logins, events and pre-orders from one address in a few
// seconds: raise every rate limit (integration-tests/http/rate-limits.spec.ts
// sets its own). A value set in the shell wins.
for (const name of [
  "LOGIN", "REGISTER", "PASSWORD_RESET", "PASSWORD_UPDATE", "MFA_VERIFY", "VERIFICATION_REQUEST",
  "VERIFICATION_CONFIRM", "DEMAND_EVENTS", "PRE_ORDERS", "CLAIM_CART", "CLAIM_ORDER", "AGE_CONFIRMATION", "ERASE_ACCOUNT", "LIVE_REMINDERS",
]) {
  for (const scope of ["IP", "ACCOUNT"]) {
    process.env[`RATE_LIMIT_${name}_${scope}`] ??= "100000/60"
  }
}
