import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SEARCH_SORTS, type SearchSort } from '../../../../common/catalog';
import { FACET_NAMES, type FacetName, type SearchParams } from '../api/catalog-types';

/**
 * The catalog's whole search state lives in the URL (`/katalog?q=…&province=35,33&sort=…`),
 * so a search can be shared, bookmarked and walked back with the browser. Several values of one
 * facet are kept comma-separated, as the API takes them.
 */
export function useCatalogParams() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => {
    const sortParam = params.get('sort');
    const sort: SearchSort = (SEARCH_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as SearchSort) : 'relevance';
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    const selected = Object.fromEntries(FACET_NAMES.map((f) => [f, (params.get(f) ?? '').split(',').filter(Boolean)])) as Record<FacetName, string[]>;
    const search: SearchParams = { sort, page };
    const q = params.get('q')?.trim();
    if (q) search.q = q;
    for (const f of FACET_NAMES) if (selected[f].length) search[f] = selected[f].join(',');
    return { q: q ?? '', sort, page, selected, search };
  }, [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        change(next);
        return next;
      }),
    [setParams],
  );

  const toggle = useCallback(
    (facet: FacetName, value: string) =>
      update((next) => {
        const current = (next.get(facet) ?? '').split(',').filter(Boolean);
        const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        if (values.length) next.set(facet, values.join(','));
        else next.delete(facet);
        // A province change makes the chosen regencies meaningless.
        if (facet === 'province') next.delete('regency');
        next.delete('page');
      }),
    [update],
  );

  const setQuery = useCallback(
    (q: string) =>
      update((next) => {
        if (q.trim()) next.set('q', q.trim());
        else next.delete('q');
        next.delete('page');
      }),
    [update],
  );

  const setSort = useCallback(
    (sort: SearchSort) =>
      update((next) => {
        if (sort === 'relevance') next.delete('sort');
        else next.set('sort', sort);
        next.delete('page');
      }),
    [update],
  );

  const setPage = useCallback((page: number) => update((next) => (page > 1 ? next.set('page', String(page)) : next.delete('page'))), [update]);
  const clearFilters = useCallback(() => update((next) => FACET_NAMES.forEach((f) => next.delete(f))), [update]);

  return { ...state, toggle, setQuery, setSort, setPage, clearFilters };
}
