import { createHash } from 'node:crypto';
import { SeededRandom } from '../../src/server/modules/evaluation/domain/seeded-random.js';

/**
 * The generator's source of randomness. Every record is drawn from its own stream keyed by
 * (dataset seed, record kind, index), so record #i is the same whatever the batch size and a
 * test can regenerate one record without producing the ones before it.
 *
 * The streams use SFC32 (128-bit state) rather than the evaluation module's 32-bit Mulberry32:
 * with 100,000 streams, 32-bit states would make many streams shifted copies of each other
 * (Mulberry32 streams are one sequence read from different starting points). The helpers
 * (int, normal, shuffled) are inherited and run on this `next()`.
 */
export class Rng extends SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, salt: number, index: number) {
    super(0);
    this.a = seed >>> 0;
    this.b = salt >>> 0;
    this.c = index >>> 0;
    this.d = 1;
    // Recommended warm-up: mixes the (possibly similar) seed words thoroughly.
    for (let i = 0; i < 15; i++) this.next();
  }

  override next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** Integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `count` distinct elements in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffled(items).slice(0, Math.min(count, items.length));
  }
}

/** Record kinds get their own streams so adding a kind never shifts the others. */
export type StreamKind = 'agencies' | 'accounts' | 'evaluators' | 'innovation' | 'innovation-core' | 'competition' | 'proposal' | 'score' | 'queries';

const KIND_SALT: Record<StreamKind, number> = {
  agencies: 0x1a2b3c,
  accounts: 0x2b3c4d,
  evaluators: 0x3c4d5e,
  innovation: 0x4d5e6f,
  'innovation-core': 0x4e5f60,
  competition: 0x5e6f70,
  proposal: 0x6f7081,
  score: 0x708192,
  queries: 0x8192a3,
};

export function rngFor(seed: number, kind: StreamKind, index = 0): Rng {
  return new Rng(seed, KIND_SALT[kind], index);
}

/**
 * A stable UUID (version-4 layout) for record `index` of `kind`: a hash, not a random draw, so
 * ids never collide however many records there are.
 */
export function recordUuid(seed: number, kind: StreamKind, index: number): string {
  const h = createHash('sha256').update(`simpul-national:${seed}:${kind}:${index}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
