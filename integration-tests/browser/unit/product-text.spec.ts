import { BACKEND_LOCALE, cartLocale, productText } from "../../../storefront/src/lib/product-text"
import type { Product } from "../../../storefront/src/lib/types"

const product = (fields: Partial<Product>): Product =>
  ({
    id: "prod_1",
    handle: "na-chi-lang",
    title: "Na Chi Lăng (na dai)",
    subtitle: "Chi Lăng custard apple (firm type)",
    description: "Na dai cùi chắc trồng ở Chi Lăng.",
    metadata: { description_en: "Firm-fleshed custard apples from Chi Lăng." },
    variants: [],
    ocop: null,
    marks: [],
    planting_areas: [],
    standards: [],
    producer: null,
    ...fields,
  }) as Product

describe("product text in the visitor's language (issue 16)", () => {
  it("asks the backend in en-US and zh-CN, and in no locale for Vietnamese", () => {
    expect(BACKEND_LOCALE).toEqual({ vi: undefined, en: "en-US", zh: "zh-CN" })
  })

  it("shows the backend's translation when it has one", () => {
    const zh = product({ title: "支陵番荔枝（脆肉型）", subtitle: "Na Chi Lăng (na dai)", description: "支陵县出产的脆肉番荔枝。" })
    expect(productText(zh, "zh")).toMatchObject({
      title: "支陵番荔枝（脆肉型）",
      subtitle: "Na Chi Lăng (na dai)",
      description: "支陵县出产的脆肉番荔枝。",
    })
    const en = product({ title: "Chi Lăng custard apple", description: "Edited in the admin." })
    expect(productText(en, "en")).toMatchObject({ title: "Chi Lăng custard apple", description: "Edited in the admin." })
  })

  it("falls back to the English texts when the Chinese translation is missing", () => {
    expect(productText(product({}), "zh")).toMatchObject({
      title: "Na Chi Lăng (na dai)",
      subtitle: "Chi Lăng custard apple (firm type)",
      description: "Firm-fleshed custard apples from Chi Lăng.",
    })
    // a Chinese title but no Chinese description: the English description
    expect(productText(product({ title: "支陵番荔枝" }), "zh").description).toBe("Firm-fleshed custard apples from Chi Lăng.")
  })

  it("names a cart's locale in every language, Vietnamese too (a cart switched back gets the own names)", () => {
    expect([cartLocale("vi"), cartLocale("en"), cartLocale("zh")]).toEqual(["vi-VN", "en-US", "zh-CN"])
  })

  it("tells the producer's story in Chinese when the backend has it, else in English", () => {
    const producer = { id: "p", name: "HTX", story: "同彭合作社的故事。", story_en: "The Đồng Bành cooperative's story." } as any
    expect(productText(product({ producer }), "zh").story).toBe("同彭合作社的故事。")
    const untranslated = { ...producer, story: "Câu chuyện của HTX Đồng Bành." }
    expect(productText(product({ producer: untranslated }), "zh").story).toBe("The Đồng Bành cooperative's story.")
    expect(productText(product({ producer: untranslated }), "vi").story).toBe("Câu chuyện của HTX Đồng Bành.")
    expect(productText(product({ producer: untranslated }), "en").story).toBe("The Đồng Bành cooperative's story.")
  })

  it("shows Vietnamese as it is, without the English subtitle", () => {
    expect(productText(product({}), "vi")).toMatchObject({
      title: "Na Chi Lăng (na dai)",
      subtitle: null,
      description: "Na dai cùi chắc trồng ở Chi Lăng.",
    })
  })
})
