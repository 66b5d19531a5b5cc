import { describe, expect, it } from 'vitest';
import { pickNominees } from './nominees.js';

const c = (regionCode: string, verifiedIid: number, disclaimer: string | null = null) => ({ regionCode, verifiedIid, disclaimer });

describe('pickNominees', () => {
  it('takes the top N by verified score with competition ranking, all regions tied at the cut included', () => {
    const pick = pickNominees([c('A', 70), c('B', 65.5), c('C', 65.5), c('D', 40), c('E', 0), c('F', 90, 'no_report')], 2);
    expect(pick.nominees.map((n) => [n.candidate.regionCode, n.rank, n.tied])).toEqual([
      ['A', 1, false],
      ['B', 2, true],
      ['C', 2, true],
    ]);
    expect(pick.tiedAtCut).toBe(true);
  });

  it('a tie inside the cut does not lengthen the list; a score of 0 or a disclaimer is never nominated', () => {
    const pick = pickNominees([c('A', 70), c('B', 70), c('C', 50), c('D', 0)], 3);
    expect(pick.nominees.map((n) => [n.candidate.regionCode, n.rank, n.tied])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
      ['C', 3, false],
    ]);
    expect(pick.tiedAtCut).toBe(false);
    expect(pickNominees([c('D', 0), c('E', 10, 'not_evidenced')], 5).nominees).toEqual([]);
  });
});
