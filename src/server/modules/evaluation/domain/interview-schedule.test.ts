import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowNetworkBuilder } from './flow-network.js';
import { solveMinCostFlow } from './min-cost-flow.js';
import { type InterviewScheduleInput, type InterviewSlot, scheduleInterviews, slotGrid } from './interview-schedule.js';

const MIN = 60_000;
// 2024-07-01 08:00 WIB (UTC+7) = 01:00 UTC.
const DAY1 = Date.UTC(2024, 6, 1, 1, 0);
const DAY2 = Date.UTC(2024, 6, 2, 1, 0);
const window = (start: number, minutes: number) => ({
  startMs: start,
  endMs: start + minutes * MIN,
});

/** Every hard rule, checked from the returned slots alone. */
function expectNoClash(input: InterviewScheduleInput, slots: readonly InterviewSlot[]) {
  const panels = new Map(input.panels.map((p) => [p.id, p.panelistIds]));
  const conflicts = new Set((input.conflicts ?? []).map((c) => `${c.panelistId}|${c.proposalId}`));
  const participantOf = new Map(input.finalists.map((f) => [f.proposalId, f.participantId]));
  const seen = new Set<string>();
  for (const s of slots) {
    expect(seen.has(s.proposalId), `${s.proposalId} twice`).toBe(false);
    seen.add(s.proposalId);
    expect(s.participantId).toBe(participantOf.get(s.proposalId));
    expect(s.endMs - s.startMs).toBe(((input.presentationMinutes ?? 7) + (input.interviewMinutes ?? 13)) * MIN);
    expect(s.presentationEndMs - s.startMs).toBe((input.presentationMinutes ?? 7) * MIN);
    for (const person of panels.get(s.panelId)!) expect(conflicts.has(`${person}|${s.proposalId}`)).toBe(false);
    expect(input.days.some((d) => d.startMs <= s.startMs && s.endMs <= d.endMs)).toBe(true);
    for (const b of input.breaks ?? []) expect(s.endMs <= b.startMs || b.endMs <= s.startMs).toBe(true);
  }
  for (const a of slots) {
    for (const b of slots) {
      if (a === b || !(a.startMs < b.endMs && b.startMs < a.endMs)) continue;
      expect(a.participantId, 'participant in two places').not.toBe(b.participantId);
      if (a.panelId === b.panelId) throw new Error(`panel ${a.panelId} double-booked`);
      const shared = panels.get(a.panelId)!.filter((x) => panels.get(b.panelId)!.includes(x));
      expect(shared, 'panelist in two places').toEqual([]);
    }
  }
}

describe('slotGrid', () => {
  it('lays 20-minute slots back to back and skips the lunch break', () => {
    const starts = slotGrid([window(DAY1, 120)], [window(DAY1 + 50 * MIN, 30)], 20 * MIN);
    expect(starts.map((t) => (t - DAY1) / MIN)).toEqual([0, 20, 80, 100]);
  });

  it('adds the changeover between slots and never overlaps windows', () => {
    const starts = slotGrid([window(DAY1, 60), window(DAY1 + 30 * MIN, 60)], [], 20 * MIN, 5 * MIN);
    expect(starts.map((t) => (t - DAY1) / MIN)).toEqual([0, 25, 50]);
  });
});

