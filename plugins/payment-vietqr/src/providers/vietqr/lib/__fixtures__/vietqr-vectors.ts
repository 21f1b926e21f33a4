import { VietQrFields } from "../types"

/** Valid vectors from vietqr.md §10.1, §10.2 and §11, with the fields they encode. */
export type Vector = { name: string; payload: string; fields: VietQrFields }

const VCB = { bankBin: "970436", accountNumber: "0011001932418" }
const STB = { bankBin: "970403", accountNumber: "0011012345678" }
const STB_CARD = { bankBin: "970403", accountNumber: "9704031101234567" }
const ORDER = { purpose: "DH ORDER123" }
const NPS = { billNumber: "NPS6869", purpose: "thanh toan don hang" }
const CASH_LABELS = {
  referenceLabel: "201901091557142283847",
  terminalLabel: "00001111",
}

export const VALID_VECTORS: Vector[] = [
  {
    name: "S-1c NAPAS 6.1.1 corrected, static to account",
    payload:
      "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F",
    fields: { initiation: "static", ...STB, service: "QRIBFTTA" },
  },
  {
    name: "S-2 NAPAS 6.1.2 static to card",
    payload:
      "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52",
    fields: { initiation: "static", ...STB_CARD, service: "QRIBFTTC" },
  },
  {
    name: "S-3 NAPAS 6.1.3 dynamic to account",
    payload:
      "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E",
    fields: {
      initiation: "dynamic",
      ...STB,
      service: "QRIBFTTA",
      amount: 180000,
      additionalData: NPS,
    },
  },
  {
    name: "S-4 NAPAS 6.1.4 dynamic to card",
    payload:
      "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203",
    fields: {
      initiation: "dynamic",
      ...STB_CARD,
      service: "QRIBFTTC",
      amount: 180000,
      additionalData: NPS,
    },
  },
  {
    name: "S-5 QRPUSH",
    payload:
      "00020101021238580010A00000072701300006970403011621129950446040250206QRPUSH52045812530370454061800005802VN5910PHUONG CAC6005HANOI62110307NPS686963047C1B",
    fields: {
      initiation: "dynamic",
      bankBin: "970403",
      accountNumber: "2112995044604025",
      service: "QRPUSH",
      merchantCategoryCode: "5812",
      amount: 180000,
      merchantName: "PHUONG CAC",
      merchantCity: "HANOI",
      additionalData: { storeLabel: "NPS6869" },
    },
  },
  {
    name: "S-6 QRCASH",
    payload:
      "00020101021238500010A000000727012200069704030108123456780206QRCASH5204601153037045802VN5915NGUYEN HUU HUAN6005HANOI6237052120190109155714228384707080000111163041009",
    fields: {
      initiation: "dynamic",
      bankBin: "970403",
      accountNumber: "12345678",
      service: "QRCASH",
      merchantCategoryCode: "6011",
      merchantName: "NGUYEN HUU HUAN",
      merchantCity: "HANOI",
      additionalData: CASH_LABELS,
    },
  },
  {
    name: "S-7 QRCASH with postal code and language template",
    payload:
      "00020101021238500010A000000727012200069704030108123456780206QRCASH5204601153037045802VN5915NGUYEN HUU HUAN6005HANOI6105100006237052120190109155714228384707080000111164260002en0107shop vn0205Hanoi630476DA",
    fields: {
      initiation: "dynamic",
      bankBin: "970403",
      accountNumber: "12345678",
      service: "QRCASH",
      merchantCategoryCode: "6011",
      merchantName: "NGUYEN HUU HUAN",
      merchantCity: "HANOI",
      postalCode: "10000",
      additionalData: CASH_LABELS,
      language: { language: "en", name: "shop vn", city: "Hanoi" },
    },
  },
  {
    name: "P-1 TPBank static",
    payload:
      "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4",
    fields: {
      initiation: "static",
      bankBin: "970423",
      accountNumber: "0099999999",
      service: "QRIBFTTA",
    },
  },
  {
    name: "P-2 MB dynamic with purpose",
    payload:
      "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6",
    fields: {
      initiation: "dynamic",
      bankBin: "970422",
      accountNumber: "0023457923442",
      service: "QRIBFTTA",
      amount: 40123,
      additionalData: { purpose: "test text string" },
    },
  },
  {
    name: "P-3 VietinBank, purpose transliterated from Vietnamese",
    payload:
      "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C",
    fields: {
      initiation: "dynamic",
      bankBin: "970415",
      accountNumber: "0011001932418",
      service: "QRIBFTTA",
      amount: 120000,
      additionalData: { purpose: "ung ho lu lut" },
    },
  },
  {
    name: "P-4 ACB with bill number and purpose",
    payload:
      "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819TRANSFER TO SOMEONE6304AC13",
    fields: {
      initiation: "dynamic",
      bankBin: "970416",
      accountNumber: "224528479",
      service: "QRIBFTTA",
      amount: 10000,
      additionalData: { billNumber: "NPS6869", purpose: "TRANSFER TO SOMEONE" },
    },
  },
  {
    name: "P-5 Techcombank static with amount",
    payload:
      "00020101021138540010A00000072701240006970407011003865776720208QRIBFTTA5303704540710000005802VN62160812henry an cut6304A322",
    fields: {
      initiation: "static",
      bankBin: "970407",
      accountNumber: "0386577672",
      service: "QRIBFTTA",
      amount: 1000000,
      additionalData: { purpose: "henry an cut" },
    },
  },
  {
    name: "P-6 VietinBank static",
    payload:
      "00020101021138530010A0000007270123000697041501091234567890208QRIBFTTA53037045802VN63046376",
    fields: {
      initiation: "static",
      bankBin: "970415",
      accountNumber: "123456789",
      service: "QRIBFTTA",
    },
  },
  {
    name: "P-7 VCB card service",
    payload:
      "00020101021238560010A0000007270126000697043601121234567890120208QRIBFTTC530370454061200005802VN62130809Pay a box6304B8EC",
    fields: {
      initiation: "dynamic",
      bankBin: "970436",
      accountNumber: "123456789012",
      service: "QRIBFTTC",
      amount: 120000,
      additionalData: { purpose: "Pay a box" },
    },
  },
  {
    name: "P-8 QRPUSH with every 62 sub-field, 61 and 64",
    payload:
      "00020101021238500010A000000727012200069704160108123456780206QRPUSH52045812530370454061200005802VN5917CUA HANG TIEN LOI6006HA NOI61051000062860107B123456021003900000010307NPS68690402100503abc0605C11230706aac1230809pay a box0901A64260002en0107Shop VN0205Hanoi63041F97",
    fields: {
      initiation: "dynamic",
      bankBin: "970416",
      accountNumber: "12345678",
      service: "QRPUSH",
      merchantCategoryCode: "5812",
      amount: 120000,
      merchantName: "CUA HANG TIEN LOI",
      merchantCity: "HA NOI",
      postalCode: "10000",
      additionalData: {
        billNumber: "B123456",
        mobileNumber: "0390000001",
        storeLabel: "NPS6869",
        loyaltyNumber: "10",
        referenceLabel: "abc",
        customerLabel: "C1123",
        terminalLabel: "aac123",
        purpose: "pay a box",
        consumerDataRequest: "A",
      },
      language: { language: "en", name: "Shop VN", city: "Hanoi" },
    },
  },
  {
    name: "P-9 ACB static",
    payload:
      "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
    fields: {
      initiation: "static",
      bankBin: "970416",
      accountNumber: "257678859",
      service: "QRIBFTTA",
    },
  },
  {
    name: "P-10 ACB dynamic with purpose",
    payload:
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
    fields: {
      initiation: "dynamic",
      bankBin: "970416",
      accountNumber: "257678859",
      service: "QRIBFTTA",
      amount: 10000,
      additionalData: { purpose: "Chuyen tien" },
    },
  },
  {
    name: "P-11 purpose transliterated from 'chuyển khoản'",
    payload:
      "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F",
    fields: {
      initiation: "dynamic",
      bankBin: "970422",
      accountNumber: "0023457923442",
      service: "QRIBFTTA",
      amount: 40123,
      additionalData: { purpose: "chuyen khoan" },
    },
  },
  {
    name: "P-12 19-character account and 25-character purpose",
    payload:
      "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB",
    fields: {
      initiation: "dynamic",
      bankBin: "970422",
      accountNumber: "0023457923442ASDFLJ",
      service: "QRIBFTTA",
      amount: 40123,
      additionalData: { purpose: "chuyen khoan alsdkf laksj" },
    },
  },
  {
    name: "P-13 QRCASH ACB static",
    payload:
      "00020101021138500010A000000727012200069704160108123456780206QRCASH5204601153037045802VN5912NGUYEN VAN A6006HA NOI6237052120190109155714228384707080000111163049CE4",
    fields: {
      initiation: "static",
      bankBin: "970416",
      accountNumber: "12345678",
      service: "QRCASH",
      merchantCategoryCode: "6011",
      merchantName: "NGUYEN VAN A",
      merchantCity: "HA NOI",
      additionalData: CASH_LABELS,
    },
  },
  {
    name: "OWN-1 static, no amount",
    payload:
      "00020101021138570010A00000072701270006970436011300110019324180208QRIBFTTA53037045802VN6304E0BB",
    fields: { initiation: "static", ...VCB, service: "QRIBFTTA" },
  },
  {
    name: "OWN-2 dynamic 65000 with purpose",
    payload:
      "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA53037045405650005802VN62150811DH ORDER12363041520",
    fields: {
      initiation: "dynamic",
      ...VCB,
      service: "QRIBFTTA",
      amount: 65000,
      additionalData: ORDER,
    },
  },
  {
    name: "OWN-3 dynamic 1234567, no additional data",
    payload:
      "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA5303704540712345675802VN630421D9",
    fields: { initiation: "dynamic", ...VCB, service: "QRIBFTTA", amount: 1234567 },
  },
  {
    name: "OWN-4 static with amount and purpose",
    payload:
      "00020101021138570010A00000072701270006970436011300110019324180208QRIBFTTA53037045405650005802VN62150811DH ORDER1236304E274",
    fields: {
      initiation: "static",
      ...VCB,
      service: "QRIBFTTA",
      amount: 65000,
      additionalData: ORDER,
    },
  },
  {
    name: "OWN-5 dynamic 1234567 with purpose",
    payload:
      "00020101021238570010A00000072701270006970436011300110019324180208QRIBFTTA5303704540712345675802VN62150811DH ORDER123630456B6",
    fields: {
      initiation: "dynamic",
      ...VCB,
      service: "QRIBFTTA",
      amount: 1234567,
      additionalData: ORDER,
    },
  },
]
