import type { PolicyTexts } from "./types"

/** Chính sách bằng tiếng Việt (bản có giá trị khi các bản dịch khác nhau). */
export const vi: PolicyTexts = {
  operator: {
    title: "Thông tin đơn vị vận hành",
    summary:
      "Cửa hàng do thương nhân có tên dưới đây vận hành, bán các sản phẩm OCOP tỉnh Lạng Sơn do các chủ thể (hợp tác xã, doanh nghiệp, hộ sản xuất) ghi trên từng trang sản phẩm làm ra.",
    sections: [
      {
        heading: "Chủ thể sản xuất",
        paragraphs: [
          "Mỗi trang sản phẩm ghi chủ thể sản xuất, xã và huyện, cùng giấy chứng nhận OCOP. Trang livestream ghi người bán và việc xác minh danh tính do đơn vị vận hành ghi nhận.",
        ],
      },
    ],
  },
  terms: {
    title: "Điều khoản mua bán",
    summary: "Các điều khoản này áp dụng cho đơn hàng đặt trên website, tại quầy ở các chợ du lịch và trong livestream.",
    sections: [
      {
        heading: "Đơn hàng và giá",
        paragraphs: [
          "Giá tính bằng đồng Việt Nam (VND), đã gồm thuế GTGT. Giá của đơn là giá hiển thị khi đặt; giá ưu đãi trong livestream chỉ áp dụng cho số lượng giữ được trong thời gian ưu đãi.",
          "Đơn hàng là hợp đồng giữa bạn và đơn vị vận hành khi đã đặt và được xác nhận trên trang đơn hàng. Đơn vị vận hành có thể hủy đơn không thể thực hiện (ví dụ hết hàng, địa chỉ không giao được) và hoàn lại số tiền đã trả.",
        ],
      },
      {
        heading: "Thanh toán",
        paragraphs: [
          "Thanh toán khi nhận hàng, chuyển khoản VietQR đúng số tiền kèm mã đơn, hoặc thẻ quốc tế (qua Stripe) khi có. Hóa đơn GTGT điện tử được xuất theo yêu cầu với thông tin công ty nhập khi thanh toán.",
        ],
      },
      {
        heading: "Thông tin sản phẩm",
        paragraphs: [
          "Hạng sao OCOP, giấy chứng nhận, chỉ dẫn địa lý, hạn dùng và cách bảo quản được hiển thị như đã ghi nhận; giá trị ghi là minh họa hoặc ước tính không phải thông tin chính thức, và nhãn trên bao bì là căn cứ.",
        ],
      },
    ],
  },
  returns: {
    title: "Đổi trả và hoàn tiền",
    summary: "Bạn được trả lại hàng bị hư hỏng, hỏng khi nhận, giao sai hoặc không đúng mô tả.",
    sections: [
      {
        heading: "Cách trả hàng",
        paragraphs: [
          "Liên hệ đơn vị vận hành (xem “Thông tin đơn vị vận hành”) kèm mã đơn và ảnh chụp. Sản phẩm tươi, bảo quản lạnh: trong 24 giờ kể từ khi nhận; sản phẩm khác: trong 7 ngày, còn nguyên bao bì trừ khi lỗi chỉ thấy khi mở.",
          "Đơn vị vận hành sẽ báo bạn gửi lại hàng hay giữ lại; phí gửi trả hàng lỗi do đơn vị vận hành chịu.",
        ],
      },
      {
        heading: "Hoàn tiền",
        paragraphs: [
          "Tiền được hoàn theo cách đã thanh toán: thẻ hoàn qua Stripe; thanh toán khi nhận hàng và VietQR hoàn bằng chuyển khoản vào tài khoản bạn cung cấp. Hoàn tiền trong 7 ngày làm việc kể từ khi chấp nhận trả hàng và không vượt quá số đã trả.",
        ],
      },
    ],
  },
  privacy: {
    title: "Chính sách bảo vệ dữ liệu cá nhân",
    summary:
      "Cách đơn vị vận hành xử lý dữ liệu cá nhân của bạn theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và Luật Bảo vệ dữ liệu cá nhân. Bạn đồng ý với chính sách này khi đăng ký tài khoản và khi đặt hàng.",
    sections: [
      {
        heading: "Dữ liệu được thu thập",
        paragraphs: [
          "Tài khoản: email, họ tên, mật khẩu (chỉ lưu dạng băm). Đơn hàng: họ tên, số điện thoại, địa chỉ nhận hàng, email, sản phẩm đã mua và cách thanh toán; khi cần hóa đơn GTGT: tên công ty, mã số thuế, địa chỉ và email. Livestream: tên hiển thị và tin nhắn bạn gửi. Kỹ thuật: cookie giữ giỏ hàng, đăng nhập và ngôn ngữ; địa chỉ IP chỉ nằm trong bộ đếm ngắn hạn để chống lạm dụng.",
          "Lượt xem, tìm kiếm sản phẩm và lượt quét ở quầy được đếm mà không gắn với thông tin nhận dạng bạn. Số thẻ được gửi thẳng tới Stripe, không qua cửa hàng.",
        ],
      },
      {
        heading: "Mục đích",
        paragraphs: [
          "Giao hàng và xuất hóa đơn, nhận thanh toán, trả lời yêu cầu và khiếu nại, lưu sổ sách kế toán theo luật, bảo vệ cửa hàng trước gian lận và lạm dụng. Dữ liệu không được bán và không dùng cho quảng cáo.",
        ],
      },
      {
        heading: "Bên nhận dữ liệu",
        paragraphs: [
          "Chủ thể sản xuất sản phẩm bạn mua và đơn vị vận chuyển (họ tên, số điện thoại, địa chỉ để giao hàng); đơn vị thanh toán (Stripe, khi trả bằng thẻ, có thể xử lý dữ liệu ngoài Việt Nam); cơ quan thuế đối với hóa đơn; ngoài ra không ai khác trừ khi luật yêu cầu.",
        ],
      },
      {
        heading: "Thời gian lưu",
        paragraphs: [
          "Dữ liệu tài khoản: đến khi bạn xóa tài khoản. Đơn hàng và hóa đơn: trong thời hạn pháp luật về kế toán, thuế yêu cầu rồi xóa; sau khi xóa tài khoản, đơn được giữ lại nhưng không còn họ tên, email, số điện thoại và số nhà của bạn. Bộ đếm chống lạm dụng: vài phút.",
        ],
      },
      {
        heading: "Quyền của bạn",
        paragraphs: [
          "Bạn có quyền được biết, đồng ý hoặc rút lại sự đồng ý, truy cập và chỉnh sửa, yêu cầu xóa, hạn chế hoặc phản đối việc xử lý, nhận bản sao dữ liệu, khiếu nại tới đơn vị vận hành hoặc cơ quan có thẩm quyền, và yêu cầu bồi thường thiệt hại.",
        ],
      },
      {
        heading: "Cách xóa tài khoản và dữ liệu",
        paragraphs: [
          "Khi đã đăng nhập, mở “Tài khoản” và chọn “Xóa tài khoản và dữ liệu của tôi”. Việc này xóa ngay thông tin đăng nhập, xóa địa chỉ đã lưu, và xóa họ tên, email, số điện thoại khỏi tài khoản và các đơn hàng (đơn hàng được giữ, đã ẩn danh, cho sổ sách kế toán). Bạn cũng có thể gửi yêu cầu qua email tới đơn vị vận hành.",
        ],
      },
    ],
  },
  shipping: {
    title: "Giao hàng và nhận tại quầy",
    summary: "Giao hàng toàn quốc từ kho Lạng Sơn, hoặc nhận tại quầy ở các chợ du lịch.",
    sections: [
      {
        heading: "Giao hàng",
        paragraphs: [
          "Giao hàng tiêu chuẩn tối đa 4 ngày. Khi thanh toán chỉ hiện các hình thức giao tới trước khi sản phẩm hết hạn dùng: trái cây tươi hạn ngắn có thể chỉ nhận tại quầy.",
        ],
      },
      {
        heading: "Nhận tại quầy",
        paragraphs: [
          "Chọn quầy (chợ đêm Kỳ Lừa, chợ Đông Kinh, chợ cửa khẩu Tân Thanh, Mẫu Sơn) khi thanh toán và nhận hàng tại đó, không cần địa chỉ. Phí vận chuyển hiển thị khi thanh toán đã nằm trong tổng tiền của đơn.",
        ],
      },
    ],
  },
  complaints: {
    title: "Giải quyết khiếu nại",
    summary: "Nếu có vấn đề với đơn hàng, sản phẩm hoặc dữ liệu của bạn, hãy báo cho đơn vị vận hành.",
    sections: [
      {
        heading: "Cách khiếu nại",
        paragraphs: [
          "Gửi email hoặc gọi điện cho đơn vị vận hành (xem “Thông tin đơn vị vận hành”) kèm mã đơn và nội dung sự việc. Đơn vị vận hành xác nhận đã nhận trong 2 ngày làm việc và trả lời trong 7 ngày làm việc.",
          "Nếu chưa hài lòng, bạn có thể đề nghị cơ quan bảo vệ quyền lợi người tiêu dùng, cơ quan bảo vệ dữ liệu cá nhân, hòa giải hoặc khởi kiện tại tòa án theo Luật Bảo vệ quyền lợi người tiêu dùng 2023.",
        ],
      },
    ],
  },
}
