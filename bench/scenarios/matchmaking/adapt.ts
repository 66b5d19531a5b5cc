/**
 * Realistic replicas for the matchmaking recall measurement. A replica's profile is written by
 * the ADOPTER about its own region, so it is not the source's text. From the source's problem
 * and summary this keeps what a replica shares with it (the kind of service, its target group,
 * the problem it fixes) and changes what a second writer changes:
 * - the place, the agency and the unit become the adopter's (and the source's place never
 *   appears);
 * - sentence frames are paraphrased (a table of Indonesian rewordings: "Sebelum inovasi ini" →
 *   "Sebelum program ini berjalan", "menghambat" → "mempersulit", "sehingga" → "agar" …);
 * - half the replicas rename the innovation (the adopter's own acronym), half keep the name,
 *   as adopters do;
 * - the second problem clause is dropped in a third of the replicas, sentence order changes;
 * - a sentence about the adopter's local situation is added.
 * Deterministic by the index.
 */
const REWORDINGS: readonly [RegExp, readonly string[]][] = [
  [/Sebelum inovasi ini, /g, ['Sebelum program ini berjalan, ', 'Dahulu, ', 'Sebelumnya di daerah kami, ']],
  [/Selain itu, /g, ['Di samping itu, ', 'Masalah lainnya, ', 'Ditambah lagi, ']],
  [/Kondisi ini menghambat /g, ['Keadaan tersebut mempersulit ', 'Hal ini mengganggu ', 'Situasi ini memperlambat ']],
  [/Inovasi ini /g, ['Program ini ', 'Layanan ini ', 'Terobosan ini ']],
  [/, sehingga /g, [' agar ', ', dengan hasil ', '; hasilnya, ']],
  [/ bagi /g, [' untuk ', ' kepada ']],
  [/ melalui /g, [' lewat ', ' dengan memanfaatkan ']],
  [/ masyarakat /g, [' warga ', ' penduduk ']],
];
const LOCAL_NOTES = [
  'Kami mengadaptasinya dengan kondisi wilayah kami yang luas dan sebagian sulit dijangkau.',
  'Pelaksanaannya kami sesuaikan dengan anggaran dan jumlah petugas yang terbatas.',
  'Kami belajar langsung melalui studi tiru dan pendampingan.',
  'Penyesuaian dilakukan pada jadwal layanan dan pembagian tugas antarperangkat daerah.',
];
const SYLLABLES = ['SI', 'MA', 'TA', 'RU', 'KO', 'PE', 'NA', 'LA', 'GO', 'BE', 'DU', 'KA'];

export interface SourceText {
  title: string;
  summary: string;
  problem: string;
  placeName: string;
  agencyName: string;
}

export interface AdopterPlace {
  placeName: string;
  agencyName: string;
}

function pick<T>(items: readonly T[], n: number): T {
  return items[Math.abs(n) % items.length]!;
}

/** The acronym the source's title starts with ("GESIBA (Gerakan …)" → "GESIBA"), if any. */
export function acronymOf(title: string): string | null {
  const m = /^([A-Z][A-Za-z0-9-]{2,})\b/.exec(title.trim());
  return m ? m[1]! : null;
}

export function adaptReplica(source: SourceText, adopter: AdopterPlace, index: number): { problem: string; summary: string; renamed: boolean } {
  const acronym = acronymOf(source.title);
  const renamed = index % 2 === 0;
  const newName = `${pick(SYLLABLES, index)}${pick(SYLLABLES, index * 7 + 3)}${pick(SYLLABLES, index * 13 + 5)}`;
  const swap = (text: string) => {
    let out = text.split(source.placeName).join(adopter.placeName).split(source.agencyName).join(adopter.agencyName);
    if (acronym && renamed) out = out.split(acronym).join(newName);
    REWORDINGS.forEach(([pattern, options], k) => {
      out = out.replace(pattern, () => pick(options, index + k));
    });
    return out;
  };
  const sentences = (text: string) => text.split(/(?<=\.)\s+/).filter(Boolean);
  let problem = sentences(swap(source.problem));
  if (index % 3 === 0 && problem.length > 2) problem = [problem[0]!, ...problem.slice(2)];
  if (index % 2 === 1) problem = [...problem.slice(1), problem[0]!];
  const summary = sentences(swap(source.summary)).slice(0, 2);
  return { problem: [...problem, pick(LOCAL_NOTES, index)].join(' '), summary: summary.join(' '), renamed };
}
