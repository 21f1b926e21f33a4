import { CATALOGUE, CATEGORIES } from "../lang-son-catalogue"
import { EN_TITLES } from "../catalogue/en"
import { ZH_CATEGORY_NAMES, ZH_TEXTS } from "../catalogue/zh"
import { categoryTranslations, productTranslations } from "../product-translations"

const HAN = /\p{Script=Han}/u
const handles = CATALOGUE.map((p) => p.handle)

describe("product translations", () => {
  it("gives every catalogue product an English and a Chinese title", () => {
    const missing = handles.filter((h) => !EN_TITLES[h]?.trim() || !ZH_TEXTS[h]?.title.trim())
    expect(missing).toEqual([])
  })

  it("has no text for a handle that is not in the catalogue", () => {
    const known = new Set(handles)
    expect([...Object.keys(EN_TITLES), ...Object.keys(ZH_TEXTS)].filter((h) => !known.has(h))).toEqual([])
  })

  it("writes Chinese titles and descriptions in Chinese characters, English ones without them", () => {
    const notChinese = Object.entries(ZH_TEXTS)
      .filter(([, t]) => !HAN.test(t.title) || (t.description !== undefined && !HAN.test(t.description)))
      .map(([h]) => h)
    expect(notChinese).toEqual([])
    expect(Object.entries(EN_TITLES).filter(([, t]) => HAN.test(t)).map(([h]) => h)).toEqual([])
  })

  it("names the products as they are sold in Chinese", () => {
    expect(ZH_TEXTS["hoa-hoi-kho-chi-lang"].title).toMatch(/谅山八角|谅山大料/)
    expect(ZH_TEXTS["na-chi-lang"].title).toContain("支陵番荔枝")
    expect(ZH_TEXTS["vit-quay-hong-xiem"].title).toContain("谅山烤鸭")
    expect(ZH_TEXTS["khau-nhuc-tran-sinh"].title).toContain("扣肉")
  })

  it("builds en-US and zh-CN fields, keeping the Vietnamese name as the subtitle", () => {
    const na = CATALOGUE.find((p) => p.handle === "na-chi-lang")!
    expect(productTranslations(na)).toEqual({
      "en-US": { title: EN_TITLES["na-chi-lang"], subtitle: na.title, description: na.description_en },
      "zh-CN": { title: ZH_TEXTS["na-chi-lang"].title, subtitle: na.title, description: ZH_TEXTS["na-chi-lang"].description },
    })
    const duck = CATALOGUE.find((p) => p.handle === "nem-nuong-khoi-loan")!
    expect(productTranslations(duck)["zh-CN"]).toEqual({ title: ZH_TEXTS["nem-nuong-khoi-loan"].title, subtitle: duck.title })
  })

  it("names every category in English and Chinese", () => {
    expect(CATEGORIES.filter((c) => !HAN.test(ZH_CATEGORY_NAMES[c.handle] ?? "")).map((c) => c.handle)).toEqual([])
    expect(Object.keys(ZH_CATEGORY_NAMES).sort()).toEqual(CATEGORIES.map((c) => c.handle).sort())
    const tea = CATEGORIES.find((c) => c.handle === "che-tra")!
    expect(categoryTranslations(tea)).toEqual({ "en-US": { name: tea.name_en }, "zh-CN": { name: "茶叶" } })
  })
})
