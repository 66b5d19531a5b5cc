import type { matchmakingId } from './id';

/** Matchmaking texts in English. */
export const matchmakingEn: typeof matchmakingId = {
  search: {
    title: 'Find a solution for your problem',
    intro: 'Describe the problem in your region in your own words. Simpul suggests proven innovations most likely to transfer, each with its reasons.',
    problem: 'The problem to solve',
    problemHint: 'For example: long queues at the community health centre since the morning',
    regionKind: 'Kind of regional government',
    regionKinds: { provinsi: 'Province', kabupaten: 'Regency', kota: 'City' },
    remote: 'Remote region (3T: frontier, outermost, disadvantaged)',
    submit: 'Find solutions',
    results: 'Suggested innovations',
    empty: 'No matching innovation yet. Try describing the problem in other words.',
    by: '{{agency}} · {{region}}',
    start: 'Request replication',
    requestTitle: 'Request a replication',
    context: 'Your region’s situation',
    leadName: 'Person in charge',
    send: 'Send request',
    sent: 'Replication request sent.',
    openCase: 'Open the replication case',
  },
  proposals: {
    title: 'Match proposals',
    intro:
      'The ministry or a JIPP hub proposes pairs of agencies for replication. The adopter answers first; its acceptance opens a replication case, then the source agency answers.',
    open: 'Open',
    past: 'Closed',
    empty: 'No proposals.',
    adopter: 'Adopter',
    source: 'Source innovation',
    accept: 'Accept',
    decline: 'Decline',
    reason: 'Reason for declining',
    states: { open: 'Waiting for the adopter', adopter_accepted: 'Waiting for the source agency', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn' },
    openCase: 'Replication case',
  },
};
