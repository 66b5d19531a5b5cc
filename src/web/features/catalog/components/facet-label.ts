import { i18n } from '../../../i18n';
import type { FacetBucket, FacetName } from '../api/catalog-types';

const tr = (key: string, fallback: string): string => (i18n.t as unknown as (k: string, o: { defaultValue: string }) => string)(key, { defaultValue: fallback });

/** The visible name of a facet value: names from the server for places and categories, translations for codes. */
export function facetLabel(facet: FacetName, bucket: Pick<FacetBucket, 'value' | 'label' | 'labelEn'>, language: string): string {
  switch (facet) {
    case 'agencyType':
      return tr(`agencyTypes:${bucket.value}`, bucket.value);
    case 'sdg':
      return `${bucket.value}. ${tr(`catalog:sdgs.${bucket.value}`, bucket.value)}`;
    case 'status':
      return tr(`catalog:status.${bucket.value}`, bucket.value);
    case 'award':
      return tr(`catalog:awards.${bucket.value}`, bucket.value);
    case 'maturity':
      return tr(`institutionalisation:stages.${bucket.value}`, bucket.value);
    case 'category':
      return language === 'en' && bucket.labelEn ? bucket.labelEn : bucket.label;
    default:
      return bucket.label;
  }
}

/** "Kehidupan Sehat dan Sejahtera" for 3, in the interface language. */
export const sdgName = (n: number): string => tr(`catalog:sdgs.${n}`, String(n));
