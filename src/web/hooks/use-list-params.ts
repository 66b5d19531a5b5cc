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
  const key = filterNames.map((name) => `${name}=${params.get(name) ?? ''}`).join('&');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures the filter values.
  const filters = useMemo(
    () => Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])),
    [key],
  ) as Record<F, string>;

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
