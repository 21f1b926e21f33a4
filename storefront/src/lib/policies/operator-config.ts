import "server-only"
import { operatorFrom, type Operator } from "./operator"

/** The operator's details from the storefront's environment, read at request time. */
export function configuredOperator(): Operator {
  return operatorFrom(process.env)
}
