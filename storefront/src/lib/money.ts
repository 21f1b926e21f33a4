const grouping = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 })

/** Integer VND as shown everywhere: `65.000 ₫` (no decimals). */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(Number(amount))) return "—"
  return `${grouping.format(Math.round(Number(amount)))} ₫`
}
