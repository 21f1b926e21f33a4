"use client"

import { useSyncExternalStore } from "react"
import { addToLines, type QueuedLine } from "@/lib/kiosk-queue/logic"

/** Whether the browser is online (server render: online). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (change) => {
      window.addEventListener("online", change)
      window.addEventListener("offline", change)
      return () => {
        window.removeEventListener("online", change)
        window.removeEventListener("offline", change)
      }
    },
    () => navigator.onLine,
    () => true
  )
}

/** The cart being filled while offline (in memory: a queued order is what is kept). */
let lines: QueuedLine[] = []
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((l) => l())

export const offlineCart = {
  add(item: Omit<QueuedLine, "quantity">, delta = 1) {
    lines = addToLines(lines, item, delta)
    emit()
  },
  clear() {
    lines = []
    emit()
  },
  get: () => lines,
}

export function useOfflineCart(): QueuedLine[] {
  return useSyncExternalStore(
    (change) => {
      listeners.add(change)
      return () => listeners.delete(change)
    },
    () => lines,
    () => lines
  )
}
