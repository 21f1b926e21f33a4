import { NAPAS_GUID, OTHER_SCHEME_GUIDS, VIETQR_SERVICES } from "./constants"
import { VietQrError } from "./errors"
import { parseTlv, TlvObject } from "./tlv"
import { VietQrService } from "./types"

function fail(message: string): never {
  throw new VietQrError("merchant_account_invalid", message)
}

/** Names the scheme of another merchant account template (IDs 02-51), for the error. */
function otherScheme(objects: TlvObject[]): string | undefined {
  for (const { id, value } of objects) {
    const n = Number(id)
    if (n < 2 || n > 51 || id === "38") {
      continue
    }
    try {
      const guid = parseTlv(value, id).find((o) => o.id === "00")?.value
      if (guid) {
        const name = OTHER_SCHEME_GUIDS[guid.toUpperCase()] ?? "an unknown scheme"
        return `ID ${id} carries GUID ${guid} (${name})`
      }
    } catch {
      // primitive merchant account (card networks): not a template
    }
  }
  return undefined
}

/**
 * ID 38, the NAPAS template: 00 = GUID A000000727, 01 = {00 BIN, 01 account},
 * 02 = service code. The scheme is identified by the GUID, not the ID alone.
 */
export function parseMerchantAccount(objects: TlvObject[]): {
  bankBin: string
  accountNumber: string
  service: VietQrService
} {
  const template = objects.find((o) => o.id === "38")
  if (!template) {
    const other = otherScheme(objects)
    throw new VietQrError(
      "not_vietqr",
      `not a VietQR payload: no NAPAS template (ID 38 with GUID ${NAPAS_GUID})` +
        (other ? `; ${other}` : "")
    )
  }
  const subs = parseTlv(template.value, "38")
  const guid = subs.find((o) => o.id === "00")?.value
  if (guid?.toUpperCase() !== NAPAS_GUID) {
    throw new VietQrError(
      "not_vietqr",
      `not a VietQR payload: 38.00 GUID is "${guid ?? "missing"}", must be ${NAPAS_GUID}`
    )
  }
  const beneficiary = subs.find((o) => o.id === "01")
  if (!beneficiary) {
    fail("38.01 beneficiary organization is missing")
  }
  const inner = parseTlv(beneficiary.value, "38.01")
  const unexpected = inner.find((o) => o.id !== "00" && o.id !== "01")
  if (unexpected) {
    fail(
      `38.01 contains unexpected sub-ID ${unexpected.id}` +
        (unexpected.id === "02" ? " (the service code is nested inside 38.01; it belongs in 38.02)" : "")
    )
  }
  const bankBin = inner.find((o) => o.id === "00")?.value
  const accountNumber = inner.find((o) => o.id === "01")?.value
  if (!bankBin || !accountNumber || inner.length !== 2) {
    fail("38.01 must hold exactly one bank BIN (00) and one account (01)")
  }
  const service = subs.find((o) => o.id === "02")?.value
  if (!service) {
    fail("38.02 service code is missing")
  }
  if (!VIETQR_SERVICES.includes(service)) {
    fail(`38.02 service code "${service}" is not one of ${VIETQR_SERVICES.join(", ")}`)
  }
  return { bankBin, accountNumber, service: service as VietQrService }
}
