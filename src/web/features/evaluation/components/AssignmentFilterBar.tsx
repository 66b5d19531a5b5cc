import { Checkbox, Group, NativeSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';
import { SHEET_STATUSES } from '../../../../common/evaluation';
import { knownValue } from '../../../utils/known-value';
import type { AssignmentFilters, Round } from '../api/evaluation-api';

/** What an operator narrows the assignment table by: number/title, evaluator, review state, gaps. */
export function AssignmentFilterBar({
  round,
  filters,
  onChange,
}: {
  round: Round;
  filters: AssignmentFilters;
  onChange: <K extends keyof AssignmentFilters>(name: K, value: AssignmentFilters[K]) => void;
}) {
  const { t } = useTranslation('evaluation');
  return (
    <Group align="flex-end" gap="md">
      <SearchField
        label={t('assign.filters.search')}
        placeholder={t('assign.filters.searchPlaceholder')}
        value={filters.q ?? ''}
        onSearch={(value) => onChange('q', value || undefined)}
      />
      <Select
        label={t('assign.filters.evaluator')}
        placeholder={t('assign.filters.anyEvaluator')}
        data={round.pool.map((m) => ({ value: m.userId, label: m.name }))}
        value={filters.evaluatorId || null}
        onChange={(value) => onChange('evaluatorId', value ?? undefined)}
        searchable
        clearable
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('assign.filters.status')}
        value={filters.status ?? ''}
        onChange={(event) => onChange('status', knownValue(SHEET_STATUSES, event.currentTarget.value))}
        data={[{ value: '', label: t('assign.filters.anyStatus') }, ...SHEET_STATUSES.map((value) => ({ value, label: t(`sheetStatus.${value}`) }))]}
        style={{ flex: '1 1 10rem' }}
      />
      <Checkbox
        label={t('assign.filters.missingOnly')}
        checked={filters.missing === 'true'}
        onChange={(event) => onChange('missing', event.currentTarget.checked ? 'true' : undefined)}
        mb={8}
      />
    </Group>
  );
}
