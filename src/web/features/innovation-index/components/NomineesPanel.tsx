import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { NOMINEES_DEFAULT_N, NOMINEES_MAX_N, type SendNomineesResult } from '../../../../common/index-nominees';
import { CLUSTERS, type Cluster } from '../../../../common/innovation-index';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { paths } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import { nomineesApi, useNominees, useSendNominees } from '../api/nominees-api';

const AWARD_CALL = 'award-call';

/**
 * The "Nominees" step of a published year (index staff): per cluster the top N by verified score
 * (ties at the cut all listed), what was already sent, and — for the index admin — sending them
 * to a competition's panel round (the year's award call by default) after a confirmation.
 */
export function NomineesPanel({ year, mayPublishSend }: { year: number; mayPublishSend: boolean }) {
  const { t } = useTranslation('innovationIndex');
  const format = useFormat();
  const [cluster, setCluster] = useState<Cluster>('provinsi');
  const [n, setN] = useState(NOMINEES_DEFAULT_N);
  const [target, setTarget] = useState<string>(AWARD_CALL);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<SendNomineesResult | null>(null);
  const nominees = useNominees(year, n, cluster, true);
  const send = useSendNominees(year);
  const data = nominees.data;
  const list = data?.clusters[0];
  const unsent = list?.items.filter((i) => !i.sent && i.agencyId).length ?? 0;
  const awardLabel = data?.awardCall ? data.awardCall.name : t('nominees.newAwardCall', { year });
  const targets = [
    { value: AWARD_CALL, label: awardLabel },
    ...(data?.competitions ?? []).filter((c) => c.id !== data?.awardCall?.id).map((c) => ({ value: c.id, label: c.name })),
  ];
  const roundLink = (competitionId: string) => `${paths.evaluationAdmin}?kompetisi=${competitionId}`;

  return (
    <Card withBorder mt="xl" component="section" aria-labelledby="nominees-title">
      <Title order={2} size="h3" id="nominees-title">
        {t('nominees.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('nominees.intro')}
      </Text>
      {nominees.isError ? (
        <ErrorAlert error={nominees.error} />
      ) : (
        <Stack>
          <Group align="end" wrap="wrap">
            <Select
              label={t('cluster')}
              value={cluster}
              onChange={(v) => v && setCluster(v as Cluster)}
              allowDeselect={false}
              data={CLUSTERS.map((c) => ({ value: c, label: t(`clusters.${c}`) }))}
              w={220}
            />
            <NumberInput label={t('nominees.n')} value={n} min={1} max={NOMINEES_MAX_N} onChange={(v) => setN(Math.min(NOMINEES_MAX_N, Math.max(1, Number(v) || 1)))} w={120} />
            {mayPublishSend && <Select label={t('nominees.target')} value={target} onChange={(v) => v && setTarget(v)} allowDeselect={false} data={targets} w={300} />}
          </Group>
          {list?.tiedAtCut && (
            <Alert color="yellow" title={t('nominees.tiedTitle')}>
              {t('nominees.tiedBody', { n, count: list.items.length })}
            </Alert>
          )}
          {list && list.items.length === 0 ? (
            <Text c="dimmed">{t('nominees.none')}</Text>
          ) : (
            // Focusable, so a keyboard can scroll it when a phone is too narrow for the table.
            <div tabIndex={0} role="region" aria-label={t('nominees.tableLabel')} style={{ overflowX: 'auto' }}>
              <Table striped aria-label={t('nominees.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rank')}</Table.Th>
                    <Table.Th>{t('region')}</Table.Th>
                    <Table.Th>{t('iid')}</Table.Th>
                    <Table.Th>{t('predicate')}</Table.Th>
                    <Table.Th>{t('status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(list?.items ?? []).map((i) => (
                    <Table.Tr key={i.regionCode}>
                      <Table.Td>
                        {i.rank}
                        {i.tied && (
                          <Badge ml={4} size="sm" color="dark" variant="outline">
                            {t('nominees.tied')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.regionName}</Table.Td>
                      <Table.Td>{format.number(i.verifiedIid, 2)}</Table.Td>
                      <Table.Td>{t(`predicates.${i.predicate}`)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {i.sent ? (
                          <Text size="sm">{t('nominees.sentTo', { number: i.sent.proposalNumber ?? '', competition: i.sent.competitionName })}</Text>
                        ) : i.agencyId ? (
                          <Text size="sm">{t('nominees.notSent')}</Text>
                        ) : (
                          <Text size="sm">{t('nominees.noAgency')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <Group>
            {mayPublishSend && (
              <Button onClick={() => setConfirming(true)} disabled={unsent === 0}>
                {t('nominees.send', { count: unsent })}
              </Button>
            )}
            <Button component="a" href={nomineesApi.xlsx(year, n)} variant="light">
              {t('nominees.downloadXlsx')}
            </Button>
          </Group>
          {sent && (
            <Alert color="teal" variant="light" role="status" title={t('nominees.doneTitle')}>
              <Text size="sm">{t('nominees.done', { created: sent.created, already: sent.alreadySent, competition: sent.competition.name })}</Text>
              <Anchor component={Link} to={roundLink(sent.competition.id)}>
                {t('nominees.openRound')}
              </Anchor>
            </Alert>
          )}
          {!sent && list?.items.find((i) => i.sent) && (
            <Anchor component={Link} to={roundLink(list.items.find((i) => i.sent)!.sent!.competitionId)}>
              {t('nominees.openRound')}
            </Anchor>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('nominees.confirmTitle')}
        body={t('nominees.confirmBody', { count: unsent, cluster: t(`clusters.${cluster}`), competition: targets.find((x) => x.value === target)?.label ?? '' })}
        confirmLabel={t('nominees.confirm')}
        busy={send.isPending}
        error={send.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          send.mutate(
            { cluster, n, competitionId: target === AWARD_CALL ? null : target },
            {
              onSuccess: (result) => {
                setSent(result);
                setConfirming(false);
              },
            },
          )
        }
      />
    </Card>
  );
}
