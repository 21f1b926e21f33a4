/**
 * Waiting for a bench's server process to answer, with the HTTP test
 * harness's `waitFor` (the one polling helper of the tests and benches).
 */
import type { ChildProcess } from "child_process"
import { waitFor } from "../../integration-tests/helpers/harness"

/**
 * Polls `url` until it answers 2xx; throws at once when `child` exits first,
 * and after `timeoutMs` stops the child (`stop`) and throws.
 */
export async function untilServerAnswers(
  child: ChildProcess,
  url: string,
  o: { name: string; timeoutMs: number; intervalMs: number; stop: () => Promise<void> }
): Promise<void> {
  const answers = async () => {
    if (child.exitCode !== null) throw new Error(`bench: ${o.name} exited (${child.exitCode}) before answering`)
    return (await fetch(url).catch(() => null))?.ok
  }
  try {
    await waitFor(answers, { what: `bench: ${o.name} to answer ${url}`, timeoutMs: o.timeoutMs, intervalMs: o.intervalMs })
  } catch (e) {
    await o.stop()
    throw e
  }
}
