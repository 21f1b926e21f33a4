import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CATALOGUE, CATEGORIES } from "../../src/scripts/data/lang-son-catalogue"
import { EN_TITLES } from "../../src/scripts/data/catalogue/en"
import { ZH_CATEGORY_NAMES, ZH_TEXTS } from "../../src/scripts/data/catalogue/zh"
import { PACK_TEXTS, UNIT_OPTION_TEXTS } from "../../src/scripts/data/catalogue/variants"
import { MARKS, STANDARDS } from "../../src/scripts/data/lang-son-provenance"
import { MARK_TEXTS, STANDARD_TEXTS } from "../../src/scripts/data/provenance-translations"
import { PRODUCERS } from "../../src/scripts/data/lang-son-catalogue"
import { ZH_STORIES } from "../../src/scripts/data/catalogue/zh-stories"
import { seedLangSon } from "../../src/scripts/seed/index"
import { DEMO_STREAM_TEXTS, DEMO_STREAM_TITLE } from "../../src/scripts/seed/live"
import { adminLogin } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"
import { waitFor } from "./live-fixtures"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

const titles = (products: { handle: string; title: string }[]) =>
  Object.fromEntries(products.map((p) => [p.handle, p.title]).sort())
const expected = (title: (handle: string) => string) =>
  Object.fromEntries(CATALOGUE.map((p) => [p.handle, title(p.handle)]).sort())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: Headers
    let admin: Headers

    beforeAll(async () => {
      // a failed request fails the test with its method, URL, status and body (an axios error cannot cross jest's worker)
      api.interceptors.response.use(undefined, (e: any) => {
        const { status, data } = e.response ?? {}
        const message = `${e.config?.method} ${e.config?.url}: ${status} ${JSON.stringify(data)}`
        return Promise.reject(Object.assign(new Error(message), { response: e.response && { status, data } }))
      })
      const seeded = await seedStore(getContainer())
      storeHeaders = seeded.storeHeaders
      admin = await adminLogin(api, seeded.seed.admin!)
    })

    const stockList = async (params: string, fields = "handle,title,subtitle,description") =>
      (await api.get(`/store/products?limit=100&fields=${fields}&${params}`, storeHeaders)).data.products
    const ocopList = async (params: string) =>
      (await api.get(`/store/ocop/products?limit=100&${params}`, storeHeaders)).data.products
    const ocopOne = async (handle: string, params: string) =>
      (await api.get(`/store/ocop/products/${handle}?${params}`, storeHeaders)).data.product

    it("stock /store/products?locale=zh-CN gives every seeded product its Chinese title", async () => {
      expect(titles(await stockList("locale=zh-CN"))).toEqual(expected((h) => ZH_TEXTS[h].title))
      expect(titles(await stockList("locale=en-US"))).toEqual(expected((h) => EN_TITLES[h]))
      // without a locale, the products' own (Vietnamese) titles
      expect(titles(await stockList(""))).toEqual(
        Object.fromEntries(CATALOGUE.map((p) => [p.handle, p.title]).sort())
      )
    })

    it("stock /store/product-categories?locale=zh-CN names every seeded category in Chinese", async () => {
      const { data } = await api.get("/store/product-categories?limit=100&fields=handle,name&locale=zh-CN", storeHeaders)
      const names = Object.fromEntries(data.product_categories.map((c: any) => [c.handle, c.name]))
      expect(Object.fromEntries(CATEGORIES.map((c) => [c.handle, names[c.handle]]))).toEqual(ZH_CATEGORY_NAMES)
    })

    it("the x-medusa-locale header works like ?locale=", async () => {
      const { data } = await api.get("/store/products?handle=na-chi-lang&fields=title", {
        headers: { ...storeHeaders.headers, "x-medusa-locale": "zh-CN" },
      })
      expect(data.products[0].title).toBe(ZH_TEXTS["na-chi-lang"].title)
    })

    it("the OCOP catalogue with locale=zh-CN gives every product its Chinese title", async () => {
      expect(titles(await ocopList("locale=zh-CN"))).toEqual(expected((h) => ZH_TEXTS[h].title))
      expect(titles(await ocopList(""))).toEqual(
        Object.fromEntries(CATALOGUE.map((p) => [p.handle, p.title]).sort())
      )
    })

    it("the OCOP product route with locale=zh-CN gives the Chinese title and description, the Vietnamese name as subtitle", async () => {
      const na = CATALOGUE.find((p) => p.handle === "na-chi-lang")!
      const zh = await ocopOne("na-chi-lang", "locale=zh-CN")
      expect({ title: zh.title, subtitle: zh.subtitle, description: zh.description }).toEqual({
        title: ZH_TEXTS["na-chi-lang"].title,
        subtitle: na.title,
        description: ZH_TEXTS["na-chi-lang"].description,
      })
      expect(zh.ocop?.stars).toBe(4)
      const en = await ocopOne("na-chi-lang", "locale=en-US")
      expect({ title: en.title, description: en.description }).toEqual({
        title: EN_TITLES["na-chi-lang"],
        description: na.description_en,
      })
      // a product with no Chinese description keeps its own
      const nem = CATALOGUE.find((p) => p.handle === "nem-nuong-khoi-loan")!
      const nemZh = await ocopOne(nem.handle, "locale=zh-CN")
      expect({ title: nemZh.title, description: nemZh.description }).toEqual({
        title: ZH_TEXTS[nem.handle].title,
        description: nem.description,
      })
    })

    it("stock /store/products?locale=zh-CN names every variant, option and option value in Chinese", async () => {
      // with their ids: the Translation Module finds an option's or a value's texts by id
      const fields =
        "handle,variants.id,variants.title,variants.options.id,variants.options.value,options.id,options.title,options.values.id,options.values.value"
      const packs = (products: any[]) =>
        Object.fromEntries(
          products
            .map((p) => [
              p.handle,
              {
                variants: p.variants.map((v: any) => v.title).sort(),
                variant_values: p.variants.flatMap((v: any) => v.options.map((o: any) => o.value)).sort(),
                options: p.options.map((o: any) => o.title),
                values: p.options.flatMap((o: any) => o.values.map((v: any) => v.value)).sort(),
              },
            ])
            .sort()
        )
      const expectedPacks = (lang: "en" | "zh") =>
        Object.fromEntries(
          CATALOGUE.map((p) => {
            const names = p.variants.map((v) => PACK_TEXTS[v.title][lang]).sort()
            return [p.handle, { variants: names, variant_values: names, options: [UNIT_OPTION_TEXTS[lang]], values: names }]
          }).sort()
        )
      expect(packs(await stockList("locale=zh-CN", fields))).toEqual(expectedPacks("zh"))
      expect(packs(await stockList("locale=en-US", fields))).toEqual(expectedPacks("en"))
      const [vi] = await stockList("handle=hoa-hoi-kho-chi-lang", fields)
      expect(vi.options[0].title).toBe("Quy cách")
    })

    it("the OCOP product page with locale=zh-CN names the pack sizes, marks and standards in Chinese", async () => {
      const na = CATALOGUE.find((p) => p.handle === "na-chi-lang")!
      const zh = await ocopOne("na-chi-lang", "locale=zh-CN")
      expect(zh.variants.map((v: any) => v.title).sort()).toEqual(na.variants.map((v) => PACK_TEXTS[v.title].zh).sort())
      expect(zh.options.map((o: any) => o.title)).toEqual([UNIT_OPTION_TEXTS.zh])
      const zhMark = (key: string) => MARK_TEXTS[key]["zh-CN"].name
      expect(zh.marks.map((m: any) => m.name).sort()).toEqual(na.marks.map(zhMark).sort())
      expect(zh.marks.map((m: any) => m.name)).toEqual(expect.arrayContaining(["谅山番荔枝", "支陵番荔枝"]))
      expect(zh.standards.map((s: any) => s.scope).sort()).toEqual(
        na.standards!.map((k) => STANDARD_TEXTS[k]["zh-CN"].scope).sort()
      )
      // Vietnamese: the records' own names, the scope in Vietnamese; English: the producer's story in English
      const vi = await ocopOne("na-chi-lang", "locale=vi-VN")
      expect(vi.marks.map((m: any) => m.name).sort()).toEqual(
        na.marks.map((k) => MARKS.find((m) => m.key === k)!.name).sort()
      )
      expect(vi.standards.map((s: any) => s.scope).sort()).toEqual(na.standards!.map((k) => STANDARD_TEXTS[k]["vi-VN"].scope).sort())
      expect(zh.producer.story).toBe(ZH_STORIES[na.producer])
      const en = await ocopOne("na-chi-lang", "locale=en-US")
      expect(en.producer.story).toBe(PRODUCERS.find((p) => p.key === na.producer)!.story_en)
      const plain = await ocopOne("na-chi-lang", "")
      expect(plain.producer.story).toBe(PRODUCERS.find((p) => p.key === na.producer)!.story_vi)
      expect(plain.standards.map((s: any) => s.scope).sort()).toEqual(
        na.standards!.map((k) => STANDARDS.find((s) => s.key === k)!.scope).sort()
      )
    })

    it("the OCOP catalogue with locale=zh-CN names every product's marks in Chinese", async () => {
      const marksOf = (products: any[]) =>
        Object.fromEntries(products.map((p) => [p.handle, p.marks.map((m: any) => m.name).sort()]).sort())
      const expectedMarks = (name: (key: string) => string) =>
        Object.fromEntries(CATALOGUE.map((p) => [p.handle, p.marks.map(name).sort()]).sort())
      expect(marksOf(await ocopList("locale=zh-CN"))).toEqual(expectedMarks((k) => MARK_TEXTS[k]["zh-CN"].name))
      expect(marksOf(await ocopList("locale=en-US"))).toEqual(expectedMarks((k) => MARK_TEXTS[k]["en-US"].name))
      expect(marksOf(await ocopList(""))).toEqual(expectedMarks((k) => MARKS.find((m) => m.key === k)!.name))
      const anise = (await ocopList("locale=zh-CN&q=hoi")).find((p: any) => p.handle === "hoa-hoi-kho-chi-lang")
      expect(anise.marks.map((m: any) => m.name)).toContain("谅山八角")
    })

    it("an admin edit of a mark's Chinese name shows up on the OCOP routes", async () => {
      const { data: marks } = await api.get("/admin/translations?reference=ocop_mark&locale_code=zh-CN&limit=100", admin)
      expect(marks.count).toBe(MARKS.length)
      const anise = marks.translations.find((t: any) => t.translations.name === "谅山八角")
      const edited = "谅山八角（地理标志，管理员修改）"
      await api.post("/admin/translations/batch", { update: [{ id: anise.id, translations: { name: edited } }] }, admin)
      const card = (await ocopList("locale=zh-CN&q=hoi")).find((p: any) => p.handle === "hoa-hoi-kho-chi-lang")
      expect(card.marks.map((m: any) => m.name)).toContain(edited)
      expect((await ocopOne("hoa-hoi-kho-chi-lang", "locale=zh-CN")).marks.map((m: any) => m.name)).toContain(edited)
      // other languages keep their texts
      expect((await ocopOne("hoa-hoi-kho-chi-lang", "locale=en-US")).marks.map((m: any) => m.name)).toContain(
        "Lạng Sơn star anise"
      )
    })

    describe("searching by translated titles (issue 16)", () => {
      const found = async (params: string) =>
        Object.fromEntries((await ocopList(params)).map((p: any) => [p.handle, p.title]).sort())

      it("q=八角 with locale zh-CN finds the star anise products, with their Chinese titles", async () => {
        const anise = Object.fromEntries(
          CATALOGUE.filter((p) => ZH_TEXTS[p.handle].title.includes("八角")).map((p) => [p.handle, ZH_TEXTS[p.handle].title]).sort()
        )
        expect(anise["hoa-hoi-kho-chi-lang"]).toBe("谅山八角（支陵大料）")
        expect(await found(`locale=zh-CN&q=${encodeURIComponent("八角")}`)).toEqual(anise)
        // two words: both must be found; a Chinese word is found inside a title
        expect(Object.keys(await found(`locale=zh-CN&q=${encodeURIComponent("支陵 八角油")}`))).toEqual(["tinh-dau-hoi-chi-lang"])
        expect(await found(`locale=zh-CN&q=${encodeURIComponent("八角 蜂蜜")}`)).toEqual({})
      })

      it("q=star anise and q=custard apple (en-US) find the products, with their English titles", async () => {
        const anise = await found("locale=en-US&q=star%20anise")
        expect(anise["hoa-hoi-kho-chi-lang"]).toBe(EN_TITLES["hoa-hoi-kho-chi-lang"])
        expect(Object.keys(anise)).toEqual(expect.arrayContaining(["tinh-dau-hoi-chi-lang", "tinh-dau-hoi-van-quan"]))
        const custard = await found("locale=en-US&q=Custard%20Apple")
        const expected = CATALOGUE.filter((p) => EN_TITLES[p.handle]?.includes("custard apple")).map((p) => p.handle)
        expect(expected.length).toBeGreaterThanOrEqual(4)
        expect(Object.keys(custard)).toEqual(expect.arrayContaining(expected))
        expect(custard["na-chi-lang"]).toBe(EN_TITLES["na-chi-lang"])
        // Vietnamese stays accent-insensitive
        expect(Object.keys(await found("q=hoa%20hoi%20kho"))).toContain("hoa-hoi-kho-chi-lang")
        expect(Object.keys(await found(`q=${encodeURIComponent("HOA HỒI")}`))).toContain("hoa-hoi-kho-chi-lang")
      })

      it("an admin edit of a product's Chinese title is searchable afterwards", async () => {
        const { data: products } = await api.get("/store/products?handle=mat-ong-van-thuy&fields=id", storeHeaders)
        const productId = products.products[0].id
        const { data: list } = await api.get(
          `/admin/translations?reference_id=${productId}&locale_code=zh-CN&reference=product`,
          admin
        )
        const [translation] = list.translations
        const q = `locale=zh-CN&q=${encodeURIComponent("冬蜜")}`
        expect(await found(q)).toEqual({})
        const edited = "云水鸭脚木冬蜜"
        await api.post(
          "/admin/translations/batch",
          { update: [{ id: translation.id, translations: { ...translation.translations, title: edited } }] },
          admin
        )
        // the `translation.updated` event refreshes the product's catalogue row
        await waitFor(async () => Object.keys(await found(q)).length > 0, "the edited Chinese title in the catalogue search")
        expect(await found(q)).toEqual({ "mat-ong-van-thuy": edited })
        // the old title no longer finds it in Chinese
        expect(Object.keys(await found(`locale=zh-CN&q=${encodeURIComponent("云水鸭脚木蜂蜜")}`))).toEqual([])
      })
    })

    it("order=title sorts by the title in the requested locale, Chinese by pinyin, Vietnamese without a locale", async () => {
      // 北 běi, 高 gāo, 龟 guī, 花 huā, 谅 liàng, 玉 yù, 支 zhī
      const pinyinOrder = [
        "quyt-vang-bac-son",
        "hat-de-tuoi-cao-loc",
        "quy-linh-cao",
        "dau-lac-linh-khoi",
        "mat-ong-huong-rung-xu-lang",
        "bun-ngo-thuan-anh",
        "tinh-dau-hoi-chi-lang",
      ]
      const ordered = async (params: string, order = "title") =>
        (await ocopList(`order=${order}&${params}`)).map((p: any) => p.handle).filter((h: string) => pinyinOrder.includes(h))
      expect(await ordered("locale=zh-CN")).toEqual(pinyinOrder)
      const vi = new Intl.Collator("vi", { sensitivity: "base", numeric: true })
      const viTitle = (h: string) => CATALOGUE.find((p) => p.handle === h)!.title
      const viOrder = [...pinyinOrder].sort((a, b) => vi.compare(viTitle(a), viTitle(b)))
      expect(viOrder).not.toEqual(pinyinOrder)
      expect(await ordered("")).toEqual(viOrder)
      // descending: the same, reversed
      expect(await ordered("locale=zh-CN", "-title")).toEqual([...pinyinOrder].reverse())
    })

    describe("live-stream titles (issue 16)", () => {
      const streamTitles = async (params: string) =>
        Object.fromEntries(
          (await api.get(`/store/live/streams?limit=100&${params}`, storeHeaders)).data.streams.map((s: any) => [s.id, s.title])
        )

      it("the seeded demo stream is titled and described in Chinese and English, in Vietnamese without a locale", async () => {
        const { data } = await api.get("/admin/live/streams?limit=100", admin)
        const demo = data.streams.find((s: any) => s.title === DEMO_STREAM_TITLE)
        expect(demo).toBeDefined()
        const one = async (params: string) =>
          (await api.get(`/store/live/streams/${demo.id}?${params}`, storeHeaders)).data.stream
        expect(await one("locale=zh-CN")).toMatchObject({
          title: DEMO_STREAM_TEXTS["zh-CN"].title_vi,
          description: DEMO_STREAM_TEXTS["zh-CN"].description,
        })
        expect((await one("locale=en-US")).title).toBe(DEMO_STREAM_TEXTS["en-US"].title_vi)
        expect((await one("")).title).toBe(DEMO_STREAM_TITLE)
        expect((await streamTitles("locale=zh-CN"))[demo.id]).toBe(DEMO_STREAM_TEXTS["zh-CN"].title_vi)
      })

      it("a Chinese title created through the admin translation API is served with locale=zh-CN; vi stays Vietnamese", async () => {
        const { data: listed } = await api.get("/admin/live/streams?limit=1", admin)
        const title = "Hồi Chi Lăng: giá riêng trong phiên live"
        const { data: created } = await api.post(
          "/admin/live/streams",
          { producer_id: listed.streams[0].producer.id, title },
          admin
        )
        const id = created.stream.id
        // no translation yet: every locale gets the producer's Vietnamese title
        expect((await streamTitles("locale=zh-CN"))[id]).toBe(title)
        const zh = "支陵八角：直播专享价"
        await api.post(
          "/admin/translations/batch",
          { create: [{ reference: "live_stream", reference_id: id, locale_code: "zh-CN", translations: { title_vi: zh } }] },
          admin
        )
        expect((await api.get(`/store/live/streams/${id}?locale=zh-CN`, storeHeaders)).data.stream.title).toBe(zh)
        expect((await api.get(`/store/live/streams/${id}`, { headers: { ...storeHeaders.headers, "x-medusa-locale": "zh-CN" } })).data.stream.title).toBe(zh)
        expect((await streamTitles("locale=zh-CN"))[id]).toBe(zh)
        expect((await streamTitles(""))[id]).toBe(title)
        expect((await streamTitles("locale=vi-VN"))[id]).toBe(title)
        expect((await api.get(`/store/live/streams/${id}`, storeHeaders)).data.stream.title).toBe(title)
        // the producer's own (untranslated) text stays in the record
        const { data: mine } = await api.get(`/admin/live/streams?limit=100`, admin)
        expect(mine.streams.find((s: any) => s.id === id).title).toBe(title)
      })
    })

    it("refuses a malformed locale on the OCOP routes with a 400 naming `locale`", async () => {
      for (const url of ["/store/ocop/products?locale=not_a_locale", "/store/ocop/products/na-chi-lang?locale=x1"]) {
        const err = await api.get(url, storeHeaders).catch((e: any) => e.response)
        expect({ url, status: err.status }).toEqual({ url, status: 400 })
        expect(err.data.message).toContain("locale")
      }
    })

    it("an admin edit of a translation shows up in the store answers", async () => {
      const { data: found } = await api.get("/store/products?handle=hoa-hoi-kho-chi-lang&fields=id", storeHeaders)
      const productId = found.products[0].id
      const { data: list } = await api.get(
        `/admin/translations?reference_id=${productId}&locale_code=zh-CN&reference=product`,
        admin
      )
      expect(list.translations).toHaveLength(1)
      const [translation] = list.translations
      const edited = "谅山八角（大料，管理员修改）"
      await api.post(
        "/admin/translations/batch",
        { update: [{ id: translation.id, translations: { ...translation.translations, title: edited } }] },
        admin
      )
      const stock = await api.get(`/store/products/${productId}?locale=zh-CN&fields=title`, storeHeaders)
      expect(stock.data.product.title).toBe(edited)
      expect((await ocopOne("hoa-hoi-kho-chi-lang", "locale=zh-CN")).title).toBe(edited)
      const card = (await ocopList("locale=zh-CN&q=hoi")).find((p: any) => p.handle === "hoa-hoi-kho-chi-lang")
      expect(card?.title).toBe(edited)

      // the seed runs again without overwriting the edit or adding translations
      await seedLangSon(getContainer())
      const { data: after } = await api.get(`/admin/translations?reference=product&limit=1`, admin)
      expect(after.count).toBe(CATALOGUE.length * 2)
      const { data: categories } = await api.get(`/admin/translations?reference=product_category&limit=1`, admin)
      expect(categories.count).toBe(CATEGORIES.length * 2)
      const count = async (reference: string) =>
        (await api.get(`/admin/translations?reference=${reference}&limit=1`, admin)).data.count
      const variants = CATALOGUE.reduce((n, p) => n + p.variants.length, 0)
      expect({
        product_variant: await count("product_variant"),
        product_option: await count("product_option"),
        product_option_value: await count("product_option_value"),
        ocop_mark: await count("ocop_mark"),
        ocop_standard: await count("ocop_standard"),
        ocop_producer: await count("ocop_producer"),
      }).toEqual({
        product_variant: variants * 2,
        product_option: CATALOGUE.length * 2,
        product_option_value: variants * 2,
        ocop_mark: MARKS.length * 2,
        ocop_standard: STANDARDS.length * 2,
        ocop_producer: PRODUCERS.length * 2,
      })
      expect((await ocopOne("hoa-hoi-kho-chi-lang", "locale=zh-CN")).title).toBe(edited)
    })
  },
})
