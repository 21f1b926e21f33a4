import type { ReactNode } from "react"
import type { PlaceholderArt } from "@/lib/product-photo"

/**
 * Drawings for products without a photo, one per OCOP product group, on a
 * 160 × 100 canvas; colours come from globals.css (`.ph-<art>`).
 */
const ART: Record<PlaceholderArt, ReactNode> = {
  // a bowl of rice with chopsticks
  food: (
    <>
      <path className="ph-soft" d="M62 34c-6-6 6-10 0-16M80 34c-6-6 6-10 0-16M98 34c-6-6 6-10 0-16" fill="none" strokeWidth="3" strokeLinecap="round" />
      <path className="ph-line" d="M104 14l26 38M112 12l24 36" fill="none" strokeWidth="3.5" strokeLinecap="round" />
      <ellipse className="ph-light" cx="80" cy="52" rx="40" ry="8" />
      <path className="ph-accent" d="M40 52a40 30 0 0 0 80 0z" />
      <path className="ph-line" d="M68 86h24" fill="none" strokeWidth="4" strokeLinecap="round" />
    </>
  ),
  // a bottle and a tea cup
  beverage: (
    <>
      <path className="ph-accent" d="M50 14h14v12c9 5 12 12 12 20v40a4 4 0 0 1-4 4H42a4 4 0 0 1-4-4V46c0-8 3-15 12-20z" />
      <rect className="ph-light" x="44" y="52" width="26" height="18" rx="3" />
      <path className="ph-ink" d="M90 56h38l-5 26a5 5 0 0 1-5 4h-18a5 5 0 0 1-5-4z" />
      <path className="ph-soft" d="M100 46c-5-5 5-9 0-14M112 46c-5-5 5-9 0-14" fill="none" strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  // a sprig of medicinal leaves
  herbal: (
    <>
      <path className="ph-line" d="M80 94C80 70 84 42 98 12" fill="none" strokeWidth="3.5" strokeLinecap="round" />
      <ellipse className="ph-accent" cx="66" cy="72" rx="16" ry="7" transform="rotate(-30 66 72)" />
      <ellipse className="ph-accent" cx="96" cy="62" rx="16" ry="7" transform="rotate(-35 96 62)" />
      <ellipse className="ph-ink" cx="70" cy="46" rx="14" ry="6" transform="rotate(-50 70 46)" />
      <ellipse className="ph-ink" cx="104" cy="34" rx="13" ry="6" transform="rotate(-20 104 34)" />
      <ellipse className="ph-accent" cx="86" cy="22" rx="11" ry="5" transform="rotate(-70 86 22)" />
    </>
  ),
  // a band of Tày–Nùng brocade
  handicraft: (
    <>
      <rect className="ph-accent" x="16" y="22" width="128" height="58" rx="5" />
      <rect className="ph-light" x="16" y="28" width="128" height="3" />
      <rect className="ph-light" x="16" y="71" width="128" height="3" />
      {[34, 58, 82, 106, 130].map((x) => (
        <g key={x}>
          <path className="ph-light" d={`M${x} 37l10 14-10 14-10-14z`} />
          <path className="ph-ink" d={`M${x} 44l5 7-5 7-5-7z`} />
        </g>
      ))}
    </>
  ),
  // a potted peach-blossom branch
  ornamental: (
    <>
      <path className="ph-line" d="M80 78C78 60 70 46 56 32M77 58c9-10 19-17 31-30" fill="none" strokeWidth="3.5" strokeLinecap="round" />
      {[
        [56, 30],
        [68, 44],
        [108, 26],
        [96, 40],
        [86, 50],
      ].map(([cx, cy]) => (
        <g key={`${cx}-${cy}`}>
          <circle className="ph-accent" cx={cx} cy={cy} r="7" />
          <circle className="ph-light" cx={cx} cy={cy} r="2.5" />
        </g>
      ))}
      <path className="ph-ink" d="M60 76h40l-6 20H66z" />
    </>
  ),
  // Mẫu Sơn's peaks under the sun
  tourism: (
    <>
      <circle className="ph-accent" cx="118" cy="26" r="11" />
      <path className="ph-ink" d="M8 94l40-54 22 28 22-22 58 48z" />
      <path className="ph-light" d="M48 40l-9 12 6-2 3 4 3-4 6 2z" />
      <path className="ph-soft" d="M24 30h22M32 22h18" fill="none" strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  // the OCOP star
  other: (
    <>
      <circle className="ph-light" cx="80" cy="52" r="38" />
      <path className="ph-accent" d="M80 22l7.6 19.5 20.9 1.2-16.1 13.3 5.2 20.3L80 65l-17.6 11.3 5.2-20.3-16.1-13.3 20.9-1.2z" />
    </>
  ),
}

/**
 * The designed stand-in for a missing photo: the group's drawing with the
 * product's name (and group) written under it. Decorative: the name is the
 * page's or card's own text, so assistive technology skips it.
 */
export function ProductPlaceholder({ art, name, groupLabel }: { art: PlaceholderArt; name: string; groupLabel?: string | null }) {
  return (
    <span className={`thumb placeholder ph-${art}`} data-placeholder={art} aria-hidden="true">
      <svg viewBox="0 0 160 100" focusable="false" role="presentation">
        {ART[art]}
      </svg>
      <span className="ph-text">
        <span className="ph-name">{name}</span>
        {groupLabel ? <span className="ph-group">{groupLabel}</span> : null}
      </span>
    </span>
  )
}
