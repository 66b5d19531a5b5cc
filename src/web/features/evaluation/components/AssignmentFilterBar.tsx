import { Checkbox, Group, NativeSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';
import type { AssignmentFilters, Round, SheetStatus } from '../api/evaluation-api';

const STATES: readonly SheetStatus[] = ['not_started', 'draft', 'submitted'];

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
      <SearchField label={t('assign.filters.search')} placeholder={t('assign.filters.searchPlaceholder')} value={filters.q} onSearch={(value) => onChange('q', value)} />
      <Select
        label={t('assign.filters.evaluator')}
        placeholder={t('assign.filters.anyEvaluator')}
        data={round.pool.map((m) => ({ value: m.userId, label: m.name }))}
        value={filters.evaluatorId || null}
        onChange={(value) => onChange('evaluatorId', value ?? '')}
        searchable
        clearable
        style={{ flex: '1 1 14rem' }}
      />
      <NativeSelect
        label={t('assign.filters.status')}
        value={filters.status}
        onChange={(event) => onChange('status', event.currentTarget.value as AssignmentFilters['status'])}
        data={[{ value: '', label: t('assign.filters.anyStatus') }, ...STATES.map((value) => ({ value, label: t(`sheetStatus.${value}`) }))]}
        style={{ flex: '1 1 10rem' }}
      />
      <Checkbox label={t('assign.filters.missingOnly')} checked={filters.missing} onChange={(event) => onChange('missing', event.currentTarget.checked)} mb={8} />
    </Group>
  );
}
