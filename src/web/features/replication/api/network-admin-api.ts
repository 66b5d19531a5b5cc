import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  activityBody,
  activityLogBody,
  appointMentorBody,
  coordinatorsBody,
  designateHubBody,
  memberBody,
  updateHubBody,
  updateMentorBody,
} from '../../../../common/replication';
import type { HubView, MentorView } from '../../../../common/replication-views';
import type { userView } from '../../../../common/users';
import { api } from '../../../api/client';
import type { Page } from '../../../api/pagination';

/** The ministry's management of the JIPP network: hubs by decree, coordinators, mentors. */
const KEY = ['replication'] as const;

/** Request bodies typed from the server's schemas (src/common/replication.ts). */
export type DesignateHub = z.input<typeof designateHubBody>;
export type HubDecreeChange = z.input<typeof updateHubBody>;
export type Coordinators = z.input<typeof coordinatorsBody>;
export type AppointMentor = z.input<typeof appointMentorBody>;
export type MentorChange = z.input<typeof updateMentorBody>;
export type NewHubMember = z.input<typeof memberBody>;
export type NewHubActivity = z.input<typeof activityBody>;
export type HubActivityEntry = z.input<typeof activityLogBody>;

/** Active accounts of one role (coordinators, mentors) for the pickers; the first 200 are enough for a picker. */
export function useAccountsOfRole(role: 'hub_coordinator' | 'mentor', enabled = true) {
  return useQuery({
    queryKey: ['users', 'role', role],
    queryFn: ({ signal }) => api.get<Page<Pick<z.output<typeof userView>, 'id' | 'name' | 'email'>>>('/api/users', { role, active: 'true', pageSize: 200 }, signal),
    select: (d) => d.items,
    enabled,
  });
}

function useNetworkMutation<T, R>(fn: (body: T) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: KEY }) });
}

export const useDesignateHub = () => useNetworkMutation((body: DesignateHub) => api.post<HubView>('/api/hubs', body));
export const useUpdateHub = () => useNetworkMutation(({ id, ...body }: HubDecreeChange & { id: string }) => api.patch<HubView>(`/api/hubs/${encodeURIComponent(id)}`, body));
export const useSetCoordinators = () =>
  useNetworkMutation(({ id, userIds }: Coordinators & { id: string }) => api.put<HubView>(`/api/hubs/${encodeURIComponent(id)}/coordinators`, { userIds }));
export const useAppointMentor = () => useNetworkMutation((body: AppointMentor) => api.post<MentorView>('/api/mentors', body));
export const useUpdateMentor = () => useNetworkMutation(({ id, ...body }: MentorChange & { id: string }) => api.patch<MentorView>(`/api/mentors/${encodeURIComponent(id)}`, body));
