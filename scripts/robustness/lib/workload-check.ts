import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../src/server/db/schema.js';
import type { HttpClient } from './http-client.js';

/**
 * Write workloads for the crash and multi-instance runs. Each sends one kind of state-changing
 * request and, after the crash, checks the database: every acknowledged write is there exactly
 * once and complete (its audit entry and any side records committed with it), an unacknowledged
 * one is there at most once and then also complete, and nothing half-written exists.
 * A new workload implements `WriteWorkload` in its own file and joins `WORKLOADS` in workloads.ts.
 */
export interface Ack {
  key: string;
  id: string;
}

export interface WorkloadCheck {
  acknowledged: number;
  /** Acknowledged writes found exactly once and complete. */
  verified: number;
  /** Writes in flight at the crash that nevertheless committed (allowed, and checked complete). */
  committedUnacknowledged: number;
  problems: string[];
}

export interface WriteWorkload {
  name: string;
  /** Sends write number `seq`; returns what identifies it when the server acknowledged it. */
  write(client: HttpClient, tag: string, seq: number): Promise<Ack | null>;
  check(db: Kysely<Database>, tag: string, acks: readonly Ack[]): Promise<WorkloadCheck>;
  /** Data the writes need, made directly in the database while no server runs (before each start). */
  prepare?(db: Kysely<Database>, tag: string, count: number): Promise<void>;
}

export type Row = Record<string, unknown>;

export async function rows<T extends Row>(db: Kysely<Database>, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

/** Matches acknowledged writes with what the database holds: exactly once, same id, complete. */
export function compare(acks: readonly Ack[], found: { key: string; id: string; complete: boolean; why?: string }[]): WorkloadCheck {
  const problems: string[] = [];
  const byKey = new Map<string, { id: string; complete: boolean; why?: string }[]>();
  for (const f of found) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  let verified = 0;
  const ackedKeys = new Set(acks.map((a) => a.key));
  for (const ack of acks) {
    const copies = byKey.get(ack.key) ?? [];
    if (copies.length !== 1) problems.push(`acknowledged ${ack.key} found ${copies.length} times`);
    else if (copies[0]!.id !== ack.id) problems.push(`acknowledged ${ack.key} has id ${copies[0]!.id}, acknowledged as ${ack.id}`);
    else if (!copies[0]!.complete) problems.push(`acknowledged ${ack.key} is incomplete: ${copies[0]!.why}`);
    else verified++;
  }
  let committedUnacknowledged = 0;
  for (const [key, copies] of byKey) {
    if (ackedKeys.has(key)) continue;
    committedUnacknowledged++;
    if (copies.length > 1) problems.push(`unacknowledged ${key} found ${copies.length} times`);
    for (const c of copies) if (!c.complete) problems.push(`unacknowledged ${key} is half-written: ${c.why}`);
  }
  return { acknowledged: acks.length, verified, committedUnacknowledged, problems };
}
