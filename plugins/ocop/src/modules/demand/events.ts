/** Events the demand module's workflows emit. */
export const DemandEvents = {
  PRE_ORDER_CREATED: "demand.pre_order.created",
  /** the harvest is in: the buyer can be told, the order prepared */
  PRE_ORDER_HARVEST_READY: "demand.pre_order.harvest_ready",
  PRE_ORDER_FULFILLED: "demand.pre_order.fulfilled",
  PRE_ORDER_CANCELLED: "demand.pre_order.cancelled",
  MATCHES_COMPUTED: "demand.matches.computed",
} as const
