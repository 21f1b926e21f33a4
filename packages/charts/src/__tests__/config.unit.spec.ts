import { chartConfig } from "../config"
import type { Series } from "../series"
import { PALETTE } from "../style"

const weeks = (ys: (number | null)[]) => ys.map((y, i) => ({ x: `2026-W${40 + i}`, y }))

describe("chartConfig", () => {
  it("draws bars with lines above them, each line with its own dash and marker, gaps kept", () => {
    const series: Series[] = [
      { id: "realized", label: "Realized", style: "bar", points: weeks([1, 2]) },
      { id: "supply", label: "Supply", style: "line", points: weeks([5, null]) },
      { id: "forecast", label: "Forecast", style: "line", points: weeks([null, 3]) },
    ]
    const config = chartConfig({ kind: "bar", series, xFormat: "week", locale: "en" }) as any
    expect(config.type).toBe("bar")
    expect(config.data.labels).toEqual(["W40", "W41"])
    expect(config.data.datasets.map((d: any) => [d.type, d.label, d.data, d.backgroundColor])).toEqual([
      ["bar", "Realized", [1, 2], PALETTE[0]],
      ["line", "Supply", [5, null], PALETTE[1]],
      ["line", "Forecast", [null, 3], PALETTE[2]],
    ])
    const [, supply, forecast] = config.data.datasets
    // supply and forecast differ by more than colour
    expect(supply.borderDash).toEqual([])
    expect(forecast.borderDash).toEqual([6, 4])
    expect(supply.pointStyle).not.toEqual(forecast.pointStyle)
    expect(forecast.spanGaps).toBe(false)
    expect(config.options.plugins.legend.labels.usePointStyle).toBe(true)
    expect(config.options.indexAxis).toBe("x")
    expect(config.options.scales.y.beginAtZero).toBe(true)
  })

  it("stacks bars on both axes, and lays horizontal bars along y", () => {
    const series: Series[] = [
      { id: "a", label: "A", points: [{ x: "row", y: 1 }] },
      { id: "b", label: "B", points: [{ x: "row", y: 2 }] },
    ]
    const stacked = chartConfig({ kind: "stacked-bar", series }) as any
    expect([stacked.options.scales.x.stacked, stacked.options.scales.y.stacked]).toEqual([true, true])
    const horizontal = chartConfig({ kind: "horizontal-stacked-bar", series }) as any
    expect(horizontal.options.indexAxis).toBe("y")
    expect(horizontal.options.scales.y.stacked).toBe(true)
    expect(horizontal.data.datasets.every((d: any) => d.type === "bar")).toBe(true)
    const plain = chartConfig({ kind: "horizontal-bar", series }) as any
    expect(plain.options.scales.x.stacked).toBe(false)
  })

  it("makes every series of a line chart a line, and the tooltip names the series, value and unit", () => {
    const series: Series[] = [{ id: "gmv", label: "GMV", unit: "₫", points: [{ x: 1, y: 49000 }, { x: 2, y: null }] }]
    const config = chartConfig({ kind: "line", series, xFormat: "time", locale: "vi" }) as any
    expect(config.type).toBe("line")
    expect(config.data.datasets[0].type).toBe("line")
    const label = config.options.plugins.tooltip.callbacks.label
    expect(label({ datasetIndex: 0, raw: 49000 })).toBe("GMV: 49.000 ₫")
    expect(label({ datasetIndex: 0, raw: null })).toBe("GMV: —")
    // one series still gets its name in the legend, except a ranking's
    expect(config.options.plugins.legend.display).toBe(true)
    expect((chartConfig({ kind: "horizontal-bar", series }) as any).options.plugins.legend.display).toBe(false)
    expect(config.options.scales.y.ticks.precision).toBe(0)
  })

  it("writes the highlighted week's tick in bold and shortens long category ticks", () => {
    const series: Series[] = [{ id: "a", label: "A", points: [{ x: "2026-W40", y: 1 }, { x: "2026-W41", y: 1 }] }]
    const config = chartConfig({ kind: "bar", series, xFormat: "week", highlightX: "2026-W41" }) as any
    const font = config.options.scales.x.ticks.font
    expect([font({ index: 0 }), font({ index: 1 })]).toEqual([undefined, { weight: "bold" }])
    const long = "Miến dong Bình Gia loại đặc biệt 500 g"
    const tick = config.options.scales.x.ticks.callback.call({ getLabelForValue: () => long }, 0)
    expect(tick).toBe("Miến dong Bình Gia loại đặc…")
    expect(tick).toHaveLength(28)
  })
})
