import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TimeZoneCode } from '../../../../common/competitions';
import { monthRange } from '../../../../common/event-calendar';
import type { EventInput, EventSummary, EventUpdateInput, EventView, interestList, registrationList } from '../../../../common/events';
import { api, type QueryParams } from '../../../api/client';
import { ApiError } from '../../../api/api-error';
import { postFile } from '../../../api/upload';
import { everyPage, type NextPaged } from './every-page';

/** Fetchers and hooks of knowledge-sharing events (public pages, registration, organiser tools). */
const KEY = ['events'] as const;
const path = (id: string, rest = '') => `/api/events/${encodeURIComponent(id)}${rest}`;

export type EventsFilter = { when: 'upcoming' | 'past' | 'all'; kind?: string; mode?: string; province?: string };
export type RegistrationList = z.infer<typeof registrationList>;
export type InterestList = z.infer<typeof interestList>;

export function useEvents(filter: EventsFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) => api.get<{ items: EventSummary[] }>('/api/events', filter as QueryParams, signal),
  });
}

/**
 * Every event on in the calendar's month (in the viewer's zone): the server answers a range page
 * by page, so the month is read to its last page however many events it holds.
 */
export function useMonthEvents(month: string, zone: TimeZoneCode, filter: Omit<EventsFilter, 'when'>, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...KEY, 'month', month, zone, filter],
    queryFn: async ({ signal }) => ({
      items: await everyPage((page) => api.get<NextPaged<EventSummary>>('/api/events', { ...filter, when: 'all', ...monthRange(month, zone), page } as QueryParams, signal)),
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

export const useRegister = (id: string) => useEventMutation(() => api.post<{ status: string; position: number | null }>(path(id, '/registrations')));
export const useUnregister = (id: string) => useEventMutation(() => api.delete<EventView>(path(id, '/registrations')));
export const useInterest = (id: string) => useEventMutation((innovationId: string) => api.post<{ caseId: string | null }>(path(id, '/interests'), { innovationId }));
export const useCancelEvent = (id: string) => useEventMutation(() => api.post<EventView>(path(id, '/cancel')));
export const useAttendance = (id: string) => useEventMutation((body: { userIds: string[]; attended: boolean }) => api.post(path(id, '/attendance'), body));
export const useAddVideo = (id: string) => useEventMutation((body: { title: string; url: string }) => api.post<EventView>(path(id, '/videos'), body));
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
