import { Badge, Button, Group, NativeSelect, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoricalAgencyChoice, HistoricalImportReport } from '../../../../common/historical-import';

const CREATE = '__create__';

/** Step 3: confirm the organisations not found exactly, and decide the uncertain matches with records already there. */
export function AgencyStep(props: {
  report: HistoricalImportReport;
  choices: Record<string, HistoricalAgencyChoice>;
  onChoices: (choices: Record<string, HistoricalAgencyChoice>) => void;
  matches: Record<string, 'update' | 'new'>;
  onMatches: (matches: Record<string, 'update' | 'new'>) => void;
  onNext: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('historicalImport');
  const uncertain = props.report.matches.filter((m) => m.kind === 'uncertain');
  return (
    <Stack>
      <Text>{t('agencies.intro')}</Text>
      <Table.ScrollContainer minWidth={320}>
        <Table striped style={{ wordBreak: 'break-word' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agencies.written')}</Table.Th>
              <Table.Th>{t('agencies.rows')}</Table.Th>
              <Table.Th>{t('agencies.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.report.agencies.map((a) => {
              const choice = props.choices[a.key];
              const value = choice ? ('agencyId' in choice ? choice.agencyId : CREATE) : (a.agency?.id ?? '');
              const options = [
                ...(a.agency && !a.candidates.some((c) => c.agencyId === a.agency!.id) ? [{ value: a.agency.id, label: a.agency.name }] : []),
                ...a.candidates.map((c) => ({ value: c.agencyId, label: `${c.name} (${Math.round(c.score * 100)}%)` })),
                ...(a.type ? [{ value: CREATE, label: t('agencies.create', { name: a.name }) }] : []),
              ];
              return (
                <Table.Tr key={a.key}>
                  <Table.Td>
                    {a.name}{' '}
                    <Badge color={a.status === 'confirm' ? 'orange.9' : 'teal.9'} variant="light">
                      {a.status === 'confirm' ? t('agencies.confirm') : t('agencies.exact')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.rows.join(', ')}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`${t('agencies.choice')}: ${a.name}`}
                      data={[{ value: '', label: '—' }, ...options]}
                      value={value}
                      onChange={(e) => {
                        const next = { ...props.choices };
                        const v = e.currentTarget.value;
                        if (!v) delete next[a.key];
                        else next[a.key] = v === CREATE ? { create: true } : { agencyId: v };
                        props.onChoices(next);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {uncertain.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('agencies.matches')}
          </Title>
          {uncertain.map((m) => (
            <Radio.Group
              key={m.row}
              label={`${t('report.row')} ${m.row}: ${m.title}`}
              description={t('agencies.matchExisting', { title: m.existingTitle })}
              value={props.matches[String(m.row)] ?? ''}
              onChange={(v) => props.onMatches({ ...props.matches, [String(m.row)]: v as 'update' | 'new' })}
            >
              <Group mt={4}>
                <Radio value="update" label={t('agencies.update')} />
                <Radio value="new" label={t('agencies.asNew')} />
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      ) : null}
      <Group>
        <Button onClick={props.onNext} loading={props.busy}>
          {t('agencies.next')}
        </Button>
      </Group>
    </Stack>
  );
}
