import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TimeZoneCode } from '../../../../common/competitions';
import { monthRange } from '../../../../common/event-calendar';
import type {
  attendanceBody,
  EventInput,
  eventList,
  eventsQuery,
  EventUpdateInput,
  EventView,
  interestBody,
  interestList,
  interestView,
  registrationList,
  registrationView,
  videoBody,
} from '../../../../common/events';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import { postFile } from '../../../api/upload';
import { everyPage } from './every-page';

/** Fetchers and hooks of knowledge-sharing events (public pages, registration, organiser tools). */
const KEY = ['events'] as const;
const path = (id: string, rest = '') => `/api/events/${encodeURIComponent(id)}${rest}`;

/** The list's query: the server's own (`when`, kind, mode, organiser; `from`/`to`/`page` for the calendar's month). */
export type EventsFilter = z.input<typeof eventsQuery>;
/** The filters the page offers, the same in the list and in the month grid. */
export type EventsChoice = Omit<EventsFilter, 'when' | 'from' | 'to' | 'page'>;
export type EventList = z.output<typeof eventList>;
export type RegistrationList = z.output<typeof registrationList>;
export type InterestList = z.output<typeof interestList>;
type Registration = z.output<typeof registrationView>;
type Interest = z.output<typeof interestView>;
type Attendance = z.input<typeof attendanceBody>;
type Video = z.input<typeof videoBody>;
type InterestRequest = z.input<typeof interestBody>;

export function useEvents(filter: EventsChoice & Pick<EventsFilter, 'when'>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) => api.get<EventList>('/api/events', filter, signal),
  });
}

/**
 * Every event on in the calendar's month (in the viewer's zone): the server answers a range page
 * by page, so the month is read to its last page however many events it holds.
 */
export function useMonthEvents(month: string, zone: TimeZoneCode, filter: EventsChoice, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'month', month, zone, filter],
    queryFn: async ({ signal }) => ({
      items: await everyPage((page) => api.get<EventList>('/api/events', { ...filter, when: 'all', ...monthRange(month, zone), page } satisfies EventsFilter, signal)),
    }),
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: [...KEY, 'one', id], queryFn: ({ signal }) => api.get<EventView>(path(id), undefined, signal) });
}

export function useRegistrations(id: string) {
  return useQuery({ queryKey: [...KEY, 'registrations', id], queryFn: ({ signal }) => api.get<RegistrationList>(path(id, '/registrations'), undefined, signal) });
}

export function useInterests(id: string) {
  return useQuery({ queryKey: [...KEY, 'interests', id], queryFn: ({ signal }) => api.get<InterestList>(path(id, '/interests'), undefined, signal) });
}

function useEventMutation<A>(fn: (a: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: KEY }) });
}

export const useRegister = (id: string) => useEventMutation(() => api.post<Registration>(path(id, '/registrations')));
export const useUnregister = (id: string) => useEventMutation(() => api.delete<EventView>(path(id, '/registrations')));
export const useInterest = (id: string) => useEventMutation((innovationId: string) => api.post<Interest>(path(id, '/interests'), { innovationId } satisfies InterestRequest));
export const useCancelEvent = (id: string) => useEventMutation(() => api.post<EventView>(path(id, '/cancel')));
export const useAttendance = (id: string) => useEventMutation((body: Attendance) => api.post(path(id, '/attendance'), body));
export const useAddVideo = (id: string) => useEventMutation((body: Video) => api.post<EventView>(path(id, '/videos'), body));
export const useRemoveMaterial = (id: string) => useEventMutation((materialId: string) => api.delete<EventView>(path(id, `/materials/${encodeURIComponent(materialId)}`)));
export const useUploadDocument = (id: string) =>
  useEventMutation(async ({ title, file }: { title: string; file: File }) => {
    const result = await postFile<EventView & { error?: { code: string; message: string } }>(`${path(id, '/materials')}?title=${encodeURIComponent(title)}`, file);
    if (result.status >= 400) throw new ApiError(result.body.error?.code ?? 'UPLOAD_FAILED', result.body.error?.message ?? String(result.status), result.status);
    return result.body;
  });

export function useSaveEvent(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EventInput | EventUpdateInput) => (id ? api.put<EventView>(path(id), body) : api.post<EventView>('/api/events', body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
