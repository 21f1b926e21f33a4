/**
 * Who operates the shop (Vietnam's e-commerce rules ask a selling website to
 * show its operator's name, address, business registration / tax number,
 * phone and e-mail). Read from the
 * storefront's environment, never made up: a detail not configured is null
 * and the page says the operator has not published it yet.
 *
 * OCOP_OPERATOR_NAME          legal name of the trader or organisation
 * OCOP_OPERATOR_REGISTRATION  business registration number (mã số doanh nghiệp = tax code)
 * OCOP_OPERATOR_ADDRESS       head-office address
 * OCOP_OPERATOR_PHONE         phone
 * OCOP_OPERATOR_EMAIL         e-mail (also for personal-data requests)
 */
export const OPERATOR_FIELDS = ["name", "registration", "address", "phone", "email"] as const
export type OperatorField = (typeof OPERATOR_FIELDS)[number]
export type Operator = Record<OperatorField, string | null>

const ENV_NAMES: Record<OperatorField, string> = {
  name: "OCOP_OPERATOR_NAME",
  registration: "OCOP_OPERATOR_REGISTRATION",
  address: "OCOP_OPERATOR_ADDRESS",
  phone: "OCOP_OPERATOR_PHONE",
  email: "OCOP_OPERATOR_EMAIL",
}

export function operatorEnvName(field: OperatorField): string {
  return ENV_NAMES[field]
}

export function operatorFrom(env: Record<string, string | undefined>): Operator {
  const value = (name: string) => {
    const v = env[name]?.trim()
    return v ? v : null
  }
  return Object.fromEntries(OPERATOR_FIELDS.map((f) => [f, value(ENV_NAMES[f])])) as Operator
}

/** True when every detail the law asks for is configured. */
export function operatorComplete(operator: Operator): boolean {
  return OPERATOR_FIELDS.every((f) => operator[f] !== null)
}
