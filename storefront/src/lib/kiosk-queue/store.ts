import { openDB, type DBSchema, type IDBPDatabase } from "idb"
import type { QueuedOrder } from "./logic"

interface KioskDb extends DBSchema {
  orders: { key: string; value: QueuedOrder }
}

const DB_NAME = "ocop-kiosk"
let db: Promise<IDBPDatabase<KioskDb>> | null = null

function open() {
  db ??= openDB<KioskDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore("orders", { keyPath: "key" })
    },
  })
  return db
}

/** The kiosk's queued orders, durable in this browser (IndexedDB), oldest first. */
export async function loadOrders(location: string): Promise<QueuedOrder[]> {
  const all = await (await open()).getAll("orders")
  return all.filter((o) => o.location === location).sort((a, b) => a.created_at - b.created_at)
}

export async function saveOrder(order: QueuedOrder): Promise<void> {
  await (await open()).put("orders", order)
}

export async function deleteOrder(key: string): Promise<void> {
  await (await open()).delete("orders", key)
}
