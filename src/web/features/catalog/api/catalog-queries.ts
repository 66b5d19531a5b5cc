import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  confirmStatus,
  createInnovation,
  deleteInnovation,
  fetchCategories,
  fetchHistory,
  fetchInnovation,
  fetchReminders,
  fetchWorkspace,
  removeDocument,
  searchCatalog,
  type Transition,
  transition,
  updateInnovation,
  uploadDocument,
} from './catalog-api';
import type { InnovationChange, InnovationView, SearchParams, StatusConfirmation, WorkspaceQuery } from './catalog-types';

export const CATALOG_KEY = ['catalog'] as const;
const innovationKey = (id: string) => [...CATALOG_KEY, 'innovation', id] as const;

export function useCatalogSearch(params: SearchParams) {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'search', params],
    queryFn: ({ signal }) => searchCatalog(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInnovation(id: string | undefined) {
  return useQuery({ queryKey: innovationKey(id ?? ''), queryFn: ({ signal }) => fetchInnovation(id!, signal), enabled: Boolean(id) });
}

export function useHistory(id: string) {
  return useQuery({ queryKey: [...innovationKey(id), 'history'], queryFn: ({ signal }) => fetchHistory(id, signal) });
}

export function useCategories(all = false) {
  return useQuery({ queryKey: [...CATALOG_KEY, 'categories', all], queryFn: ({ signal }) => fetchCategories(signal, all), select: (d) => d.items, staleTime: 5 * 60_000 });
}

export function useWorkspace(query: Omit<WorkspaceQuery, 'pageSize'>) {
  return useQuery({
    queryKey: [...CATALOG_KEY, 'workspace', query],
    queryFn: ({ signal }) => fetchWorkspace({ ...query, pageSize: 25 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReminders(enabled: boolean) {
  return useQuery({ queryKey: [...CATALOG_KEY, 'reminders'], queryFn: ({ signal }) => fetchReminders(signal), enabled });
}

/** After any change the record, lists and searches are stale. */
function useRefresh() {
  const client = useQueryClient();
  return (view?: InnovationView) => {
    if (view) client.setQueryData(innovationKey(view.id), view);
    return client.invalidateQueries({ queryKey: CATALOG_KEY });
  };
}

export function useCreateInnovation() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createInnovation, onSuccess: (result) => refresh(result.innovation) });
}

export function useUpdateInnovation(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: InnovationChange) => updateInnovation(id, input), onSuccess: (view) => refresh(view) });
}

export function useTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ action, note }: { action: Transition; note?: string }) => transition(id, action, note), onSuccess: (view) => refresh(view) });
}

export function useConfirmStatus(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: StatusConfirmation) => confirmStatus(id, body), onSuccess: (view) => refresh(view) });
}

export function useDeleteInnovation(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => deleteInnovation(id), onSuccess: () => refresh() });
}

export function useDocumentChange(id: string) {
  const refresh = useRefresh();
  return {
    upload: useMutation({ mutationFn: (file: File) => uploadDocument(id, file), onSuccess: (view) => refresh(view) }),
    remove: useMutation({ mutationFn: (documentId: string) => removeDocument(id, documentId), onSuccess: (view) => refresh(view) }),
  };
}
