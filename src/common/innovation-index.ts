import { z } from 'zod';

/**
 * The regional innovation index (Indeks Inovasi Daerah, IID, Kemendagri / BSKDN): shapes shared
 * by the server and the web app. Every number is the configuration of one year's model (data in
 * `index_models.config`), never a constant in code.
 */

const text = z.strictObject({ id: z.string().trim().min(1).max(1000), en: z.string().trim().min(1).max(1000) });
export type LocalText = z.infer<typeof text>;
const code = z.string().regex(/^[a-z0-9_]{1,40}$/, 'a-z, 0-9, _');

/** Marks a text or band that is not public: shown as such, editable by the index team. */
export const NOT_PUBLIC = 'not public — editable';

/** Government affairs (urusan) that count as basic services for the innovation-count rule. */
export const GOVERNMENT_AFFAIRS = [
  'pendidikan',
  'kesehatan',
  'pekerjaan_umum',
  'perumahan',
  'trantibum',
  'sosial',
  'tenaga_kerja',
  'lingkungan_hidup',
  'kependudukan',
  'perhubungan',
  'komunikasi_informatika',
  'koperasi_umkm',
  'penanaman_modal',
  'pertanian',
  'pariwisata',
  'perdagangan',
  'keuangan',
  'perencanaan',
  'lainnya',
] as const;
export type GovernmentAffair = (typeof GOVERNMENT_AFFAIRS)[number];

/** Who started an innovation (inisiator). */
export const INITIATORS = ['kepala_daerah', 'anggota_dprd', 'opd', 'asn', 'masyarakat'] as const;
export type Initiator = (typeof INITIATORS)[number];

export const EVIDENCE_KINDS = ['file', 'link', 'video_link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const evidenceTypeSchema = z.strictObject({
  code,
  name: text,
  kind: z.enum(EVIDENCE_KINDS),
  /** For files: the content types accepted (sniffed, not trusted from the client). */
  contentTypes: z
    .array(z.enum(['application/pdf', 'image/png', 'image/jpeg']))
    .max(3)
    .default([]),
  /** For files: the largest accepted size. */
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(50 * 1024 * 1024)
    .optional(),
});
export type EvidenceType = z.infer<typeof evidenceTypeSchema>;

