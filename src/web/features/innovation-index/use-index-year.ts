import { useSearchParams } from 'react-router-dom';

/** The index year a page works on: `?tahun=2027`, else the current 2026 model. */
export function useIndexYear(): number {
  const [params] = useSearchParams();
  const year = Number(params.get('tahun'));
  return Number.isInteger(year) && year >= 2015 && year <= 2100 ? year : 2026;
}
