import { ActionIcon, Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BUDGET_LINE_SOURCES,
  type InstitutionalisationDocumentSection,
  type InstitutionalisationSection,
  type InstitutionalisationView,
  LEGAL_BASIS_KINDS,
  PLAN_KINDS,
} from '../../../../common/institutionalisation';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../utils/use-format';
import { useInstitutionalisation, useRecordChange } from '../api/institutionalisation-api';
import { DocumentCell, type DocumentFile } from './DocumentCell';
import { MaturityBadge } from './MaturityBadges';

type Field = { key: string; kind: 'text' | 'number' | 'date' | 'select'; options?: readonly string[]; optionKey?: string; required?: boolean };

const FORMS: Record<InstitutionalisationSection, Field[]> = {
  'legal-bases': [
    { key: 'kind', kind: 'select', options: LEGAL_BASIS_KINDS, optionKey: 'record.kinds' },
    { key: 'number', kind: 'text', required: true },
    { key: 'issuedOn', kind: 'date', required: true },
    { key: 'title', kind: 'text' },
  ],
  'budget-lines': [
    { key: 'fiscalYear', kind: 'number', required: true },
    { key: 'source', kind: 'select', options: BUDGET_LINE_SOURCES, optionKey: 'record.sources' },
    { key: 'amount', kind: 'number', required: true },
    { key: 'programme', kind: 'text', required: true },
  ],
  plans: [
    { key: 'plan', kind: 'select', options: PLAN_KINDS, optionKey: 'record.planKinds' },
    { key: 'year', kind: 'number', required: true },
    { key: 'document', kind: 'text' },
  ],
  targets: [
    { key: 'indicator', kind: 'text', required: true },
    { key: 'unit', kind: 'text' },
    { key: 'year', kind: 'number', required: true },
    { key: 'baseline', kind: 'number' },
    { key: 'target', kind: 'number', required: true },
    { key: 'realisation', kind: 'number' },
  ],
};

const TITLES: Record<InstitutionalisationSection, 'legalBases' | 'budgetLines' | 'plans' | 'targets'> = {
  'legal-bases': 'legalBases',
  'budget-lines': 'budgetLines',
  plans: 'plans',
  targets: 'targets',
};

function AddForm({ section, innovationId }: { section: InstitutionalisationSection; innovationId: string }) {
  const { t } = useTranslation('institutionalisation');
  const change = useRecordChange(innovationId);
  const fields = FORMS[section];
  const [values, setValues] = useState<Record<string, string | number>>(() => Object.fromEntries(fields.filter((f) => f.options).map((f) => [f.key, f.options![0]!])));
  const submit = () => {
    const body = Object.fromEntries(
      fields.filter((f) => values[f.key] !== undefined && values[f.key] !== '').map((f) => [f.key, f.kind === 'number' ? Number(values[f.key]) : values[f.key]]),
    );
    change.mutate({ section, body }, { onSuccess: () => setValues(Object.fromEntries(fields.filter((f) => f.options).map((f) => [f.key, f.options![0]!]))) });
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        {fields.map((f) => {
          const label = t(`record.fields.${f.key}` as 'record.fields.kind');
          const value = values[f.key];
          if (f.kind === 'select') {
            return (
              <NativeSelect
                key={f.key}
                label={label}
                value={String(value ?? '')}
                data={f.options!.map((o) => ({ value: o, label: t(`${f.optionKey}.${o}` as 'record.kinds.sop') }))}
                onChange={(e) => setValues({ ...values, [f.key]: e.currentTarget.value })}
              />
            );
          }
          if (f.kind === 'number') {
            return (
              <NumberInput
                key={f.key}
                label={label}
                required={f.required}
                value={value ?? ''}
                thousandSeparator={f.key === 'amount' ? '.' : undefined}
                decimalSeparator={f.key === 'amount' ? ',' : undefined}
                onChange={(v) => setValues({ ...values, [f.key]: v })}
                w={f.key === 'amount' ? 200 : 130}
              />
            );
          }
          return (
            <TextInput
              key={f.key}
              type={f.kind === 'date' ? 'date' : 'text'}
              label={label}
              required={f.required}
              value={String(value ?? '')}
              onChange={(e) => setValues({ ...values, [f.key]: e.currentTarget.value })}
            />
          );
        })}
        <Button onClick={submit} loading={change.isPending}>
          {t('record.add')}
        </Button>
      </Group>
      {change.isError ? <ErrorAlert error={change.error} /> : null}
    </Stack>
  );
}

