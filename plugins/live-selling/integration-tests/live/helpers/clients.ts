import { io, type Socket } from "socket.io-client"

export type Client = Socket

/** A websocket Socket.IO client on /live; resolves once connected. */
export function connect(url: string, auth: Record<string, unknown>, timeoutMs = 15_000): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/live`, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      auth,
      timeout: timeoutMs,
    })
    socket.once("connect", () => resolve(socket))
    socket.once("connect_error", (e: any) => {
      socket.close()
      reject(Object.assign(new Error(e.message), { data: e.data }))
    })
  })
}

export function ask<T = any>(socket: Client, event: string, payload: unknown, timeoutMs = 20_000): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload)
}

/** Every payload of `events` received from now on, in arrival order. */
export function record(socket: Client, events: string[]) {
  const got: { event: string; data: any }[] = []
  socket.onAny((event, data) => {
    if (events.includes(event)) {
      got.push({ event, data })
    }
  })
  return got
}

/** All room events (anything carrying a seq), in arrival order. */
export function recordSeq(socket: Client) {
  const got: { event: string; data: any }[] = []
  socket.onAny((event, data) => {
    if (data && typeof data.seq === "number") {
      got.push({ event, data })
    }
  })
  return got
}

export function waitFor<T = any>(
  socket: Client,
  event: string,
  pred: (data: any) => boolean = () => true,
  timeoutMs = 20_000
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on)
      reject(new Error(`timed out waiting for ${event}`))
    }, timeoutMs)
    const on = (data: any) => {
      if (pred(data)) {
        clearTimeout(timer)
        socket.off(event, on)
        resolve(data)
      }
    }
    socket.on(event, on)
  })
}

/** Resolves when `check()` is true (polling), for conditions without an event. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error("condition not met in time")
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

export async function connectMany(url: string, auths: Record<string, unknown>[], batch = 100) {
  const out: Client[] = []
  for (let i = 0; i < auths.length; i += batch) {
    out.push(...(await Promise.all(auths.slice(i, i + batch).map((a) => connect(url, a)))))
  }
  return out
}

export function closeAll(sockets: Client[]) {
  sockets.forEach((s) => s.close())
}
