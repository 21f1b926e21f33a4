import type { PolicyTexts } from "./types"

/** English policy texts (the Vietnamese text prevails where they differ). */
export const en: PolicyTexts = {
  operator: {
    title: "Who operates this shop",
    summary:
      "The shop is operated by the trader named below, who sells the OCOP products of Lạng Sơn province made by the producers (cooperatives, enterprises and households) named on each product page.",
    sections: [
      {
        heading: "Producers",
        paragraphs: [
          "Each product page names its producer, the commune and district, and its OCOP certificate. A livestream page names who sells on it, with the identity check recorded by the operator.",
        ],
      },
    ],
  },
  terms: {
    title: "Terms of sale",
    summary: "These terms apply to orders placed on this website, at the tourism-market kiosks and in livestreams.",
    sections: [
      {
        heading: "Orders and prices",
        paragraphs: [
          "Prices are in Vietnamese đồng (VND) and include VAT. The price of an order is the one shown when it is placed; a livestream offer's price applies only to units held during the offer.",
          "An order is a contract between you and the operator once it is placed and confirmed on the order page. The operator may cancel an order it cannot fulfil (for example, sold out or an address it cannot deliver to) and then refunds anything paid.",
        ],
      },
      {
        heading: "Payment",
        paragraphs: [
          "Cash on delivery, VietQR bank transfer of the exact amount with the order reference, or an international card (processed by Stripe) where offered. A VAT e-invoice is issued on request with the company details entered at checkout.",
        ],
      },
      {
        heading: "Product information",
        paragraphs: [
          "OCOP stars, certificates, geographical indications, shelf life and storage are shown as recorded; values marked as illustrative or estimated are not official and the label on the package prevails.",
        ],
      },
    ],
  },
  returns: {
    title: "Returns and refunds",
    summary: "You can return goods that arrive damaged, spoiled, different from the order or not as described.",
    sections: [
      {
        heading: "How to return",
        paragraphs: [
          "Contact the operator (see “Who operates this shop”) with the order number and photos. Fresh and chilled products: within 24 hours of receipt; other products: within 7 days, unopened unless the fault shows only on opening.",
          "The operator tells you whether to send the goods back or keep them; return shipping for a fault is paid by the operator.",
        ],
      },
      {
        heading: "Refunds",
        paragraphs: [
          "A refund is made to the original method: card refunds through Stripe; cash-on-delivery and VietQR payments by bank transfer to the account you give. Refunds are made within 7 working days of the return being accepted and never exceed what was paid.",
        ],
      },
    ],
  },
  privacy: {
    title: "Privacy notice (personal data)",
    summary:
      "How the operator processes your personal data, under Decree 13/2023/NĐ-CP on personal data protection and the Law on Personal Data Protection. You agree to this notice when you register and when you place an order.",
    sections: [
      {
        heading: "What we collect",
        paragraphs: [
          "Account: e-mail, name, and a password stored only as a hash. Orders: name, phone, delivery address, e-mail, the products bought and the payment method; for a VAT invoice, the company name, tax code, address and e-mail. Livestreams: your display name and the chat messages you send. Technical: cookies that keep your cart, your sign-in and language, and your IP address, kept only in short-lived counters that limit abuse.",
          "Product views, searches and kiosk scans are counted without anything that identifies you. Card numbers go directly to Stripe and never reach this shop.",
        ],
      },
      {
        heading: "Why",
        paragraphs: [
          "To deliver and invoice your orders, to take payments, to answer your requests and complaints, to keep the accounts the law requires, and to protect the shop against fraud and abuse. Nothing is sold, and nothing is used for advertising.",
        ],
      },
      {
        heading: "Who receives it",
        paragraphs: [
          "The producer of the products you buy and the carrier (name, phone and address, to deliver); the payment provider (Stripe, for card payments, which may process data outside Viet Nam); tax authorities for invoices; nobody else unless the law requires it.",
        ],
      },
      {
        heading: "How long",
        paragraphs: [
          "Account data: until you delete your account. Orders and invoices: for the period the laws on accounting and tax require, then deleted; after an account is deleted they are kept without your name, e-mail, phone and street. Abuse-limit counters: minutes.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: [
          "You may be informed, give or withdraw consent, access and correct your data, ask for it to be deleted, restrict or object to processing, get a copy, complain to the operator or the competent authority, and claim damages.",
        ],
      },
      {
        heading: "How to delete your account and data",
        paragraphs: [
          "Signed in, open “Account” and choose “Delete my account and data”. This removes your login at once, deletes your saved addresses, and removes your name, e-mail and phone from your account and orders (orders stay, de-identified, for the accounts). You can also ask by e-mail to the operator.",
        ],
      },
    ],
  },
  shipping: {
    title: "Shipping and pickup",
    summary: "Delivery across Viet Nam from the Lạng Sơn warehouse, or pickup at a tourism-market kiosk.",
    sections: [
      {
        heading: "Delivery",
        paragraphs: [
          "Standard delivery takes up to 4 days. Checkout offers only the deliveries that arrive before a product's shelf life ends: fresh fruit with a short shelf life may be available for pickup only.",
        ],
      },
      {
        heading: "Pickup at a kiosk",
        paragraphs: [
          "Choose a kiosk (Kỳ Lừa night market, Đông Kinh market, Tân Thanh border market, Mẫu Sơn) at checkout and collect your order there; no address is needed. The shipping fee shown at checkout is part of the order's total.",
        ],
      },
    ],
  },
  complaints: {
    title: "Complaints",
    summary: "If something went wrong with an order, a product or your data, tell the operator.",
    sections: [
      {
        heading: "How to complain",
        paragraphs: [
          "Write to the operator's e-mail or call its phone (see “Who operates this shop”) with your order number and what happened. The operator confirms receipt within 2 working days and answers within 7 working days.",
          "If you are not satisfied, you may turn to the consumer-protection and personal-data-protection authorities, to mediation, or to a court, under the Law on Protection of Consumers' Rights 2023.",
        ],
      },
    ],
  },
}
