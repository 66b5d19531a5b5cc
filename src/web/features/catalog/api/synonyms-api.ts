import { api } from '../../../api/client';

/** A group of equivalent search terms (GET/POST/PUT/DELETE /api/search-synonyms). */
export interface SynonymGroup {
  id: number;
  terms: string[];
  note: string;
  updatedAt: string;
  updatedBy: string | null;
}

export const listSynonymGroups = async () => (await api.get<{ items: SynonymGroup[] }>('/api/search-synonyms')).items;
export const createSynonymGroup = (body: { terms: string[]; note: string }) => api.post<SynonymGroup>('/api/search-synonyms', body);
export const updateSynonymGroup = (id: number, body: { terms: string[]; note: string }) => api.put<SynonymGroup>(`/api/search-synonyms/${id}`, body);
export const deleteSynonymGroup = (id: number) => api.delete<null>(`/api/search-synonyms/${id}`);
