/**
 * Kinds of organisation (DOMAIN.md): central ministries (K) and agencies (L), regional
 * governments, state/region-owned firms, universities, private organisations, community groups.
 */
export const AGENCY_TYPES = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'bumn', 'bumd', 'perguruan_tinggi', 'swasta', 'komunitas'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

/** Types that govern a region and therefore must be linked to one. */
export const REGIONAL_AGENCY_TYPES: readonly AgencyType[] = ['provinsi', 'kabupaten', 'kota', 'bumd'];
