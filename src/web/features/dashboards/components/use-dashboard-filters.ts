import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DashboardFilters } from '../../../../common/dashboards';

/** The dashboard's filters live in the URL (`/statistik?year=2020&province=35`), so a view can be shared. */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<DashboardFilters>(() => {
    const year = Number.parseInt(params.get('year') ?? '', 10);
    const province = params.get('province') ?? '';
    return {
      ...(Number.isInteger(year) && year >= 1945 && year <= 2100 ? { year } : {}),
      ...(/^\d{2}$/.test(province) ? { province } : {}),
    };
  }, [params]);
  const set = useCallback(
    (key: 'year' | 'province', value: string) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );
  return { filters, set };
}
