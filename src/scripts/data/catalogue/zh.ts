/**
 * Chinese (Simplified) product names, keyed by handle: the names the products
 * are sold under to Chinese buyers at the border markets, not word-by-word
 * translations. Place names use their Sino-Vietnamese (Hán-Việt) readings
 * (谅山 Lạng Sơn, 支陵 Chi Lăng, 北山 Bắc Sơn, 文关 Văn Quan, 亭立 Đình Lập…);
 * a family or brand name with no established Chinese form stays in Latin
 * letters in brackets, as it is printed on the pack.
 * `description` is given where a Chinese text has been written; elsewhere the
 * storefront falls back to the English description.
 */
export type ZhText = { title: string; description?: string }

export const ZH_TEXTS: Record<string, ZhText> = {
  // fruit
  "na-chi-lang": {
    title: "支陵番荔枝（脆肉型）",
    description:
      "支陵县出产的脆肉番荔枝，由同彭合作社挑选包装。受“谅山”地理标志（第00140号）和“支陵番荔枝”证明商标保护。",
  },
  "na-dai-dong-mo": { title: "同矿镇番荔枝（脆肉型）" },
  "na-bo-chi-lang": { title: "支陵番荔枝（软肉型）" },
  "na-cai-kinh": { title: "友陇番荔枝（Cai Kinh）" },
  "quyt-vang-bac-son": { title: "北山黄皮橘" },
  "hong-khong-hat-bao-lam": { title: "宝林无核柿" },
  "hong-vanh-khuyen-van-lang": { title: "文朗绣眼柿" },
  "tram-den-van-quan": { title: "文关乌榄" },
  // vegetables and grains
  "gao-nep-cai-hoa-vang-bac-son": { title: "北山黄花糯米" },
  "bun-ngo-thuan-anh": { title: "玉米米线（Thuận Anh）" },
  "pho-kho-hoang-quyen": { title: "特制干河粉（Hoàng Quyên）" },
  "rau-chan-vit-huu-co-huu-lung": { title: "友陇有机菠菜" },
  "cai-xoan-huu-co-huu-lung": { title: "友陇有机羽衣甘蓝" },
  "hat-de-tuoi-cao-loc": { title: "高禄鲜板栗" },
  "ngong-hoa-cai": { title: "菜薹（油菜花苔）" },
  "bun-gac-le-chi": { title: "木鳖果米线（Lệ Chi）" },
  // tea and honey
  "che-duoi-tan-hoi-binh-gia": { title: "平嘉八角林下茶" },
  "che-ngoc-thuy-dinh-lap": { title: "亭立玉翠绿茶" },
  "tra-o-long-thai-binh": { title: "亭立乌龙茶" },
  "tra-diep-ca-lua-vy": { title: "鱼腥草茶（Lụa Vy）" },
  "mat-ong-hoa-ngu-gia-bi-quang-lac": { title: "广乐鸭脚木蜂蜜" },
  "mat-ong-huong-rung-xu-lang": { title: "谅山森林野花蜂蜜" },
  "mat-ong-van-thuy": { title: "云水鸭脚木蜂蜜" },
  // spices and oils
  "hoa-hoi-kho-chi-lang": {
    title: "谅山八角（支陵大料）",
    description: "支陵县出产的干八角（大料），受“谅山八角”地理标志保护。每年两季：约8月和1–3月。",
  },
  "tinh-dau-hoi-chi-lang": { title: "支陵八角油" },
  "tinh-dau-hoi-van-quan": { title: "文关八角油" },
  "dau-vung-truong-tho": { title: "长寿芝麻油" },
  "mac-mat-lang-son": { title: "谅山山黄皮果（mác mật）" },
  "mang-ot-xu-lang": { title: "谅山辣椒笋" },
  "dau-lac-linh-khoi": { title: "花生油（Linh Khôi）" },
  // meat
  "vit-quay-hong-xiem": {
    title: "谅山烤鸭（Hồng Xiêm）",
    description: "谅山市鸿暹（Hồng Xiêm）用山黄皮叶（mác mật）烤制的烤鸭，谅山招牌菜。易腐，需冷链配送。",
  },
  "vit-quay-nguyen-sinh": { title: "谅山烤鸭（Nguyên Sinh）" },
  "khau-nhuc-tran-sinh": {
    title: "陈生芋头扣肉",
    description: "禄平县陈生（Trần Sinh）的扣肉：五花肉与芋头同蒸。请冷藏保存。",
  },
  "khau-nhuc-mai-sao": { title: "扣肉（Mai Sao）" },
  "nem-nuong-khoi-loan": { title: "越式烤肉卷（Khôi Loan）" },
  "lap-suon-sam-thu": { title: "岑秋腊肠" },
  "xuc-xich-sam-thu": { title: "岑秋香肠" },
  "thit-lon-hun-khoi-binh-gia": { title: "平嘉烟熏猪肉" },
  "ga-ri-van-quan": { title: "文关土鸡" },
  // snacks
  "thach-den-dang-bot": { title: "黑凉粉粉（仙草冻粉）" },
  "thach-chu-hanh": { title: "朱幸黑凉粉" },
  "mac-ca-say-nut-vo": { title: "开口夏威夷果" },
  "nhan-mac-ca": { title: "夏威夷果仁" },
  "cao-kho-van-linh": { title: "万灵干膏（cao khô）" },
  "quy-linh-cao": { title: "龟苓膏" },
  // cakes
  "banh-gai-lang-lay": { title: "苎麻叶糕（Làng Lầy）" },
  "banh-ngai-lang-lay": { title: "艾叶糍粑（Làng Lầy）" },
  "banh-tat-lien-that-khe": { title: "七溪糕点（Tất Liên）" },
  "banh-chung-cam-hong-ly": { title: "紫糯米方粽（Hồng Lý）" },
  "banh-chung-den-bac-son": { title: "北山黑粽子" },
  // beverages
  "ruou-men-la-cong-son": { title: "公山瑶族叶曲米酒" },
  "ruou-men-la-huu-le": { title: "友礼叶曲米酒" },
  "ruou-hoi-hoan": { title: "会欢米酒" },
  "ruou-men-la-suoi-mo-mam": { title: "叶曲米酒（Suối Mỏ Mắm）" },
  // experiences
  "den-bac-le": { title: "北丽庙参观" },
}

/** Chinese category names, keyed by category handle. */
export const ZH_CATEGORY_NAMES: Record<string, string> = {
  "trai-cay-tuoi": "新鲜水果与坚果",
  rau: "蔬菜",
  "che-tra": "茶叶",
  "mat-ong": "蜂蜜",
  "gia-vi-tinh-dau": "香料与精油",
  "gao-ngu-coc": "大米、米粉与谷物",
  "thit-dac-san": "特色肉类与禽类",
  "dac-san-che-bien": "特产加工食品",
  ruou: "米酒",
  "du-lich": "旅游体验",
}
