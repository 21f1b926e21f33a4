/**
 * The explicit consent to personal-data processing (Decree 13/2023): an
 * unticked, required checkbox whose label links to the privacy notice.
 * `template` holds "{link}" where the link goes.
 */
export function ConsentCheckbox({
  id,
  template,
  linkText,
  href,
  defaultChecked = false,
}: {
  id: string
  template: string
  linkText: string
  href: string
  defaultChecked?: boolean
}) {
  const [before, after = ""] = template.split("{link}")
  return (
    <p className="consent">
      <input id={id} name="personal_data_consent" type="checkbox" required defaultChecked={defaultChecked} data-testid={id} />
      <label htmlFor={id}>
        {before}
        <a href={href} data-testid={`${id}-link`}>
          {linkText}
        </a>
        {after}
      </label>
    </p>
  )
}
