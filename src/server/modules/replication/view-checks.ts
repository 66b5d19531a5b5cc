import type { z } from 'zod';
import type * as V from '../../../common/replication-views.js';
import type { Equals, Expect } from '../../../common/type-equality.js';
import type { caseList, caseView, lineageView, mentorHome } from './cases-schemas.js';
import type { hubSummary, hubView, mentorActivity, mentorView } from './network-schemas.js';

/** Fails `tsc` when a response schema and the shared view type (what the web reads) drift apart. */
export type CaseViewMatches = Expect<Equals<z.output<typeof caseView>, V.CaseView>>;
export type CaseListMatches = Expect<Equals<z.output<typeof caseList>, V.CaseList>>;
export type HubSummaryMatches = Expect<Equals<z.output<typeof hubSummary>, V.HubSummary>>;
export type HubViewMatches = Expect<Equals<z.output<typeof hubView>, V.HubView>>;
export type MentorViewMatches = Expect<Equals<z.output<typeof mentorView>, V.MentorView>>;
export type MentorHomeMatches = Expect<Equals<z.output<typeof mentorHome>, V.MentorHome>>;
export type LineageMatches = Expect<Equals<z.output<typeof lineageView>, V.Lineage>>;
export type MentorActivityMatches = Expect<Equals<z.output<typeof mentorActivity>, V.MentorActivity>>;
