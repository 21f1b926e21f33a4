/** The words of a "your stream is live" reminder, in the language the viewer chose. */
export type ReminderLocale = "vi" | "en" | "zh"
export const REMINDER_LOCALES: ReminderLocale[] = ["vi", "en", "zh"]

const WORDS: Record<ReminderLocale, { subject: string; text: string }> = {
  vi: { subject: "Đang phát trực tiếp: {title}", text: "Phiên live bạn đã hẹn nhắc đã bắt đầu: {title}." },
  en: { subject: "Live now: {title}", text: "The live stream you asked to be reminded of has started: {title}." },
  zh: { subject: "正在直播：{title}", text: "您预约提醒的直播已经开始：{title}。" },
}

export function reminderMessage(locale: string, title: string, url: string | null) {
  const w = WORDS[(REMINDER_LOCALES as string[]).includes(locale) ? (locale as ReminderLocale) : "vi"]
  const fill = (s: string) => s.replace("{title}", title)
  return { subject: fill(w.subject), text: url ? `${fill(w.text)}\n${url}` : fill(w.text) }
}

/** The stream's page from the plugin option's template (`{id}`, `{locale}`), or null without one. */
export function streamPageUrl(template: string | null | undefined, id: string, locale: string): string | null {
  if (!template) return null
  return template.replace("{id}", encodeURIComponent(id)).replace("{locale}", encodeURIComponent(locale))
}