export const bandSchema = z.strictObject({
  level: z.number().int().min(1).max(3),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const indicatorSchema = z.strictObject({
  code,
  no: z.number().int().min(1).max(99),
  aspect: z.enum(['spd', 'sid']),
  variable: code,
  name: text,
  weight: z.number().min(0).max(100),
  levels: z.array(z.strictObject({ level: z.number().int().min(1).max(3), text })).length(3),
  unit: z.string().max(40).nullable().default(null),
  bands: z.array(bandSchema).max(3).default([]),
  mandatory: z.boolean(),
  bases: z
    .array(z.strictObject({ code, name: text }))
    .max(8)
    .default([]),
  evidenceTypes: z.array(code).min(1).max(4),
  /** A fact the platform holds and offers as evidence. */
  platformFact: z.enum(['replication_regions']).nullable().default(null),
  /** Where the texts, weight and bands come from, or NOT_PUBLIC. */
  source: z.string().min(1).max(300),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const PREDICATES = ['sangat_inovatif', 'inovatif', 'kurang_inovatif', 'tidak_dapat_dinilai'] as const;
export type Predicate = (typeof PREDICATES)[number];

export const modelConfigSchema = z.strictObject({
  /** The declared maximum (250): SPD max + SID indicators max + count max must equal it. */
  maxScore: z.number().positive().max(1000),
  /** The divisor floor: SID = Σ innovations' SID / max(k, n). */
  k: z.number().int().min(1).max(100),
  aspects: z.array(z.strictObject({ code: z.enum(['spd', 'sid']), name: text, sharePercent: z.number().min(0).max(100) })).length(2),
  variables: z
    .array(z.strictObject({ code, aspect: z.enum(['spd', 'sid']), name: text }))
    .min(1)
    .max(20),
  indicators: z.array(indicatorSchema).min(1).max(80),
  evidenceTypes: z.array(evidenceTypeSchema).min(1).max(10),
  countRule: z.strictObject({
    pointsPerInnovation: z.number().min(0).max(10),
    cap: z.number().int().min(0).max(10_000),
    basicAffairs: z.array(z.enum(GOVERNMENT_AFFAIRS)).min(1).max(10),
    minBasicAffairs: z.number().int().min(0).max(10),
  }),
  /** Lowest IID (2 decimals) of each predicate, highest first; the last is the disclaimer at 0. */
  predicates: z.array(z.strictObject({ code: z.enum(PREDICATES), min: z.number().min(0).max(100) })).length(4),
  /** Days a region has to answer a rejection once. */
  answerWindowDays: z.number().int().min(1).max(60),
  sources: z.array(z.string().min(1).max(400)).max(20),
});
export type ModelConfig = z.infer<typeof modelConfigSchema>;

/** The model's maxima from its weights (level 3 everywhere, the count rule at its cap); the total must equal `maxScore` to publish. */
export function modelMaxima(model: Pick<ModelConfig, 'indicators' | 'countRule'>): { spd: number; sidIndicators: number; count: number; total: number } {
  const sum = (aspect: 'spd' | 'sid') => model.indicators.filter((i) => i.aspect === aspect).reduce((s, i) => s + i.weight * 3, 0);
  const spd = sum('spd');
  const sidIndicators = sum('sid');
  const count = model.countRule.cap * model.countRule.pointsPerInnovation;
  return { spd, sidIndicators, count, total: spd + sidIndicators + count };
}

export const PREDICATE_LABELS: Record<Predicate, LocalText> = {
  sangat_inovatif: { id: 'Sangat Inovatif', en: 'Very innovative' },
  inovatif: { id: 'Inovatif', en: 'Innovative' },
  kurang_inovatif: { id: 'Kurang Inovatif', en: 'Less innovative' },
  tidak_dapat_dinilai: { id: 'Tidak Dapat Dinilai (disclaimer)', en: 'Cannot be assessed (disclaimer)' },
};

export const CLUSTERS = ['provinsi', 'kabupaten', 'kota', 'perbatasan', 'tertinggal'] as const;
export type Cluster = (typeof CLUSTERS)[number];

/** The award clusters' names, read by the nominees XLSX and the web's i18n resources alike. */
export const CLUSTER_LABELS: Record<Cluster, LocalText> = {
  provinsi: { id: 'Provinsi', en: 'Provinces' },
  kabupaten: { id: 'Kabupaten', en: 'Regencies' },
  kota: { id: 'Kota', en: 'Cities' },
  perbatasan: { id: 'Daerah perbatasan', en: 'Border regions' },
  tertinggal: { id: 'Daerah tertinggal (3T)', en: 'Lagging regions (3T)' },
};

export const REPORT_STATUSES = ['draft', 'ready', 'sent', 'verified'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const ROW_STATUSES = ['pending', 'accepted', 'rejected', 'corrected'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One scored row for the pure scoring: the level that counts (0 if none) and its evidence state. */
export interface ScoreRowInput {
  indicatorCode: string;
  /** null for SPD rows. */
  innovationId: string | null;
  level: number;
  /** The row has evidence that counts (claimed: any evidence; verified: accepted or corrected). */
  evidenced: boolean;
}

export interface ScoreInnovationInput {
  id: string;
  affair: string | null;
}

export interface IndexScore {
  spd: number;
  sidIndicators: number;
  sidAverage: number;
  countScore: number;
  sid: number;
  iid: number;
  predicate: Predicate;
  disclaimer: null | 'no_report' | 'not_evidence_based';
  innovations: number;
  divisor: number;
  basicAffairsCovered: number;
  /** Points per indicator row: `code` or `code:innovationId`. */
  points: Record<string, number>;
}

export interface ReportWarning {
  code: 'empty_seats' | 'basic_affairs' | 'mandatory_without_evidence';
  message: LocalText;
}

/*
 * The model routes' bodies and answer: the server validates and serialises with these
 * (modules/innovation-index/schemas.ts re-exports them); the web types its calls with `z.input` of
 * the bodies and `Serialised<z.output<…>>` of the answer (its Dates arrive as ISO strings).
 */
export const modelView = z.object({
  id: z.string(),
  year: z.number(),
  status: z.enum(['draft', 'published']),
  config: modelConfigSchema,
  windowOpensAt: z.date().nullable(),
  windowClosesAt: z.date().nullable(),
  resultsPublishedAt: z.date().nullable(),
  copiedFrom: z.string().nullable(),
  updatedAt: z.date(),
  publishedAt: z.date().nullable(),
});

export const createModelBody = z.strictObject({ year: z.number().int().min(2015).max(2100), copyFromYear: z.number().int().min(2015).max(2100).optional() });
export const changeModelBody = z.strictObject({ config: z.unknown() });
export const windowBody = z.strictObject({ opensAt: z.coerce.date(), closesAt: z.coerce.date() });
