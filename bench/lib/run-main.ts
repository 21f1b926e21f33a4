/** Runs a benchmark's main, exiting 0 when it finished and 1 (with the error) when it threw. */
export function runMain(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
