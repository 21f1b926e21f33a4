import { findProducer, PRODUCERS } from "../data/lang-son-catalogue"
import type { CatalogueProducer, CatalogueProduct } from "../data/lang-son-catalogue"
import { MARKS, PLANTING_AREAS, STANDARDS } from "../data/lang-son-provenance"

/** The catalogue says "Chưa xác định" when no source names the district: store it as unknown. */
export const UNKNOWN_DISTRICT = "Chưa xác định"
export const districtOf = (p: CatalogueProducer) => (p.district === UNKNOWN_DISTRICT ? null : p.district)

/** iCheck's traceability page for Na Lạng Sơn (GI No. 00140), ocop-domain.md §2.2/§3.3. */
const NA_GI_TRACE_URL =
  "https://trace.icheck.vn/post/44-san-pham-qua-na-lang-son-da-duoc-cap-chi-dan-dia-ly-so-6-00140"
const TRACE_URL_BY_MARK: Record<string, string> = { "gi-na-lang-son": NA_GI_TRACE_URL }

export const producerRecords = () =>
  PRODUCERS.map((p) => ({
    handle: p.key,
    name: p.name,
    type: p.type,
    representative: p.representative ?? null,
    registration_number: p.registration_number ?? null,
    phone: p.phone ?? null,
    address: p.address ?? null,
    commune: p.commune ?? null,
    district: districtOf(p),
    district_inferred: p.district_inferred ?? false,
    placeholder: p.placeholder ?? false,
    story_vi: p.story_vi,
    story_en: p.story_en,
  }))

export const markRecords = () =>
  MARKS.map((m) => ({
    handle: m.key,
    kind: m.kind,
    name: m.name,
    registry_number: m.registry_number ?? null,
    decision: m.decision ?? null,
    holder: m.holder ?? null,
    protected_area: m.protected_area ?? null,
    year: m.year ?? null,
    source_url: m.source_url,
    note: m.note ?? null,
  }))

export const plantingAreaRecords = () =>
  PLANTING_AREAS.map((a) => ({
    code: a.code,
    kind: a.kind,
    area_ha: a.area_ha ?? null,
    location: a.location,
    crop: a.crop,
    illustrative: a.illustrative,
    note: a.note ?? null,
    source_url: a.source_url,
  }))

export const standardRecords = () =>
  STANDARDS.map((s) => ({
    handle: s.key,
    kind: s.kind,
    certificate_number: s.certificate_number ?? null,
    issuer: s.issuer ?? null,
    valid_until: s.valid_until ? new Date(s.valid_until) : null,
    scope: s.scope,
    illustrative: s.illustrative,
    source_url: s.source_url,
  }))

export type RecordIds = {
  producers: Map<string, string>
  marks: Map<string, string>
  planting_areas: Map<string, string>
  standards: Map<string, string>
}

/** A product's provenance record, with the ids of its producer, marks, codes and standards. */
export function provenanceRecord(item: CatalogueProduct, productId: string, ids: RecordIds) {
  const producer = findProducer(item.producer)
  const traceUrl = item.marks.map((k) => TRACE_URL_BY_MARK[k]).find(Boolean) ?? null
  return {
    product_id: productId,
    producer_id: producer ? ids.producers.get(producer.key) ?? null : null,
    season_months: item.season?.months ?? null,
    off_season_months: item.season?.off_season_months ?? null,
    season_uncertain: item.season?.uncertain ?? false,
    traceability_url: traceUrl,
    marks: item.marks.map((k) => ids.marks.get(k)!).filter(Boolean),
    planting_areas: (item.planting_areas ?? []).map((c) => ids.planting_areas.get(c)!).filter(Boolean),
    standards: (item.standards ?? []).map((k) => ids.standards.get(k)!).filter(Boolean),
  }
}
