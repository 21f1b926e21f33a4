import { VIETQR_DEMO_DEFAULTS, vietQrOptionsFromEnv, vietQrWebhookSecret } from "../config"

describe("VietQR options from the environment", () => {
  it("VietQR falls back to demo values outside production", () => {
    expect(vietQrOptionsFromEnv({})).toEqual(VIETQR_DEMO_DEFAULTS)
    expect(
      vietQrOptionsFromEnv({
        VIETQR_BANK_BIN: "970415",
        VIETQR_ACCOUNT_NUMBER: "113366668888",
        VIETQR_ACCOUNT_NAME: "HTX CHE SHAN TUYET",
        VIETQR_WEBHOOK_SECRET: "s3cret",
      })
    ).toEqual({ bankBin: "970415", accountNumber: "113366668888", accountName: "HTX CHE SHAN TUYET", webhookSecret: "s3cret" })
  })

  it("VietQR in production: no provider without an account, no demo webhook secret", () => {
    expect(vietQrOptionsFromEnv({ NODE_ENV: "production" })).toBeNull()
    const options = vietQrOptionsFromEnv({ NODE_ENV: "production", VIETQR_BANK_BIN: "970436", VIETQR_ACCOUNT_NUMBER: "1" })
    expect(options).toMatchObject({ bankBin: "970436", accountNumber: "1", webhookSecret: undefined })
    expect(vietQrWebhookSecret({ NODE_ENV: "production", VIETQR_WEBHOOK_SECRET: VIETQR_DEMO_DEFAULTS.webhookSecret })).toBeUndefined()
    expect(vietQrWebhookSecret({ NODE_ENV: "production", VIETQR_WEBHOOK_SECRET: "real" })).toBe("real")
  })
})
