/**
 * English product names, keyed by handle: what an English-speaking visitor
 * reads as the title. Vietnamese dish names with no English equivalent
 * (khâu nhục, bánh chưng, lạp xưởng) keep their Vietnamese name with a gloss.
 * The English descriptions are the catalogue's `description_en`.
 */
export const EN_TITLES: Record<string, string> = {
  // fruit
  "na-chi-lang": "Chi Lăng custard apple (firm flesh)",
  "na-dai-dong-mo": "Đồng Mỏ custard apple (firm flesh)",
  "na-bo-chi-lang": "Chi Lăng custard apple (soft flesh)",
  "na-cai-kinh": "Cai Kinh custard apple",
  "quyt-vang-bac-son": "Bắc Sơn golden mandarin",
  "hong-khong-hat-bao-lam": "Bảo Lâm seedless persimmon",
  "hong-vanh-khuyen-van-lang": "Văn Lãng 'white-eye' persimmon",
  "tram-den-van-quan": "Văn Quan black canarium",
  // vegetables and grains
  "gao-nep-cai-hoa-vang-bac-son": "Bắc Sơn yellow-flower glutinous rice",
  "bun-ngo-thuan-anh": "Thuận Anh corn vermicelli",
  "pho-kho-hoang-quyen": "Hoàng Quyên dried pho noodles",
  "rau-chan-vit-huu-co-huu-lung": "Hữu Lũng organic spinach",
  "cai-xoan-huu-co-huu-lung": "Hữu Lũng organic kale",
  "hat-de-tuoi-cao-loc": "Cao Lộc fresh chestnuts",
  "ngong-hoa-cai": "Flowering mustard shoots",
  "bun-gac-le-chi": "Lệ Chi gấc-fruit vermicelli",
  // tea and honey
  "che-duoi-tan-hoi-binh-gia": "Bình Gia tea grown under star-anise trees",
  "che-ngoc-thuy-dinh-lap": "Ngọc Thúy green tea (Đình Lập)",
  "tra-o-long-thai-binh": "Đình Lập oolong tea",
  "tra-diep-ca-lua-vy": "Lụa Vy houttuynia (fish-mint) tea",
  "mat-ong-hoa-ngu-gia-bi-quang-lac": "Quảng Lạc Schefflera-flower honey",
  "mat-ong-huong-rung-xu-lang": "Xứ Lạng wild-forest honey",
  "mat-ong-van-thuy": "Vân Thủy Schefflera-flower honey",
  // spices and oils
  "hoa-hoi-kho-chi-lang": "Lạng Sơn star anise (dried, Chi Lăng)",
  "tinh-dau-hoi-chi-lang": "Chi Lăng star-anise oil",
  "tinh-dau-hoi-van-quan": "Văn Quan star-anise oil",
  "dau-vung-truong-tho": "Trường Thọ sesame oil",
  "mac-mat-lang-son": "Lạng Sơn mác mật (Clausena indica)",
  "mang-ot-xu-lang": "Xứ Lạng chilli bamboo shoots",
  "dau-lac-linh-khoi": "Linh Khôi peanut oil",
  // meat
  "vit-quay-hong-xiem": "Lạng Sơn roast duck (Hồng Xiêm)",
  "vit-quay-nguyen-sinh": "Lạng Sơn roast duck (Nguyên Sinh)",
  "khau-nhuc-tran-sinh": "Trần Sinh khâu nhục (pork belly steamed with taro)",
  "khau-nhuc-mai-sao": "Mai Sao khâu nhục (pork belly steamed with taro)",
  "nem-nuong-khoi-loan": "Khôi Loan grilled pork rolls",
  "lap-suon-sam-thu": "Sầm Thu lạp xưởng (cured sausage)",
  "xuc-xich-sam-thu": "Sầm Thu sausages",
  "thit-lon-hun-khoi-binh-gia": "Bình Gia smoked pork",
  "ga-ri-van-quan": "Văn Quan ri chicken",
  // snacks
  "thach-den-dang-bot": "Black grass-jelly powder",
  "thach-chu-hanh": "Chu Hạnh black grass jelly",
  "mac-ca-say-nut-vo": "Cracked-shell roasted macadamia",
  "nhan-mac-ca": "Macadamia kernels",
  "cao-kho-van-linh": "Vạn Linh cao khô (traditional dry paste)",
  "quy-linh-cao": "Guilinggao herbal jelly",
  // cakes
  "banh-gai-lang-lay": "Làng Lầy ramie-leaf cake",
  "banh-ngai-lang-lay": "Làng Lầy mugwort cake",
  "banh-tat-lien-that-khe": "Thất Khê Tất Liên cake",
  "banh-chung-cam-hong-ly": "Hồng Lý purple-rice bánh chưng",
  "banh-chung-den-bac-son": "Bắc Sơn black bánh chưng",
  // beverages
  "ruou-men-la-cong-son": "Công Sơn Dao leaf-yeast rice wine",
  "ruou-men-la-huu-le": "Hữu Lễ leaf-yeast rice wine",
  "ruou-hoi-hoan": "Hội Hoan rice wine",
  "ruou-men-la-suoi-mo-mam": "Suối Mỏ Mắm leaf-yeast rice wine",
  // experiences
  "den-bac-le": "Visit to Bắc Lệ temple",
}
