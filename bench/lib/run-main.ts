/**
 * Runs a benchmark's main, exiting 0 when it finished and 1 (with the error)
 * when it threw; with `timeLimitMs`, exits 2 when the run (its clean-up
 * included) takes longer, so a stuck server cannot hold a bench forever.
 */
export function runMain(main: () => Promise<void>, { timeLimitMs }: { timeLimitMs?: number } = {}) {
  if (timeLimitMs) {
    setTimeout(() => {
      console.error("bench: time limit reached")
      process.exit(2)
    }, timeLimitMs).unref()
  }
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
