import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import type { ModelIndicator, ReportRowView } from '../api/index-api';

interface Props {
  indicators: ModelIndicator[];
  rows: ReportRowView[];
  innovationId: string | null;
  editable: boolean;
  /** Replications the platform holds for this innovation (offered for the replication indicator). */
  replicationRegions?: number;
  onLevel: (indicatorCode: string, level: number, usePlatformFact?: boolean) => void;
  onLink: (rowId: string, evidenceType: string, url: string) => void;
  onAnswer: (rowId: string, answer: string) => void;
}

/** One aspect's indicators (SPD, or one innovation's SID): level, evidence, verification state, answer. */
export function IndicatorTable({ indicators, rows, innovationId, editable, replicationRegions, onLevel, onLink, onAnswer }: Props) {
  const { t } = useTranslation('innovationIndex');
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [links, setLinks] = useState<Record<string, string>>({});
  const rowOf = new Map(rows.filter((r) => r.innovationId === innovationId).map((r) => [r.indicatorCode, r]));
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicator')}</Table.Th>
            <Table.Th>{t('level')}</Table.Th>
            <Table.Th>{t('evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => {
            const row = rowOf.get(indicator.code);
            const answerable = row?.status === 'rejected' && !row.answer && !!row.answerDueAt;
            const canEdit = editable || answerable;
            const linkType = indicator.evidenceTypes.includes('tautan') ? 'tautan' : indicator.evidenceTypes[0]!;
            return (
              <Table.Tr key={indicator.code}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">
                    {indicator.no}. {indicator.name[lang]}{' '}
                    {indicator.mandatory && (
                      <Badge size="xs" color="red.9">
                        {t('mandatory')}
                      </Badge>
                    )}
                  </Text>
                  {row && row.status !== 'pending' && (
                    <Text size="xs" c={row.status === 'rejected' ? 'red.9' : 'dimmed'}>
                      {t(`rowStatuses.${row.status}`)}
                      {row.verifiedLevel && row.status === 'corrected' ? ` → ${row.verifiedLevel}` : ''}
                      {row.rejectReason ? `: ${row.rejectReason}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t('level')} ${indicator.no}`}
                    size="xs"
                    w={150}
                    disabled={!canEdit}
                    value={row ? String(row.claimedLevel) : null}
                    data={indicator.levels.map((l) => ({ value: String(l.level), label: `${l.level} · ${l.text[lang]}` }))}
                    onChange={(v) => v && onLevel(indicator.code, Number(v))}
                  />
                  {indicator.code === 'replikasi' && canEdit && (replicationRegions ?? 0) > 0 && (
                    <Button size="compact-xs" variant="subtle" mt={4} onClick={() => onLevel(indicator.code, Math.min(3, replicationRegions!), true)}>
                      {t('usePlatform', { n: replicationRegions })}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {row?.evidence.map((e) => (
                      <Text key={e.id} size="xs" style={{ overflowWrap: 'anywhere' }}>
                        {e.filename ?? e.url}
                      </Text>
                    ))}
                    {row && canEdit && (
                      <Group gap={4} wrap="nowrap">
                        <TextInput
                          size="xs"
                          aria-label={`${t('linkUrl')} ${indicator.no}`}
                          placeholder={t('linkUrl')}
                          value={links[row.id] ?? ''}
                          onChange={(e) => setLinks({ ...links, [row.id]: e.currentTarget.value })}
                        />
                        <Button size="compact-xs" onClick={() => onLink(row.id, linkType, links[row.id] ?? '')}>
                          {t('add')}
                        </Button>
                      </Group>
                    )}
                    {answerable && (
                      <Group gap={4} wrap="nowrap">
                        <TextInput
                          size="xs"
                          aria-label={`${t('answer')} ${indicator.no}`}
                          placeholder={t('answer')}
                          value={links[`a${row.id}`] ?? ''}
                          onChange={(e) => setLinks({ ...links, [`a${row.id}`]: e.currentTarget.value })}
                        />
                        <Button size="compact-xs" onClick={() => onAnswer(row.id, links[`a${row.id}`] ?? '')}>
                          {t('answer')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