type Row = { id: string; text: string; file?: DocumentFile | null };

function rowsOf(section: InstitutionalisationSection, view: InstitutionalisationView, t: (k: string) => string, f: ReturnType<typeof useFormat>): Row[] {
  if (section === 'legal-bases')
    return view.legalBases.map((b) => ({
      id: b.id,
      text: `${t(`record.kinds.${b.kind}`)} No. ${b.number} · ${f.date(b.issuedOn)}${b.title ? ` · ${b.title}` : ''}`,
      file: b.document,
    }));
  if (section === 'budget-lines')
    return view.budgetLines.map((b) => ({ id: b.id, text: `${b.fiscalYear} · ${t(`record.sources.${b.source}`)} · Rp ${f.number(b.amount)} · ${b.programme}` }));
  if (section === 'plans') return view.plans.map((p) => ({ id: p.id, text: `${t(`record.planKinds.${p.plan}`)} ${p.year}${p.document ? ` · ${p.document}` : ''}`, file: p.file }));
  return view.targets.map((g) => ({
    id: g.id,
    text: `${g.indicator} ${g.year}: ${t('record.fields.target')} ${f.number(g.target)}${g.unit ? ` ${g.unit}` : ''}${g.realisation !== null ? ` · ${t('record.fields.realisation')} ${f.number(g.realisation)}` : ''}`,
  }));
}

/** The institutionalisation tab of an innovation: for its agency's staff (edit) and the ministry (read). */
export function InstitutionalisationPanel({ innovationId, agencyId }: { innovationId: string; agencyId: string }) {
  const { t, i18n } = useTranslation('institutionalisation');
  const { user } = useAuth();
  const f = useFormat();
  const mayRead = user?.role === 'ministry_admin' || ((user?.role === 'agency_admin' || user?.role === 'agency_operator') && user.agencyId === agencyId);
  const record = useInstitutionalisation(innovationId, mayRead);
  const change = useRecordChange(innovationId);
  if (!mayRead) return null;
  if (record.isError) return <ErrorAlert error={record.error} />;
  if (!record.data) return null;
  const view = record.data;
  const tr = t as unknown as (k: string) => string;
  return (
    <Paper withBorder p="md" radius="md" mt="lg" component="section" aria-labelledby="institutionalisation-title">
      <Title order={2} size="h3" id="institutionalisation-title">
        {t('record.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('record.intro')}
      </Text>
      <Group gap="xs" mb="md" wrap="wrap">
        <MaturityBadge stage={view.maturity.stage} />
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {i18n.language === 'en' ? view.maturity.reason.en : view.maturity.reason.id}
        </Text>
      </Group>
      {(Object.keys(FORMS) as InstitutionalisationSection[]).map((section) => {
        const rows = rowsOf(section, view, tr, f);
        return (
          <Stack key={section} gap="xs" mb="md">
            <Title order={3} size="h5">
              {t(`record.${TITLES[section]}`)}
            </Title>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('record.none')}
              </Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {r.text}
                        {r.file !== undefined ? (
                          <DocumentCell
                            innovationId={innovationId}
                            section={section as InstitutionalisationDocumentSection}
                            itemId={r.id}
                            entry={r.text}
                            file={r.file}
                            canEdit={view.can.edit}
                          />
                        ) : null}
                      </Table.Td>
                      {view.can.edit ? (
                        <Table.Td w={40}>
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('record.removeLabel', { name: r.text })}
                            onClick={() => change.mutate({ section, removeId: r.id })}
                          >
                            ×
                          </ActionIcon>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {view.can.edit ? <AddForm section={section} innovationId={innovationId} /> : null}
          </Stack>
        );
      })}
      {change.isError ? <ErrorAlert error={change.error} /> : null}
    </Paper>
  );
}
