// The seeded publishable keys, one per sales channel (online, kiosk, live),
// each on its channel only. The start scripts hand the online key out as
// *the* publishable key (stock Medusa clients, the storefront) and each
// channel's own key to what sells in that channel (kiosk pages, live gateway).

/** The env the start scripts pass on, from `readSeedState`. */
function publishableKeyEnv(seeded) {
  const keys = seeded.publishableKeys || {}
  return { MEDUSA_PUBLISHABLE_KEY: keys.online || "", OCOP_PUBLISHABLE_KEYS: JSON.stringify(keys) }
}

/** The key of sales channel `role` from that env; the online key when it has none. */
function channelKey(env, role) {
  try {
    const keys = JSON.parse(env.OCOP_PUBLISHABLE_KEYS || "{}")
    if (keys[role]) return keys[role]
  } catch {}
  return env.MEDUSA_PUBLISHABLE_KEY || ""
}

/** Banner lines: the online key as the publishable key, then the other channels' keys. */
function keyBanner(env) {
  return [
    `  Publishable key:   ${env.MEDUSA_PUBLISHABLE_KEY} (online store: storefront and any Medusa client)`,
    `  Channel keys:      kiosks ${channelKey(env, "kiosk")}, livestream ${channelKey(env, "live")}`,
  ]
}

module.exports = { publishableKeyEnv, channelKey, keyBanner }
