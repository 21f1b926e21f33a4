import type { Locale } from "./locales"

/** Strings of the card payment step (Stripe), per locale. */
export const CARD_TEXT: Record<Locale, {
  option: string
  title: string
  intro: string
  card: string
  pay: string
  paying: string
  loading: string
  unavailable: string
  noSession: string
}> = {
  vi: {
    option: "Thẻ ngân hàng quốc tế (Visa, Mastercard)",
    title: "Thanh toán bằng thẻ",
    intro: "Số tiền {amount} sẽ được giữ trên thẻ của bạn và chỉ trừ khi đơn hàng được xử lý.",
    card: "Thông tin thẻ",
    pay: "Thanh toán {amount}",
    paying: "Đang thanh toán…",
    loading: "Đang tải biểu mẫu thẻ…",
    unavailable: "Không tải được biểu mẫu thẻ. Hãy chọn cách thanh toán khác.",
    noSession: "Phiên thanh toán thẻ đã hết. Vui lòng đặt hàng lại.",
  },
  en: {
    option: "Card (Visa, Mastercard)",
    title: "Pay by card",
    intro: "{amount} will be authorised on your card and only charged when the order is processed.",
    card: "Card details",
    pay: "Pay {amount}",
    paying: "Paying…",
    loading: "Loading the card form…",
    unavailable: "The card form could not load. Please choose another way to pay.",
    noSession: "The card payment session has ended. Please place the order again.",
  },
  zh: {
    option: "银行卡（Visa、Mastercard）",
    title: "银行卡支付",
    intro: "{amount} 将在您的卡上预授权，订单处理时才会扣款。",
    card: "卡片信息",
    pay: "支付 {amount}",
    paying: "正在支付…",
    loading: "正在加载银行卡表单…",
    unavailable: "银行卡表单无法加载，请选择其他支付方式。",
    noSession: "银行卡支付会话已结束，请重新下单。",
  },
}
