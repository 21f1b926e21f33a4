"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/** Re-renders the page's server components every `seconds` (the relay states while the stream is live). */
export function RefreshEvery({ seconds }: { seconds: number }) {
  const router = useRouter()
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000)
    return () => clearInterval(timer)
  }, [router, seconds])
  return null
}
