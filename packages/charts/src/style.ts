/**
 * Colours, dashes and markers by series position. Every colour has at least
 * 4.5:1 contrast on white (WCAG 1.4.11 asks 3:1 for graphics), and lines
 * differ by dash and marker too, so no series is told apart by colour alone.
 */
export const PALETTE = ["#0b6b3a", "#1a56db", "#8a5a00", "#b3261e", "#6b3fa0", "#00796b", "#c2185b", "#4d5a55"]

/** Line dashes, by position among the chart's lines: solid, dashed, dotted, dash-dot. */
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]]

/** Point markers, by position among the chart's lines (also drawn in the legend). */
export const MARKERS = ["circle", "triangle", "rect", "rectRot", "star", "crossRot"] as const

export const colorAt = (i: number) => PALETTE[i % PALETTE.length]
export const dashAt = (i: number) => DASHES[i % DASHES.length]
export const markerAt = (i: number) => MARKERS[i % MARKERS.length]
