import { describe, expect, it } from 'vitest';
import { countWords, poolWords, weighWords } from './problem-words.js';
import { type CandidateInput, islandOf, isSuggestible, rankCandidates } from './ranking.js';

const now = new Date('2026-12-01T00:00:00Z');
const base: CandidateInput = {
  id: 'a',
  textScore: 10,
  agencyType: 'kabupaten',
  provinceCode: '35',
  provinceName: 'Jawa Timur',
  regionIs3t: false,
  yearStarted: 2021,
  status: 'running',
  statusConfirmedAt: new Date('2026-06-01T00:00:00Z'),
  awards: [],
  replications: [],
};

describe('problem words', () => {
  it("counts words and weighs every telling word by rarity, leaving out common words, numbers and the adopter's own place", () => {
    expect(countWords('  antrean ')).toBe(1);
    expect(countWords('antrean panjang di puskesmas')).toBe(4);
    const words = weighWords([
      { lexeme: 'antre', frequency: 0.001, floor: 0.0005, alternatives: ['antri'] },
      { lexeme: 'puskesmas', frequency: 0.2, floor: 0.0005 },
      { lexeme: 'layan', frequency: 0.6, floor: 0.0005 },
      { lexeme: 'stunting', frequency: null, floor: 0.0005 },
      { lexeme: 'banyuwangi', frequency: null, floor: 0.0005, ownPlace: true },
      { lexeme: '2024', frequency: null, floor: 0.0005 },
    ]);
    expect(words.map((w) => w.lexeme)).toEqual(['stunting', 'antre', 'puskesmas']);
    expect(words[0]!.weight).toBeGreaterThan(words[2]!.weight);
    // A synonym counts as the word itself.
    expect(words[1]!.lexemes).toEqual(['antre', 'antri']);
  });

  it('keeps the rarest words when every word is common', () => {
    const words = weighWords(['aaa', 'bbb', 'ccc', 'ddd'].map((lexeme, i) => ({ lexeme, frequency: 0.6 + 0.1 * i, floor: 0.001 })));
    expect(words.map((w) => w.lexeme)).toEqual(['aaa', 'bbb', 'ccc']);
  });

  it('looks the pool up with the rarest words within the postings budget, at least three', () => {
    const words = weighWords(['a1', 'b2', 'c3', 'd4', 'e5'].map((k, i) => ({ lexeme: `w${k}`, frequency: [0.01, 0.02, 0.03, 0.05, 0.3][i]!, floor: 0.001 })));
    expect(poolWords(words).map((w) => w.lexeme)).toEqual(['wa1', 'wb2', 'wc3', 'wd4']);
    const common = weighWords(['a1', 'b2', 'c3', 'd4'].map((k) => ({ lexeme: `w${k}`, frequency: 0.4, floor: 0.001 })));
    expect(poolWords(common)).toHaveLength(3);
  });
});

describe('ranking', () => {
  it('explains awards, years running and replications into remote regions in plain words', () => {
    const [ranked] = rankCandidates(
      [
        {
          ...base,
          awards: [{ level: 'top_45', year: 2022, label: 'Top 45 KIPP 2022' }],
          replications: [
            { provinceCode: '91', is3t: true, agencyType: 'kabupaten' },
            { provinceCode: '35', is3t: false, agencyType: 'kota' },
            { provinceCode: '35', is3t: false, agencyType: 'kabupaten' },
          ],
        },
      ],
      { kind: 'kabupaten', remote: false, provinceCode: '35' },
      now,
    );
    expect(ranked!.reasons.map((r) => r.id)).toEqual([
      'Top 45 KIPP 2022',
      'berjalan 5 tahun',
      'sudah direplikasi di 3 daerah, 1 di antaranya daerah 3T',
      'sama-sama pemerintah kabupaten',
      'satu provinsi (Jawa Timur)',
    ]);
    expect(ranked!.reasons[2]!.en).toBe('already replicated in 3 regions, 1 of them remote (3T)');
  });

  it('lets proof and fit decide between equally relevant records, and relevance dominate otherwise', () => {
    const proven = {
      ...base,
      id: 'proven',
      awards: [{ level: 'top_5' as const, year: 2024, label: 'Top 5 KIPP 2024' }],
      replications: [{ provinceCode: '72', is3t: true, agencyType: 'kabupaten' }],
    };
    const plain = { ...base, id: 'plain', provinceCode: '11', yearStarted: 2026 };
    const adopter = { kind: 'kabupaten' as const, remote: true, provinceCode: '72' };
    expect(rankCandidates([plain, proven], adopter, now).map((r) => r.id)).toEqual(['proven', 'plain']);
    // A record that shares far more of the problem's telling words wins over a proven but barely related one.
    expect(
      rankCandidates(
        [
          { ...plain, textScore: 10 },
          { ...proven, textScore: 2 },
        ],
        adopter,
        now,
      ).map((r) => r.id),
    ).toEqual(['plain', 'proven']);
  });

  it('knows island groups and leaves stopped records out unless asked', () => {
    expect(islandOf('21')).toBe('Sumatera');
    expect(islandOf('94')).toBe('Papua');
    expect(islandOf(null)).toBeNull();
    expect(isSuggestible({ status: 'stopped' }, { includeStopped: false })).toBe(false);
    expect(isSuggestible({ status: 'stopped' }, { includeStopped: true })).toBe(true);
  });
});
