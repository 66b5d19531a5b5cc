/**
 * Timetable for the finalists' presentation (7 min) + interview (13 min) with the independent
 * panel (TPI), split over several parallel panels and several days.
 *
 * Hard rules, never broken by a returned slot:
 * - a panelist is never in two places at once (panels may share panelists);
 * - a participant (the team presenting; one agency may present several innovations) is never in
 *   two slots at once;
 * - a panel never interviews a finalist one of its panelists is conflicted with;
 * - no slot overlaps a break or leaves its day window.
 *
 * Method: every panel uses the same grid of back-to-back slots (so "same time" is "same grid
 * index"), and finalists are placed one by one, most constrained first, with augmenting paths:
 * when a finalist's admissible cells are all taken, the occupant of one is moved elsewhere if it
 * can be (Kuhn's bipartite matching). Without shared panelists and repeated participants this is
 * an exact maximum matching; with them it stays clash-free and is a strong heuristic.
 *
 * Instants are epoch milliseconds, so the caller decides the time zone (WIB, WITA or WIT).
 */

export interface Finalist {
  readonly proposalId: string;
  /** Who presents; finalists sharing it cannot be scheduled at the same time. */
  readonly participantId: string;
}

export interface InterviewPanel {
  readonly id: string;
  readonly panelistIds: readonly string[];
}

export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
}

export interface PanelistConflict {
  readonly panelistId: string;
  readonly proposalId: string;
}

export interface InterviewScheduleInput {
  readonly finalists: readonly Finalist[];
  readonly panels: readonly InterviewPanel[];
  /** Working windows, e.g. 08:00-16:00 on each interview day. */
  readonly days: readonly TimeWindow[];
  /** Lunch and prayer breaks (ishoma) and the like; no slot may overlap one. */
  readonly breaks?: readonly TimeWindow[];
  readonly conflicts?: readonly PanelistConflict[];
  readonly presentationMinutes?: number;
  readonly interviewMinutes?: number;
  /** Gap between consecutive slots of a panel (default 0). */
  readonly changeoverMinutes?: number;
}

export interface InterviewSlot {
  readonly proposalId: string;
  readonly participantId: string;
  readonly panelId: string;
  readonly startMs: number;
  /** When the presentation ends and the interview begins. */
  readonly presentationEndMs: number;
  readonly endMs: number;
}

export interface UnscheduledFinalist {
  readonly proposalId: string;
  /** `no-eligible-panel`: every panel has a conflicted panelist. `no-free-slot`: out of time. */
  readonly reason: 'no-eligible-panel' | 'no-free-slot';
}

export type InterviewScheduleResult =
  | { readonly ok: true; readonly slots: readonly InterviewSlot[] }
  | {
      readonly ok: false;
      readonly unscheduled: readonly UnscheduledFinalist[];
      /** The largest clash-free partial timetable found, to plan extra sessions around. */
      readonly slots: readonly InterviewSlot[];
    };

const MINUTE = 60_000;

