// Next's own copy of the `compression` middleware (what `next start` uses), without types of its own
declare module "next/dist/compiled/compression" {
  import type { IncomingMessage, ServerResponse } from "node:http"
  export default function compression(options?: { threshold?: number | string }): (req: IncomingMessage, res: ServerResponse, next: () => void) => void
}
