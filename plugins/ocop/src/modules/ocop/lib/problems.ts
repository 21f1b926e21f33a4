/** A validation problem found by one of the pure OCOP rule checks. */
export type OcopProblem = {
  field: string
  message: string
}
