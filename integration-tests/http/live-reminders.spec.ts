import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { startStream } from "@ocop-live/live-selling/modules/livestream/control"
import { liveContext } from "@ocop-live/live-selling/live/live-context"
import sendLiveReminders from "@ocop-live/live-selling/jobs/send-live-reminders"
import { notifyLiveRemindersWorkflow } from "@ocop-live/live-selling/workflows/live/notify-live-reminders"
import { failure, liveShop, type LiveShop, waitFor } from "./live-fixtures"

jest.setTimeout(300 * 1000)

/** Issue 17: "remind me" on a scheduled stream, a calendar file, one e-mail when it goes live. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: LiveShop

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
    })

    const remind = (streamId: string, body: Record<string, unknown>) =>
      api.post(`/store/live/streams/${streamId}/reminders`, body, shop.store)
    const reminderCount = async (streamId: string) =>
      (await api.get(`/producer/streams/${streamId}`, shop.producer)).data.stream.reminder_count
    const notificationsOf = async (streamId: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: streamId })) as any[]
    const count = async () => (await dbConnection.raw("SELECT count(*)::int AS n FROM live_reminder")).rows[0].n

    it("refuses bad input, naming the field, and keeps nothing", async () => {
      const before = await count()
      for (const [body, field] of [
        [{ email: "not-an-email" }, /email/],
        [{}, /email: required unless you are signed in/],
        [{ email: "a@example.vn", locale: "fr" }, /locale/],
        [{ email: "a@example.vn", extra: 1 }, /extra/],
      ] as const) {
        const res = await failure(remind(shop.demoStreamId, body))
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
      }
      expect((await failure(remind("lstr_missing", { email: "a@example.vn" }))).status).toEqual(404)
      expect(await count()).toEqual(before)
    })

    it("keeps one reminder per e-mail, counts them for the producer, and offers a calendar file", async () => {
      const { data: first } = await remind(shop.demoStreamId, { email: "Lan@Example.vn", locale: "en" })
      expect(first.reminder).toMatchObject({ email: "lan@example.vn", locale: "en", stream_id: shop.demoStreamId })
      const { data: again } = await remind(shop.demoStreamId, { email: "lan@example.vn", locale: "zh" })
      expect(again.reminder).toMatchObject({ id: first.reminder.id, locale: "zh" })
      await remind(shop.demoStreamId, { email: "minh@example.vn" })
      expect(await reminderCount(shop.demoStreamId)).toEqual(2)

      const ics = await api.get(`/store/live/streams/${shop.demoStreamId}/calendar.ics?lang=en`, shop.store)
      expect(ics.headers["content-type"]).toMatch(/^text\/calendar/)
      const { data: stream } = await api.get(`/store/live/streams/${shop.demoStreamId}`, shop.store)
      const start = new Date(stream.stream.scheduled_at).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")
      const text = String(ics.data).replace(/\r\n /g, "")
      expect(text).toContain(`DTSTART:${start}\r\n`)
      expect(text).toContain(`UID:${shop.demoStreamId}@live-selling`)
      expect(text).toMatch(new RegExp(`URL:http://localhost:\\d+/en/live/${shop.demoStreamId}\\r\\n`))
    })

    // (each test starts from the seeded database: the runner restores it)
    it("sends each reminder once when the producer starts the stream, whoever sends first", async () => {
      await remind(shop.demoStreamId, { email: "lan@example.vn", locale: "zh" })
      await remind(shop.demoStreamId, { email: "minh@example.vn" })
      await api.post(`/producer/streams/${shop.demoStreamId}/start`, {}, shop.producer)
      const sent = await waitFor(async () => {
        const n = await notificationsOf(shop.demoStreamId)
        return n.length >= 2 && n
      }, "the reminders of the started stream")
      expect(sent.map((n) => [n.to, n.channel, n.template]).sort()).toEqual([
        ["lan@example.vn", "email", "live-stream-started"],
        ["minh@example.vn", "email", "live-stream-started"],
      ])
      const lan = sent.find((n) => n.to === "lan@example.vn")
      expect(lan.data).toMatchObject({ locale: "zh", subject: expect.stringMatching(/^正在直播：/) })
      expect(lan.data.text).toContain(`/zh/live/${shop.demoStreamId}`)

      // the catch-up job and a second run find nothing left to send
      await sendLiveReminders(getContainer())
      await notifyLiveRemindersWorkflow(getContainer()).run({ input: { stream_id: shop.demoStreamId } })
      expect(await notificationsOf(shop.demoStreamId)).toHaveLength(2)

      // a live stream takes no more reminders
      const late = await failure(remind(shop.demoStreamId, { email: "late@example.vn" }))
      expect([late.status, late.data.message]).toEqual([400, expect.stringMatching(/live/)])
    })

    it("sends the reminders of a stream started on a live gateway through the job", async () => {
      const { data } = await api.post(
        "/producer/streams",
        { title: "Phiên live thử", scheduled_at: new Date(Date.now() + 3_600_000).toISOString() },
        shop.producer
      )
      const id = data.stream.id
      await remind(id, { email: "hoa@example.vn" })
      // as a producer's `stream:start` on the gateway does: no Medusa event
      const producerId = (await dbConnection.raw("SELECT producer_id FROM live_stream WHERE id = ?", [id])).rows[0].producer_id
      await api.post(`/producer/streams/${shop.demoStreamId}/end`, {}, shop.producer)
      await startStream(liveContext(getContainer()), { type: "producer", id: producerId }, id)
      expect(await notificationsOf(id)).toHaveLength(0)
      await sendLiveReminders(getContainer())
      expect((await notificationsOf(id)).map((n) => n.to)).toEqual(["hoa@example.vn"])
      await sendLiveReminders(getContainer())
      expect(await notificationsOf(id)).toHaveLength(1)
    })
  },
})
