import type { ReactNode } from "react"

/** Kiosk mode: full screen, no shop header. */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="kiosk">
      {children}
    </main>
  )
}
