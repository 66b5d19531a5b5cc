import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dayInZone, TIME_ZONES } from '../../../../common/competitions';
import type { EventSummary } from '../../../../common/events';
import { localeOf } from '../../../../common/format';
import { eventPath } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import { eventsByDay, monthWeeks, shiftMonth } from '../../../../common/event-calendar';

const MONDAY = new Date('2024-01-01T00:00:00Z'); // a Monday

/**
 * The events calendar's month view: a grid of weeks × 7 days (Monday first) with each event on
 * its days in the viewer's zone (WIB/WITA/WIT shown with its time), today marked, previous/next
 * month. Below the `sm` breakpoint (phones, 360 px) the grid gives way to an agenda list of the
 * month's days that have events. Everything is reached with Tab: the month buttons and the
 * events' links.
 */
export function EventsMonth({ events, month, onMonth }: { events: readonly EventSummary[]; month: string; onMonth: (month: string) => void }) {
  const { t } = useTranslation('events');
  const f = useFormat();
  const locale = localeOf(f.language);
  const zone = f.zone;
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const byDay = useMemo(() => eventsByDay(events, zone), [events, zone]);
  const today = f.today();
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const weekday = (k: number, width: 'short' | 'long') => new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(MONDAY.getTime() + k * 86_400_000));
  const fullDate = (date: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const at = (e: EventSummary) => f.time(e.startsAt); // "09.00 WIB": the time carries its zone code
  const monthDays = weeks.flat().filter((d) => d.inMonth && byDay.has(d.date));
  const headingId = `events-month-${month}`;

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={headingId} aria-live="polite">
          {title}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(month, -1))}>
            {t('month.previous')}
          </Button>
          <Button variant="default" size="xs" onClick={() => onMonth(today.slice(0, 7))} disabled={today.startsWith(month)}>
            {t('month.thisMonth')}
          </Button>
          <Button variant="default" size="xs" onClick={() => onMonth(shiftMonth(month, 1))}>
            {t('month.next')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" mb="sm">
        {t('month.zoneNote', { zone, iana: TIME_ZONES[zone].iana })}
      </Text>

      <Box visibleFrom="sm">
        <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}>
          <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t('month.caption', { month: title })}</caption>
          <thead>
            <tr>
              {[0, 1, 2, 3, 4, 5, 6].map((k) => (
                <th key={k} scope="col" style={{ padding: 4, textAlign: 'left' }}>
                  <abbr title={weekday(k, 'long')} style={{ textDecoration: 'none' }}>
                    {weekday(k, 'short')}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.date}>
                {week.map((d) => {
                  const isToday = d.date === today;
                  const dayEvents = d.inMonth ? (byDay.get(d.date) ?? []) : [];
                  return (
                    <td
                      key={d.date}
                      aria-current={isToday ? 'date' : undefined}
                      style={{
                        verticalAlign: 'top',
                        height: 96,
                        padding: 4,
                        border: '1px solid var(--mantine-color-gray-4)',
                        background: isToday ? 'var(--mantine-color-blue-0)' : d.inMonth ? undefined : 'var(--mantine-color-gray-1)',
                      }}
                    >
                      <Group gap={4} wrap="nowrap" mb={2}>
                        <Text size="sm" fw={isToday ? 700 : 400} c={d.inMonth ? undefined : 'gray.7'}>
                          <span aria-hidden="true">{Number(d.date.slice(8))}</span>
                          <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{fullDate(d.date)}</span>
                        </Text>
                        {isToday ? (
                          <Badge size="xs" color="blue.9" tt="none">
                            {t('month.today')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Stack gap={2}>
                        {dayEvents.map((e) => (
                          <Anchor
                            key={e.id}
                            component={Link}
                            to={eventPath(e.id)}
                            size="xs"
                            style={{ overflowWrap: 'anywhere', textDecoration: e.cancelled ? 'line-through' : undefined }}
                          >
                            {d.date === dayInZone(new Date(e.startsAt), zone) ? `${at(e)} · ` : ''}
                            {e.title}
                          </Anchor>
                        ))}
                      </Stack>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>

      <Stack hiddenFrom="sm" gap="sm">
        {monthDays.length === 0 ? <Text>{t('month.empty')}</Text> : null}
        {monthDays.map((d) => (
          <Paper key={d.date} withBorder p="sm" radius="md" aria-current={d.date === today ? 'date' : undefined} bg={d.date === today ? 'blue.0' : undefined}>
            <Group gap={6} mb={4}>
              <Title order={3} size="h5">
                {fullDate(d.date)}
              </Title>
              {d.date === today ? (
                <Badge size="xs" color="blue.9" tt="none">
                  {t('month.today')}
                </Badge>
              ) : null}
            </Group>
            <Stack gap={4}>
              {byDay.get(d.date)!.map((e) => (
                <Text key={e.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {d.date === dayInZone(new Date(e.startsAt), zone) ? `${at(e)} · ` : ''}
                  <Anchor component={Link} to={eventPath(e.id)} style={{ textDecoration: e.cancelled ? 'line-through' : undefined }}>
                    {e.title}
                  </Anchor>
                  {e.cancelled ? ` (${t('list.cancelled')})` : ''}
                </Text>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {monthDays.length === 0 ? (
        <Text visibleFrom="sm" mt="sm">
          {t('month.empty')}
        </Text>
      ) : null}
    </section>
  );
}
