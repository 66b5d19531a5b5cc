import { Anchor, Button, Container, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { EVENT_KINDS, EVENT_MODES, type EventSummary } from '../../../../common/events';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { paths } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import { TimeZoneSelect } from '../../competitions/components/TimeZoneSelect';
import { useHubs } from '../../replication/api/replication-api';
import { type EventsChoice, useEvents, useMonthEvents } from '../api/events-api';
import { EventCard } from '../components/EventCard';
import { EventsMonth } from '../components/EventsMonth';
import { isMonth } from '../../../../common/event-calendar';

/** Groups events by the month they start in (in the visitor's zone), keeping the list's order. */
function byMonth(items: readonly EventSummary[], language: string, zone: string): [string, EventSummary[]][] {
  const fmt = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: zone });
  const groups = new Map<string, EventSummary[]>();
  for (const e of items) {
    const key = fmt.format(new Date(e.startsAt));
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()];
}

const ZONES: Record<string, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

/**
 * The public events page: upcoming and past events by month, or a month calendar grid
 * (`?tampilan=bulan&bulan=2026-12`, so the month can be linked), filters, the calendar feed.
 */
export function EventsPage() {
  const { t } = useTranslation('events');
  const f = useFormat();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const monthView = params.get('tampilan') === 'bulan';
  const month = isMonth(params.get('bulan')) ? params.get('bulan')! : f.today().slice(0, 7);
  const setView = (view: string) => setParams((p) => (view === 'bulan' ? { ...Object.fromEntries(p), tampilan: 'bulan' } : {}), { replace: true });
  const setMonth = (m: string) => setParams({ tampilan: 'bulan', bulan: m }, { replace: true });
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [kind, setKind] = useState<EventsChoice['kind'] | null>(null);
  const [mode, setMode] = useState<EventsChoice['mode'] | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const filter: EventsChoice = { kind: kind ?? undefined, mode: mode ?? undefined, province: province ?? undefined };
  // The month grid asks for its month's range (every page of it); the list for upcoming or past events.
  const monthList = useMonthEvents(month, f.zone, filter, monthView);
  const whenList = useEvents({ when, ...filter }, !monthView);
  const list = monthView ? monthList : whenList;
  const hubs = useHubs();
  const months = useMemo(() => byMonth(list.data?.items ?? [], f.language, ZONES[f.zone] ?? 'Asia/Jakarta'), [list.data, f.language, f.zone]);
  const organisers = [{ value: 'national', label: t('list.national') }, ...(hubs.data ?? []).map((h) => ({ value: h.province.code, label: h.name }))];
  const canCreate = user?.role === 'ministry_admin' || user?.role === 'hub_coordinator';
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <>
            <Anchor href="/api/events/calendar.ics">{t('list.feed')}</Anchor>
            {canCreate ? (
              <Button component={Link} to={paths.newEvent}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group mb="md" align="end" gap="sm">
        <Stack gap={2}>
          <Text size="sm" id="events-view-label">
            {t('list.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="events-view-label"
            value={monthView ? 'bulan' : 'daftar'}
            onChange={setView}
            data={[
              { value: 'daftar', label: t('list.viewList') },
              { value: 'bulan', label: t('list.viewMonth') },
            ]}
          />
        </Stack>
        {monthView ? <TimeZoneSelect /> : null}
        {monthView ? null : (
          <SegmentedControl
            value={when}
            onChange={(v) => setWhen(v as 'upcoming' | 'past')}
            data={[
              { value: 'upcoming', label: t('list.upcoming') },
              { value: 'past', label: t('list.past') },
            ]}
          />
        )}
        <Select
          label={t('list.kind')}
          placeholder={t('list.all')}
          clearable
          value={kind}
          onChange={setKind}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          w={180}
        />
        <Select
          label={t('list.mode')}
          placeholder={t('list.all')}
          clearable
          value={mode}
          onChange={setMode}
          data={EVENT_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          w={160}
        />
        <Select label={t('list.province')} placeholder={t('list.all')} clearable value={province} onChange={setProvince} data={organisers} w={240} />
      </Group>
      {list.isPending ? <PageLoader /> : null}
      <ErrorAlert error={list.error} />
      {list.data && monthView ? <EventsMonth events={list.data.items} month={month} onMonth={setMonth} /> : null}
      {list.data?.items.length === 0 && !monthView ? <Text>{t('list.empty')}</Text> : null}
      <Stack gap="lg">
        {(monthView ? [] : months).map(([month, items]) => (
          <section key={month} aria-label={month}>
            <Title order={2} size="h3" mb="sm">
              {month}
            </Title>
            <Stack gap="sm">
              {items.map((e) => (
                <EventCard key={e.id} event={e} />
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </Container>
  );
}
