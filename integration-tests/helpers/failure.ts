/** Kept for the specs that import it here: the helpers live in the one HTTP test harness. */
export { failure, failureMessage } from "./harness"
