import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Proposal, type ProposalListParams, proposalsApi, type SaveProposal, type StartProposal, uploadAttachment } from './proposals-api';

export const PROPOSALS_KEY = ['proposals'] as const;

export function useMyProposals(query: ProposalListParams) {
  return useQuery({ queryKey: [...PROPOSALS_KEY, 'list', query], queryFn: ({ signal }) => proposalsApi.list(query, signal) });
}

export function useProposal(id: string | undefined) {
  return useQuery({ queryKey: [...PROPOSALS_KEY, id], queryFn: ({ signal }) => proposalsApi.get(id!, signal), enabled: !!id });
}

export function useReceipt(id: string, enabled: boolean) {
  return useQuery({ queryKey: [...PROPOSALS_KEY, id, 'receipt'], queryFn: ({ signal }) => proposalsApi.receipt(id, signal), enabled });
}

function useProposalChange<V>(run: (vars: V) => Promise<Proposal>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (proposal) => {
      client.setQueryData([...PROPOSALS_KEY, proposal.id], proposal);
      void client.invalidateQueries({ queryKey: [...PROPOSALS_KEY, 'list'] });
    },
  });
}

export const useStartProposal = () => useProposalChange((body: StartProposal) => proposalsApi.start(body));
export const useSaveProposal = (id: string) => useProposalChange((body: SaveProposal) => proposalsApi.save(id, body));
export const useMarkReady = (id: string) => useProposalChange(() => proposalsApi.ready(id));
export const useReopen = (id: string) => useProposalChange(() => proposalsApi.reopen(id));
export const useReturnProposal = (id: string) => useProposalChange((comment: string) => proposalsApi.returnToDrafters(id, comment));
export const useWithdraw = (id: string) => useProposalChange((reason: string) => proposalsApi.withdraw(id, reason));

export function useSubmitProposal(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => proposalsApi.submit(id, key),
    onSuccess: (receipt) => {
      client.setQueryData([...PROPOSALS_KEY, id, 'receipt'], receipt);
      void client.invalidateQueries({ queryKey: PROPOSALS_KEY });
    },
  });
}

export function useAttachmentChange(id: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: [...PROPOSALS_KEY, id] });
  return {
    upload: useMutation({ mutationFn: ({ file, questionId }: { file: File; questionId: string | null }) => uploadAttachment(id, file, questionId), onSuccess: refresh }),
    remove: useMutation({ mutationFn: (attachmentId: string) => proposalsApi.removeAttachment(id, attachmentId), onSuccess: refresh }),
  };
}
