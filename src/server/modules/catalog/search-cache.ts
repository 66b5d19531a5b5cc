/**
 * Caching for catalog search (issue #13.6). Everything here is keyed by the search generation
 * (a database sequence every write to innovations, their awards or the synonyms bumps, from any
 * process: search-terms-repository.ts readSearchGeneration), so an answer is never served after
 * a publish, edit, unpublish or award. Nothing read while a writer is still uncommitted is kept
 * (readSearchGeneration, migration 0901), so no answer from old rows is stored under a new
 * generation. MAX_AGE_MS only keeps memory fresh.
 */
const MAX_ENTRIES = 2000;
const MAX_AGE_MS = 30_000;

interface Entry<T> {
  generation: string;
  at: number;
  value: T;
}

export class GenerationCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxEntries = MAX_ENTRIES,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  get(key: string, generation: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation || now - entry.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Least recently used goes first: re-insert at the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: T, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, at: now, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * The promise kept under `key` in `memo`, or `make()`'s, kept there: concurrent askers share one
 * piece of work, a failure is forgotten (the next asker tries again), and beyond `maxEntries` the
 * oldest kept goes first.
 */
export function remembered<T>(memo: Map<string, Promise<T>>, key: string, make: () => Promise<T>, maxEntries: number): Promise<T> {
  const kept = memo.get(key);
  if (kept) return kept;
  const made = make();
  memo.set(key, made);
  made.catch(() => memo.delete(key));
  if (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
  return made;
}

/** A stable key for a query object (sorted keys, arrays as given). */
export function cacheKey(query: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(query)
      .sort()
      .map((k) => [k, query[k]]),
  );
}
