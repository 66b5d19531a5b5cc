import { type LocalText, type ModelConfig, modelMaxima } from '../../../../common/innovation-index.js';

export { modelMaxima };

/**
 * Checks of a model beyond its zod shape. `structuralProblems` runs on every save (references and
 * orderings a draft must already respect); `publishProblems` adds what a published model needs:
 * the weights sum to the declared maximum and the aspect shares match them.
 */

const close = (a: number, b: number, tolerance = 1e-6): boolean => Math.abs(a - b) <= tolerance;

export function structuralProblems(model: ModelConfig): LocalText[] {
  const problems: LocalText[] = [];
  const variables = new Map(model.variables.map((v) => [v.code, v]));
  const evidence = new Set(model.evidenceTypes.map((e) => e.code));
  const seen = new Set<string>();
  const numbers = new Set<number>();
  for (const i of model.indicators) {
    if (seen.has(i.code)) problems.push({ id: `Kode indikator ganda: ${i.code}.`, en: `Duplicate indicator code: ${i.code}.` });
    if (numbers.has(i.no)) problems.push({ id: `Nomor indikator ganda: ${i.no}.`, en: `Duplicate indicator number: ${i.no}.` });
    seen.add(i.code);
    numbers.add(i.no);
    const variable = variables.get(i.variable);
    if (!variable || variable.aspect !== i.aspect)
      problems.push({
        id: `Indikator ${i.no}: variabel ${i.variable} tidak ada pada aspek ${i.aspect.toUpperCase()}.`,
        en: `Indicator ${i.no}: variable ${i.variable} is not in aspect ${i.aspect.toUpperCase()}.`,
      });
    for (const e of i.evidenceTypes)
      if (!evidence.has(e)) problems.push({ id: `Indikator ${i.no}: jenis bukti ${e} tidak ada.`, en: `Indicator ${i.no}: evidence type ${e} does not exist.` });
    if (i.levels.map((l) => l.level).join() !== '1,2,3') problems.push({ id: `Indikator ${i.no}: tingkat harus 1, 2, 3.`, en: `Indicator ${i.no}: levels must be 1, 2, 3.` });
    for (const b of i.bands)
      if (b.min !== null && b.max !== null && b.min > b.max)
        problems.push({ id: `Indikator ${i.no}: rentang tingkat ${b.level} terbalik.`, en: `Indicator ${i.no}: band of level ${b.level} is reversed.` });
  }
  for (const e of model.evidenceTypes) {
    if (e.kind === 'file' && (e.contentTypes.length === 0 || !e.maxBytes))
      problems.push({ id: `Jenis bukti ${e.code}: berkas perlu jenis isi dan ukuran maksimum.`, en: `Evidence type ${e.code}: files need content types and a maximum size.` });
  }
  const p = model.predicates;
  const ordered = p.every((band, index) => index === 0 || band.min < p[index - 1]!.min);
  if (!ordered || p[p.length - 1]!.code !== 'tidak_dapat_dinilai' || p[p.length - 1]!.min !== 0 || new Set(p.map((b) => b.code)).size !== p.length) {
    problems.push({
      id: 'Predikat harus menurun dari tertinggi, diakhiri "Tidak Dapat Dinilai" pada 0.',
      en: 'Predicates must descend from the highest and end with "cannot be assessed" at 0.',
    });
  }
  if (model.countRule.minBasicAffairs > model.countRule.basicAffairs.length) {
    problems.push({ id: 'Syarat urusan pelayanan dasar melebihi jumlah urusan.', en: 'The basic-service requirement exceeds the number of affairs.' });
  }
  return problems;
}

export function publishProblems(model: ModelConfig): LocalText[] {
  const problems = structuralProblems(model);
  const max = modelMaxima(model);
  if (!close(max.total, model.maxScore)) {
    problems.push({
      id: `Jumlah bobot tidak sama dengan maksimum yang dinyatakan: SPD ${max.spd} + SID ${max.sidIndicators} + jumlah inovasi ${max.count} = ${max.total}, bukan ${model.maxScore}.`,
      en: `The weights do not sum to the declared maximum: SPD ${max.spd} + SID ${max.sidIndicators} + innovation count ${max.count} = ${max.total}, not ${model.maxScore}.`,
    });
  }
  const share = (aspect: 'spd' | 'sid') => model.aspects.find((a) => a.code === aspect)?.sharePercent ?? -1;
  if (!close((max.spd / model.maxScore) * 100, share('spd'), 0.05) || !close(((max.sidIndicators + max.count) / model.maxScore) * 100, share('sid'), 0.05)) {
    problems.push({ id: 'Persentase aspek tidak sesuai dengan bobot indikatornya.', en: "The aspects' shares do not match their indicators' weights." });
  }
  return problems;
}