describe('scheduleInterviews', () => {
  it('schedules presentation + interview slots in parallel panels', () => {
    const input: InterviewScheduleInput = {
      finalists: ['a', 'b', 'c', 'd'].map((id) => ({
        proposalId: id,
        participantId: `agency-${id}`,
      })),
      panels: [
        { id: 'I', panelistIds: ['x', 'y'] },
        { id: 'II', panelistIds: ['z', 'w'] },
      ],
      days: [window(DAY1, 40)],
    };
    const result = scheduleInterviews(input);
    expect(result.ok).toBe(true);
    expect(result.slots).toHaveLength(4);
    expect(result.slots[0]).toEqual({
      proposalId: 'a',
      participantId: 'agency-a',
      panelId: 'I',
      startMs: DAY1,
      presentationEndMs: DAY1 + 7 * MIN,
      endMs: DAY1 + 20 * MIN,
    });
    expectNoClash(input, result.slots);
  });

  it('moves an earlier finalist to make room for a conflicted one', () => {
    // "b" can only face panel I (a panelist of II is conflicted); "a" is free to go anywhere.
    const input: InterviewScheduleInput = {
      finalists: [
        { proposalId: 'a', participantId: 'A' },
        { proposalId: 'b', participantId: 'B' },
      ],
      panels: [
        { id: 'I', panelistIds: ['x'] },
        { id: 'II', panelistIds: ['z'] },
      ],
      days: [window(DAY1, 20)],
      conflicts: [{ panelistId: 'z', proposalId: 'b' }],
    };
    const result = scheduleInterviews(input);
    expect(result.ok).toBe(true);
    expect(result.slots.map((s) => `${s.proposalId}:${s.panelId}`).sort()).toEqual(['a:II', 'b:I']);
  });

  it('keeps one agency presenting two innovations out of two rooms at once', () => {
    const input: InterviewScheduleInput = {
      finalists: [
        { proposalId: 'a1', participantId: 'Kota Surabaya' },
        { proposalId: 'a2', participantId: 'Kota Surabaya' },
      ],
      panels: [
        { id: 'I', panelistIds: ['x'] },
        { id: 'II', panelistIds: ['z'] },
      ],
      days: [window(DAY1, 40)],
    };
    const result = scheduleInterviews(input);
    expect(result.ok).toBe(true);
    expect(new Set(result.slots.map((s) => s.startMs)).size).toBe(2);
  });

  it('reports who cannot be scheduled and why', () => {
    const result = scheduleInterviews({
      finalists: [
        { proposalId: 'a', participantId: 'A' },
        { proposalId: 'b', participantId: 'B' },
        { proposalId: 'c', participantId: 'C' },
      ],
      panels: [{ id: 'I', panelistIds: ['x'] }],
      days: [window(DAY1, 20)],
      conflicts: [{ panelistId: 'x', proposalId: 'c' }],
    });
    expect(result).toMatchObject({
      ok: false,
      unscheduled: [
        { proposalId: 'c', reason: 'no-eligible-panel' },
        { proposalId: 'b', reason: 'no-free-slot' },
      ],
    });
  });

  it('rejects invalid windows and duplicate ids', () => {
    const base = {
      finalists: [],
      panels: [{ id: 'I', panelistIds: ['x'] }],
      days: [window(DAY1, 60)],
    };
    expect(() => scheduleInterviews({ ...base, days: [{ startMs: DAY1, endMs: DAY1 }] })).toThrow(/window/);
    expect(() => scheduleInterviews({ ...base, panels: [base.panels[0]!, base.panels[0]!] })).toThrow(/unique/);
    expect(() => scheduleInterviews({ ...base, panels: [{ id: 'I', panelistIds: [] }] })).toThrow(/no panelists/);
  });

  const instance = fc
    .record({
      finalists: fc.integer({ min: 0, max: 14 }),
      participants: fc.integer({ min: 1, max: 14 }),
      panels: fc.array(
        fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), {
          minLength: 1,
          maxLength: 3,
        }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      dayMinutes: fc.array(fc.integer({ min: 20, max: 130 }), { minLength: 1, maxLength: 2 }),
      breakAt: fc.option(fc.integer({ min: 0, max: 100 })),
      conflictBits: fc.array(fc.boolean(), { minLength: 84, maxLength: 84 }),
      changeover: fc.constantFrom(0, 5),
    })
    .map((r): InterviewScheduleInput => {
      const finalists = Array.from({ length: r.finalists }, (_, i) => ({
        proposalId: `f${i}`,
        participantId: `agency${i % r.participants}`,
      }));
      const panelists = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
      const conflicts = finalists.flatMap((f, i) =>
        panelists.filter((_, j) => r.conflictBits[(i * 6 + j) % 84] && (i + j) % 3 === 0).map((panelistId) => ({ panelistId, proposalId: f.proposalId })),
      );
      return {
        finalists,
        panels: r.panels.map((panelistIds, i) => ({ id: `panel${i}`, panelistIds })),
        days: r.dayMinutes.map((m, i) => window(i === 0 ? DAY1 : DAY2, m)),
        breaks: r.breakAt === null ? [] : [window(DAY1 + r.breakAt * MIN, 15)],
        conflicts,
        changeoverMinutes: r.changeover,
      };
    });

  it('never produces a clash, whatever the panels, conflicts and participants', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const result = scheduleInterviews(input);
        expectNoClash(input, result.slots);
        const placed = result.slots.length + (result.ok ? 0 : result.unscheduled.length);
        expect(placed).toBe(input.finalists.length);
      }),
      { numRuns: 300 },
    );
  });

  it('schedules everyone when panels are disjoint, participants distinct and slots suffice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 }), (panelCount, slotsPerDay, wanted) => {
        const capacity = panelCount * slotsPerDay * 2;
        const input: InterviewScheduleInput = {
          finalists: Array.from({ length: Math.min(wanted, capacity) }, (_, i) => ({
            proposalId: `f${i}`,
            participantId: `a${i}`,
          })),
          panels: Array.from({ length: panelCount }, (_, i) => ({
            id: `panel${i}`,
            panelistIds: [`x${i}`, `y${i}`],
          })),
          days: [window(DAY1, 20 * slotsPerDay), window(DAY2, 20 * slotsPerDay)],
        };
        const result = scheduleInterviews(input);
        expect(result.ok).toBe(true);
        expectNoClash(input, result.slots);
      }),
      { numRuns: 100 },
    );
  });

  it('places as many finalists as a maximum matching when only conflicts restrict it', () => {
    // Disjoint panels and distinct participants reduce the problem to bipartite matching of
    // finalists to (time, panel) cells, so the count must equal a max flow on that graph.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { maxLength: 10 }),
        (panelCount, slotCount, blockedPanels) => {
          const input: InterviewScheduleInput = {
            finalists: blockedPanels.map((_, i) => ({
              proposalId: `f${i}`,
              participantId: `a${i}`,
            })),
            panels: Array.from({ length: panelCount }, (_, i) => ({
              id: `panel${i}`,
              panelistIds: [`x${i}`],
            })),
            days: [window(DAY1, 20 * slotCount)],
            conflicts: blockedPanels.flatMap((row, i) => row.slice(0, panelCount).flatMap((blocked, j) => (blocked ? [{ panelistId: `x${j}`, proposalId: `f${i}` }] : []))),
          };
          const cells = panelCount * slotCount;
          const F = blockedPanels.length;
          const builder = new FlowNetworkBuilder(F + cells + 2);
          const sink = F + cells + 1;
          blockedPanels.forEach((row, i) => {
            builder.addEdge(0, 1 + i, 1, 0);
            for (let t = 0; t < slotCount; t++) {
              for (let j = 0; j < panelCount; j++) if (!row[j]) builder.addEdge(1 + i, 1 + F + t * panelCount + j, 1, 0);
            }
          });
          for (let c = 0; c < cells; c++) builder.addEdge(1 + F + c, sink, 1, 0);
          const { flow } = solveMinCostFlow(builder.build(), 0, sink, F);
          const result = scheduleInterviews(input);
          expect(result.slots.length).toBe(flow);
          expectNoClash(input, result.slots);
        },
      ),
      { numRuns: 200 },
    );
  });
});
