import os from "os"

/** One line naming the machine a benchmark ran on. */
export function machineInfo(): string {
  const cpus = os.cpus()
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1)
  return `${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length} cores, ${gib} GiB, node ${process.version}, ${os.platform()} ${os.release()}`
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}
