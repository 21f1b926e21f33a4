import type { Metadata } from "next"
import { fmt } from "@/i18n"
import { ConsentCheckbox } from "@/components/consent-checkbox"
import { eraseAccount, register, signIn, signOut } from "@/lib/actions/account"
import { currentCustomer, customerOrders } from "@/lib/data/customer"
import { formatDate } from "@/lib/dates"
import { oneParam, pageLocale } from "@/lib/locale"
import { formatVnd } from "@/lib/money"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageLocale(params)
  return { title: t.account.title }
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, t } = await pageLocale(params)
  const sp = await searchParams
  const error = oneParam(sp.error)
  const customer = await currentCustomer()
  if (customer) {
    const orders = await customerOrders()
    return (
      <>
        <h1>{fmt(locale, t.account.hello, { name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email })}</h1>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="secondary">
            {t.account.signOut}
          </button>
        </form>
        <h2>{t.account.orders}</h2>
        {orders.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.order.number}</th>
                <th scope="col">{t.order.date}</th>
                <th scope="col">{t.order.status}</th>
                <th scope="col">{t.cart.total}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={`/${locale}/order/${o.id}`}>#{o.display_id}</a>
                  </td>
                  <td>{formatDate(o.created_at, locale)}</td>
                  <td>{o.status}</td>
                  <td className="price">{formatVnd(o.total, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t.account.noOrders}</p>
        )}
        <section aria-labelledby="h-erase" className="erase-account">
          <h2 id="h-erase">{t.policies.eraseTitle}</h2>
          {error === "erase" ? (
            <p className="error" role="alert">
              {t.site.error}
            </p>
          ) : null}
          <p>{t.policies.eraseText}</p>
          <form action={eraseAccount}>
            <input type="hidden" name="locale" value={locale} />
            <p className="consent">
              <input id="erase-confirm" name="confirm" type="checkbox" required data-testid="erase-confirm" />
              <label htmlFor="erase-confirm">{t.policies.eraseConfirm}</label>
            </p>
            <button type="submit" className="danger" data-testid="erase-account">
              {t.policies.eraseButton}
            </button>
          </form>
        </section>
      </>
    )
  }
  const message =
    error === "login"
      ? t.account.badLogin
      : error === "exists"
        ? t.account.exists
        : error === "register"
          ? t.site.error
          : error === "consent"
            ? t.policies.consentMissing
            : null
  return (
    <>
      <h1>{t.account.title}</h1>
      {oneParam(sp.erased) ? (
        <p className="notice" role="status" data-testid="erased">
          {t.policies.erased}
        </p>
      ) : null}
      {message ? (
        <p className="error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="checkout">
        <form action={signIn} aria-labelledby="h-signin">
          <h2 id="h-signin">{t.account.signIn}</h2>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="si-email">{t.account.email}</label>
          <input id="si-email" name="email" type="email" autoComplete="email" required />
          <label htmlFor="si-password">{t.account.password}</label>
          <input id="si-password" name="password" type="password" autoComplete="current-password" required />
          <p>
            <button type="submit">{t.account.signIn}</button>
          </p>
        </form>
        <form action={register} aria-labelledby="h-register">
          <h2 id="h-register">{t.account.register}</h2>
          <input type="hidden" name="locale" value={locale} />
          <div className="row">
            <div>
              <label htmlFor="r-last">{t.account.lastName}</label>
              <input id="r-last" name="last_name" autoComplete="family-name" />
            </div>
            <div>
              <label htmlFor="r-first">{t.account.firstName}</label>
              <input id="r-first" name="first_name" autoComplete="given-name" />
            </div>
          </div>
          <label htmlFor="r-email">{t.account.email}</label>
          <input id="r-email" name="email" type="email" autoComplete="email" required />
          <label htmlFor="r-password">{t.account.password}</label>
          <input id="r-password" name="password" type="password" autoComplete="new-password" minLength={8} required />
          <ConsentCheckbox
            id="register-consent"
            template={t.policies.consentRegister}
            linkText={t.policies.consentLink}
            href={`/${locale}/policies/privacy`}
          />
          <p>
            <button type="submit">{t.account.register}</button>
          </p>
        </form>
      </div>
    </>
  )
}
