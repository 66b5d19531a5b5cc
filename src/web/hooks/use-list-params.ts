import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * A list page's filters and page number, kept in the URL query so they survive reloads,
 * can be shared and follow the back button. Changing a filter goes back to page 1.
 */
export function useListParams<F extends string>(filterNames: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const page = parsePage(params.get('page'));
  const key = JSON.stringify(filterNames.map((name) => [name, params.get(name) ?? '']));
  // Memoised on `key` (the filter values as one string) so the object keeps its identity while
  // unrelated query parameters such as `page` change.
  const filters = useMemo(() => Object.fromEntries(JSON.parse(key) as [string, string][]), [key]) as Record<F, string>;

  const setFilter = useCallback(
    (name: F, value: string) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setPage = useCallback(
    (value: number) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (value > 1) next.set('page', String(value));
        else next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { page, filters, setFilter, setPage };
}
