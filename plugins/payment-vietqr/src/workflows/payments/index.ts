export * from "./confirm-vietqr-payment"
export * from "./flag-vietqr-payment"
export * from "./find-vietqr-session"
export * from "./with-vietqr-lock"
