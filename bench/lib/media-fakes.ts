/** The media server's collaborators for benches that run it without Medusa: a silent logger and a backend that accepts every encoder. */
import type { IngestReporter } from "../../plugins/live-selling/src/live/media/backend"

export const quietLogger = { info() {}, warn() {}, error() {} }

export const acceptingReporter: IngestReporter = {
  publish: async () => ({ ok: true }),
  check: async () => ({ ok: true }),
  unpublish: async () => undefined,
  graceOver: async () => undefined,
  recordingStarted: async () => true,
  recordingFinished: async () => undefined,
  recordingRetention: async () => ({ deleted: [], interrupted: [] }),
}
