export type ClaimStatus = "held" | "converted" | "released" | "expired"

/** Claims of one offer in one status, summed (from SQL). */
export type ClaimGroup = {
  offer_id: string
  status: ClaimStatus
  claims: number
  units: number
  /** Σ price × quantity, integer VND. */
  value: number
}

export type OfferSummaryInput = { id: string; title: string; price: number; quantity: number }

export type StreamAnalyticsInput = {
  viewers: { current: number; peak: number; average: number }
  reactions: Record<string, number>
  groups: ClaimGroup[]
  /** Distinct orders and buyers among converted claims. */
  orders: number
  buyers: number
  offers: OfferSummaryInput[]
}

const ratio = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0

const sum = (groups: ClaimGroup[], key: "claims" | "units" | "value", statuses: ClaimStatus[]) =>
  groups.filter((g) => statuses.includes(g.status)).reduce((s, g) => s + Number(g[key]), 0)

/**
 * A stream's figures: viewers (current, peak, average), claims by status,
 * units held / sold / given back, orders, GMV (integer VND paid at live
 * prices) and conversion (claims that became orders; peak viewers who
 * bought), with the same figures per offer.
 */
export function streamAnalytics(input: StreamAnalyticsInput) {
  const g = input.groups
  const all: ClaimStatus[] = ["held", "converted", "released", "expired"]
  const totalClaims = sum(g, "claims", all)
  const soldClaims = sum(g, "claims", ["converted"])
  return {
    viewers: input.viewers,
    reactions: input.reactions,
    claims: {
      total: totalClaims,
      held: sum(g, "claims", ["held"]),
      converted: soldClaims,
      released: sum(g, "claims", ["released"]),
      expired: sum(g, "claims", ["expired"]),
    },
    units: {
      held: sum(g, "units", ["held"]),
      sold: sum(g, "units", ["converted"]),
      returned: sum(g, "units", ["released", "expired"]),
    },
    orders: input.orders,
    buyers: input.buyers,
    gmv: sum(g, "value", ["converted"]),
    conversion: {
      claim_to_order: ratio(soldClaims, totalClaims),
      viewer_to_buyer: ratio(input.buyers, input.viewers.peak),
    },
    offers: input.offers.map((o) => {
      const mine = g.filter((x) => x.offer_id === o.id)
      return {
        id: o.id,
        title: o.title,
        price: o.price,
        quantity: o.quantity,
        units_claimed: sum(mine, "units", ["held", "converted"]),
        units_sold: sum(mine, "units", ["converted"]),
        gmv: sum(mine, "value", ["converted"]),
        sell_through: ratio(sum(mine, "units", ["converted"]), o.quantity),
      }
    }),
  }
}

export type StreamAnalytics = ReturnType<typeof streamAnalytics>
