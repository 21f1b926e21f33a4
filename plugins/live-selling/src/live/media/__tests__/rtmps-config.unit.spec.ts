import path from "path"
import { rtmpsUrl } from "../../../api/producer/helpers/ingest"
import { rtmpsConfig } from "../config"

describe("RTMPS settings", () => {
  it("starts the RTMPS listener only with its port, key and certificate all set", () => {
    expect(rtmpsConfig({ OCOP_LIVE_RTMPS_PORT: "1936", OCOP_LIVE_RTMPS_KEY: "k.pem", OCOP_LIVE_RTMPS_CERT: "/etc/c.pem" })).toEqual({
      port: 1936,
      key: path.resolve("k.pem"),
      cert: "/etc/c.pem",
    })
    expect(rtmpsConfig({ OCOP_LIVE_RTMPS_PORT: "1936", OCOP_LIVE_RTMPS_KEY: "k.pem" })).toBeUndefined()
    expect(rtmpsConfig({ OCOP_LIVE_RTMPS_KEY: "k.pem", OCOP_LIVE_RTMPS_CERT: "c.pem" })).toBeUndefined()
    expect(rtmpsConfig({})).toBeUndefined()
  })

  it("offers encoders the RTMPS server: the one configured, else the RTMP host on the RTMPS port", () => {
    const tls = { OCOP_LIVE_RTMPS_PORT: "1936", OCOP_LIVE_RTMPS_KEY: "k.pem", OCOP_LIVE_RTMPS_CERT: "c.pem" }
    expect(rtmpsUrl({ OCOP_LIVE_RTMPS_URL: "rtmps://live.example.vn:443/live" })).toBe("rtmps://live.example.vn:443/live")
    expect(rtmpsUrl({ OCOP_LIVE_RTMP_URL: "rtmp://192.168.1.10:1935/live", ...tls })).toBe("rtmps://192.168.1.10:1936/live")
    expect(rtmpsUrl(tls)).toBe("rtmps://localhost:1936/live")
    // no RTMPS listener (no key or certificate): no RTMPS offered
    expect(rtmpsUrl({ OCOP_LIVE_RTMP_URL: "rtmp://192.168.1.10:1935/live", OCOP_LIVE_RTMPS_PORT: "1936" })).toBeUndefined()
    expect(rtmpsUrl({ OCOP_LIVE_RTMP_URL: "rtmp://192.168.1.10:1935/live" })).toBeUndefined()
  })
})
