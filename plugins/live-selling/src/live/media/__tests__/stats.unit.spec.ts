import { addSample, bitrateKbps, clientAddress, codecName, uptimeSeconds, type ByteSample } from "../stats"

describe("ingest stats", () => {
  it("averages the bitrate over the window", () => {
    // 125 000 bytes a second = 1 000 kbit/s
    const samples: ByteSample[] = [0, 1, 2, 3].map((s) => ({ at: 1_000 + s * 1000, bytes: s * 125_000 }))
    expect(bitrateKbps(samples)).toBe(1000)
  })

  it("looks only at the samples inside the window", () => {
    // a burst long ago, then 250 kbit/s for the last 5 s
    const samples: ByteSample[] = [
      { at: 0, bytes: 0 },
      { at: 1000, bytes: 5_000_000 },
      { at: 5000, bytes: 5_000_000 },
      { at: 10_000, bytes: 5_156_250 },
    ]
    expect(bitrateKbps(samples, 5000)).toBe(250)
    expect(bitrateKbps(samples, 10_000)).toBe(4125)
  })

  it("is 0 with one sample, no time between samples or a counter that went back", () => {
    expect(bitrateKbps([])).toBe(0)
    expect(bitrateKbps([{ at: 1, bytes: 99 }])).toBe(0)
    expect(bitrateKbps([{ at: 1, bytes: 0 }, { at: 1, bytes: 99 }])).toBe(0)
    expect(bitrateKbps([{ at: 0, bytes: 500 }, { at: 1000, bytes: 10 }])).toBe(0)
  })

  it("keeps samples for a while, in time order", () => {
    let samples: ByteSample[] = []
    for (let t = 0; t <= 20_000; t += 1000) samples = addSample(samples, { at: t, bytes: t }, 10_000)
    expect(samples.map((s) => s.at)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((s) => s * 1000))
    // a sample at the same time replaces the older one
    expect(addSample(samples, { at: 20_000, bytes: 1 }, 10_000).filter((s) => s.at === 20_000)).toEqual([{ at: 20_000, bytes: 1 }])
  })

  it("gives the client address without its port, and whole seconds of uptime", () => {
    expect(clientAddress("::ffff:10.0.0.5:53211")).toBe("::ffff:10.0.0.5")
    expect(clientAddress("127.0.0.1:1")).toBe("127.0.0.1")
    expect(uptimeSeconds(1000, 62_999)).toBe(61)
    expect(uptimeSeconds(5000, 1000)).toBe(0)
  })
})

describe("codecName", () => {
  it("names the FLV codec ids encoders announce", () => {
    expect(codecName("video", 7)).toBe("h264")
    expect(codecName("video", 12)).toBe("hevc")
    expect(codecName("audio", 10)).toBe("aac")
    expect(codecName("audio", 99)).toBe("flv-99")
    expect(codecName("video", 0)).toBeNull()
    expect(codecName("video", undefined)).toBeNull()
  })
})