export function scheduleInterviews(input: InterviewScheduleInput): InterviewScheduleResult {
  const presentation = (input.presentationMinutes ?? 7) * MINUTE;
  const duration = presentation + (input.interviewMinutes ?? 13) * MINUTE;
  const changeover = (input.changeoverMinutes ?? 0) * MINUTE;
  validate(input, duration, changeover);
  const times = slotGrid(input.days, input.breaks ?? [], duration, changeover);
  const { finalists, panels } = input;
  const P = panels.length;

  const conflicted = new Set((input.conflicts ?? []).map((c) => key(c.panelistId, c.proposalId)));
  const eligiblePanels = finalists.map((f) => panels.flatMap((panel, i) => (panel.panelistIds.some((person) => conflicted.has(key(person, f.proposalId))) ? [] : [i])));
  // sharesPanelist[a * P + b]: panels a and b cannot sit at the same time.
  const sharesPanelist = new Uint8Array(P * P);
  for (let a = 0; a < P; a++) {
    const members = new Set(panels[a]!.panelistIds);
    for (let b = 0; b < P; b++) {
      if (a !== b && panels[b]!.panelistIds.some((person) => members.has(person))) sharesPanelist[a * P + b] = 1;
    }
  }

  const cellCount = times.length * P;
  const occupant = new Int32Array(cellCount).fill(-1);
  const cellOf = new Int32Array(finalists.length).fill(-1);
  const cellsFor = (f: number): number[] => times.flatMap((_, t) => eligiblePanels[f]!.map((panel) => t * P + panel));

  const fits = (f: number, cell: number): boolean => {
    if (occupant[cell] !== -1) return false;
    const t = Math.floor(cell / P);
    const panel = cell - t * P;
    for (let other = 0; other < P; other++) {
      const g = occupant[t * P + other]!;
      if (g === -1) continue;
      if (sharesPanelist[panel * P + other] === 1) return false;
      if (finalists[g]!.participantId === finalists[f]!.participantId) return false;
    }
    return true;
  };
  const put = (f: number, cell: number) => {
    occupant[cell] = f;
    cellOf[f] = cell;
  };
  const lift = (f: number) => {
    occupant[cellOf[f]!] = -1;
    cellOf[f] = -1;
  };

  const place = (f: number, visited: Uint8Array): boolean => {
    const options = cellsFor(f);
    for (const cell of options) {
      if (visited[cell] === 0 && fits(f, cell)) {
        visited[cell] = 1;
        put(f, cell);
        return true;
      }
    }
    for (const cell of options) {
      if (visited[cell] === 1) continue;
      visited[cell] = 1;
      const g = occupant[cell]!;
      if (g === -1) continue;
      lift(g);
      if (fits(f, cell)) {
        put(f, cell);
        if (place(g, visited)) return true;
        lift(f);
      }
      put(g, cell);
    }
    return false;
  };

  // Most constrained first: fewer admissible panels means fewer chances later.
  const order = finalists.map((_, f) => f).sort((a, b) => eligiblePanels[a]!.length - eligiblePanels[b]!.length || a - b);
  const unscheduled: UnscheduledFinalist[] = [];
  for (const f of order) {
    if (eligiblePanels[f]!.length === 0) {
      unscheduled.push({ proposalId: finalists[f]!.proposalId, reason: 'no-eligible-panel' });
    } else if (!place(f, new Uint8Array(cellCount))) {
      unscheduled.push({ proposalId: finalists[f]!.proposalId, reason: 'no-free-slot' });
    }
  }

  const slots: InterviewSlot[] = [];
  for (let cell = 0; cell < cellCount; cell++) {
    const f = occupant[cell]!;
    if (f === -1) continue;
    const t = Math.floor(cell / P);
    const startMs = times[t]!;
    slots.push({
      proposalId: finalists[f]!.proposalId,
      participantId: finalists[f]!.participantId,
      panelId: panels[cell - t * P]!.id,
      startMs,
      presentationEndMs: startMs + presentation,
      endMs: startMs + duration,
    });
  }
  return unscheduled.length === 0 ? { ok: true, slots } : { ok: false, unscheduled, slots };
}

/**
 * Start instants of the shared slot grid: back to back inside each day window, jumping past any
 * break a slot would overlap. Sorted and pairwise disjoint, so equal index = same time.
 */
export function slotGrid(days: readonly TimeWindow[], breaks: readonly TimeWindow[], durationMs: number, changeoverMs = 0): number[] {
  const starts: number[] = [];
  const sortedDays = [...days].sort((a, b) => a.startMs - b.startMs);
  for (const day of sortedDays) {
    let t = Math.max(day.startMs, starts.length > 0 ? starts[starts.length - 1]! + durationMs + changeoverMs : day.startMs);
    while (t + durationMs <= day.endMs) {
      const blocking = breaks.filter((b) => b.startMs < t + durationMs && t < b.endMs);
      if (blocking.length > 0) {
        t = Math.max(...blocking.map((b) => b.endMs));
        continue;
      }
      starts.push(t);
      t += durationMs + changeoverMs;
    }
  }
  return starts;
}

function key(panelistId: string, proposalId: string): string {
  return JSON.stringify([panelistId, proposalId]);
}

function validate(input: InterviewScheduleInput, duration: number, changeover: number): void {
  if (!(Number.isFinite(duration) && duration > 0) || !(Number.isFinite(changeover) && changeover >= 0)) {
    throw new RangeError('durations must be positive and the changeover non-negative');
  }
  for (const w of [...input.days, ...(input.breaks ?? [])]) {
    if (!(Number.isFinite(w.startMs) && Number.isFinite(w.endMs) && w.startMs < w.endMs)) {
      throw new RangeError(`time window ${w.startMs}..${w.endMs} is empty or invalid`);
    }
  }
  const unique = (ids: readonly string[], what: string) => {
    if (new Set(ids).size !== ids.length) throw new RangeError(`${what} ids must be unique`);
  };
  unique(
    input.finalists.map((f) => f.proposalId),
    'finalist',
  );
  unique(
    input.panels.map((p) => p.id),
    'panel',
  );
  for (const panel of input.panels) {
    if (panel.panelistIds.length === 0) throw new RangeError(`panel ${panel.id} has no panelists`);
  }
}
