"use client"

import { useState } from "react"

/** A read-only value with a copy button (the ingest server, stream key and URL). */
export function CopyField({ id, label, value, secret, copy, copied }: { id: string; label: string; value: string; secret?: boolean; copy: string; copied: string }) {
  const [done, setDone] = useState(false)
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} readOnly value={value} type={secret ? "password" : "text"} onFocus={(e) => e.currentTarget.select()} data-testid={id} />
        <button
          type="button"
          className="secondary"
          style={{ flex: "none" }}
          aria-label={`${copy}: ${label}`}
          onClick={() => navigator.clipboard.writeText(value).then(() => setDone(true), () => setDone(false))}
        >
          {done ? copied : copy}
        </button>
      </div>
    </div>
  )
}
