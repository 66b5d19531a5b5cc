import { ActionIcon, Button, Container, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { TIME_ZONES } from '../../../../common/competitions';
import { EVENT_KINDS, EVENT_MODES, EVENT_ZONES, type EventView } from '../../../../common/events';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { manageEventPath } from '../../../routes/paths';
import { useHubs } from '../../replication/api/replication-api';
import { useEvent, useSaveEvent } from '../api/events-api';
import { type Picked, ShowcasePicker } from '../components/ShowcasePicker';

type Zone = (typeof EVENT_ZONES)[number];
/** "2030-03-10T09:00" (local time in the zone) ⇄ an instant with the zone's offset. */
const toInstant = (local: string, zone: Zone) => `${local}:00+0${TIME_ZONES[zone].offsetHours}:00`;
const toLocal = (iso: string, zone: Zone) => new Date(new Date(iso).getTime() + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString().slice(0, 16);

/** Create or edit an event: details, dates in the event's zone, capacity, agenda editor, showcased catalog records. */
export function EventFormPage() {
  const { id } = useParams();
  const existing = useEvent(id ?? '');
  if (id && existing.isPending) return <PageLoader />;
  if (id && !existing.data) return <ErrorAlert error={existing.error} />;
  return <EventForm initial={id ? existing.data! : null} />;
}

function EventForm({ initial }: { initial: EventView | null }) {
  const { t } = useTranslation('events');
  const { user } = useAuth();
  const navigate = useNavigate();
  const save = useSaveEvent(initial?.id ?? null);
  const hubs = useHubs();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState<string>(initial?.kind ?? 'workshop');
  const [mode, setMode] = useState<string>(initial?.mode ?? 'online');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [onlineUrl, setOnlineUrl] = useState(initial?.onlineUrl ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [zone, setZone] = useState<Zone>(initial?.timeZone ?? 'WIB');
  const [startsAt, setStartsAt] = useState(initial ? toLocal(initial.startsAt, initial.timeZone) : '');
  const [endsAt, setEndsAt] = useState(initial ? toLocal(initial.endsAt, initial.timeZone) : '');
  const [capacity, setCapacity] = useState<number | string>(initial?.capacity ?? 50);
  const [hubId, setHubId] = useState<string | null>(initial?.hub?.id ?? null);
  const [agenda, setAgenda] = useState(initial?.agenda ?? []);
  const [showcased, setShowcased] = useState<Picked[]>(initial?.showcased.map((s) => ({ id: s.innovationId, title: s.title })) ?? []);
  const myHubs = (hubs.data ?? []).filter((h) => user?.role === 'ministry_admin' || h.coordinators.some((c) => c.id === user?.id));
  // A coordinator's event belongs to one of its hubs: the first is chosen until they pick another.
  const hub = hubId ?? (!initial && user?.role === 'hub_coordinator' ? (myHubs[0]?.id ?? null) : null);

  const submit = () => {
    const body = {
      title,
      kind: kind as EventView['kind'],
      mode: mode as EventView['mode'],
      location: location.trim() || undefined,
      onlineUrl: onlineUrl.trim() || undefined,
      description,
      startsAt: startsAt ? toInstant(startsAt, zone) : '',
      endsAt: endsAt ? toInstant(endsAt, zone) : '',
      timeZone: zone,
      capacity: Number(capacity),
      agenda: agenda.filter((a) => a.time.trim() && a.title.trim()),
      showcased: showcased.map((s) => s.id),
      ...(initial ? {} : { hubId: hub ?? undefined, videos: [] }),
    };
    save.mutate(body, { onSuccess: (saved) => navigate(manageEventPath(saved.id)) });
  };

  return (
    <Container size="md" px={0}>
      <PageHeader title={initial ? t('form.editTitle') : t('form.newTitle')} />
      <Stack>
        <TextInput label={t('form.name')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Group grow align="start">
          <Select
            label={t('list.kind')}
            value={kind}
            onChange={(v) => v && setKind(v)}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            allowDeselect={false}
          />
          <Select
            label={t('list.mode')}
            value={mode}
            onChange={(v) => v && setMode(v)}
            data={EVENT_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
            allowDeselect={false}
          />
        </Group>
        {mode !== 'online' ? <TextInput label={t('form.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} /> : null}
        {mode !== 'onsite' ? <TextInput label={t('form.onlineUrl')} type="url" value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} /> : null}
        <Textarea label={t('form.description')} autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Group grow align="start">
          <Select label={t('form.timeZone')} value={zone} onChange={(v) => v && setZone(v as Zone)} data={[...EVENT_ZONES]} allowDeselect={false} />
          <NumberInput label={t('form.capacity')} min={1} max={100000} value={capacity} onChange={setCapacity} />
        </Group>
        <Group grow align="start">
          <TextInput label={t('form.startsAt')} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} />
          <TextInput label={t('form.endsAt')} type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.currentTarget.value)} />
        </Group>
        {!initial ? (
          <Select
            label={t('form.hub')}
            placeholder={t('form.noHub')}
            clearable={user?.role === 'ministry_admin'}
            value={hub}
            onChange={setHubId}
            data={myHubs.map((h) => ({ value: h.id, label: h.name }))}
          />
        ) : null}
        <Stack gap="xs">
          {agenda.map((a, i) => (
            <Group key={i} gap="xs" align="end" wrap="nowrap">
              <TextInput
                label={t('form.agendaTime')}
                w={90}
                value={a.time}
                onChange={(e) => setAgenda(agenda.map((x, j) => (j === i ? { ...x, time: e.currentTarget.value } : x)))}
              />
              <TextInput
                label={t('form.agendaTitle')}
                style={{ flex: 1 }}
                value={a.title}
                onChange={(e) => setAgenda(agenda.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))}
              />
              <ActionIcon
                variant="subtle"
                color="red.9"
                mb={4}
                aria-label={t('manage.remove', { title: a.title || a.time })}
                onClick={() => setAgenda(agenda.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button variant="default" onClick={() => setAgenda([...agenda, { time: '', title: '' }])} style={{ alignSelf: 'flex-start' }}>
            {t('form.addAgenda')}
          </Button>
        </Stack>
        <ShowcasePicker value={showcased} onChange={setShowcased} />
        <ErrorAlert error={save.error} />
        <Button onClick={submit} loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('form.save')}
        </Button>
      </Stack>
    </Container>
  );
}
