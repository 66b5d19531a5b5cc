import { createHash } from 'node:crypto';
import type { CriterionView } from '../criteria.js';
import type { ScoreInput } from '../schemas.js';

/**
 * Plausible, repeatable score sheets for the demo's other evaluators: each proposal has a
 * "quality" derived from its number, each evaluator a leniency, each criterion a little noise, so
 * the results show a spread, some disagreement, and lenient and strict evaluators for the
 * normalised aggregation to correct. Deterministic: the same data set gives the same scores.
 */
function unit(...parts: string[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 0x1_0000_0000;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** 5.0 .. 8.9 on the 1–10 scale: the demo's entries are all reasonable, some better than others. */
export function demoQuality(proposalNumber: string): number {
  return 5 + Math.floor(unit('quality', proposalNumber) * 40) / 10;
}

const COMMENTS = {
  high: [
    'Inovasi matang dengan data capaian sebelum–sesudah yang meyakinkan; dasar hukum dan anggaran rutin menjamin keberlanjutannya. Layak dipertimbangkan untuk Top 99.',
    'Dampak terukur dan luas, pelibatan pemangku kepentingan jelas, dan sudah ada bukti dapat ditiru daerah lain.',
  ],
  middle: [
    'Masalah dan hasil dijelaskan dengan baik; kebaruan dibandingkan praktik daerah lain perlu diuraikan lebih tajam.',
    'Manfaat bagi warga nyata, tetapi data capaian baru dari sebagian wilayah; keberlanjutan anggaran perlu dipastikan.',
  ],
  low: [
    'Gagasan baik, tetapi data capaian masih terbatas dan keberlanjutan belum didukung anggaran atau regulasi yang tetap.',
    'Uraian langkah implementasi kurang rinci dan hasil belum dibandingkan dengan kondisi sebelum inovasi.',
  ],
};

/** One evaluator's complete sheet for one proposal, ready to submit. */
export function demoSheet(criteria: readonly CriterionView[], proposalNumber: string, evaluatorEmail: string, leniency: number): ScoreInput {
  const level = demoQuality(proposalNumber) + leniency;
  const values: Record<string, number> = {};
  for (const c of criteria) {
    const noise = Math.floor(unit('noise', proposalNumber, evaluatorEmail, c.id) * 3) - 1;
    if (c.scale.kind === 'numeric') values[c.id] = clamp(Math.round(level + noise), c.scale.min, c.scale.max);
    else values[c.id] = clamp(Math.round((level + noise - 4) / 2), 0, c.scale.levels.length - 1);
  }
  const band = level >= 8 ? 'high' : level >= 6.5 ? 'middle' : 'low';
  const options = COMMENTS[band];
  const overallComment = options[Math.floor(unit('comment', proposalNumber, evaluatorEmail) * options.length)]!;
  return { values, comments: {}, overallComment, submit: true };
}

/** A sheet the evaluator has started and saved but not sent: the first two criteria only. */
export function demoDraftSheet(criteria: readonly CriterionView[], proposalNumber: string, evaluatorEmail: string, leniency: number): ScoreInput {
  const full = demoSheet(criteria, proposalNumber, evaluatorEmail, leniency);
  const started = Object.fromEntries(criteria.slice(0, 2).map((c) => [c.id, full.values[c.id]!]));
  return { values: started, comments: {}, overallComment: '', submit: false };
}
