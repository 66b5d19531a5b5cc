import { api } from '../../../api/client';
import type { SynonymGroup, SynonymGroupInput } from './catalog-types';

export type { SynonymGroup } from './catalog-types';

/** Groups of equivalent search terms (GET/POST/PUT/DELETE /api/search-synonyms). */
export const listSynonymGroups = async () => (await api.get<{ items: SynonymGroup[] }>('/api/search-synonyms')).items;
export const createSynonymGroup = (body: SynonymGroupInput) => api.post<SynonymGroup>('/api/search-synonyms', body);
export const updateSynonymGroup = (id: number, body: SynonymGroupInput) => api.put<SynonymGroup>(`/api/search-synonyms/${id}`, body);
export const deleteSynonymGroup = (id: number) => api.delete<null>(`/api/search-synonyms/${id}`);
