import { Modules } from "@medusajs/framework/utils"

/**
 * Runs `fn` while holding the lock of one VietQR reference, so a bank
 * notification, its replays and an admin confirmation never interleave.
 */
export async function withVietQrLock<T>(
  container: { resolve: <S>(key: string) => S },
  reference: string,
  fn: () => Promise<T>
): Promise<T> {
  const locking = container.resolve<{
    execute: <R>(key: string, job: () => Promise<R>, options?: { timeout?: number }) => Promise<R>
  }>(Modules.LOCKING)
  return locking.execute(`vietqr:${reference}`, fn, { timeout: 30 })
}
