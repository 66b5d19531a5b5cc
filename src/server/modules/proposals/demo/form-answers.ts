import type { InnovationForm } from '../../../../common/catalog.js';
import type { QuestionView } from '../../competitions/schemas.js';
import type { DemoNarrative } from './entry-types.js';

/**
 * Fills a call's form from an innovation's narrative. Questions are matched by type and order,
 * not by title, so the demo still fills a form the ministry has reworded: the long narrative
 * questions in turn (summary, problem, novelty, steps, results, stakeholders, resources,
 * sustainability, replication), then SDGs, the form of the innovation and the beneficiaries.
 */
const NARRATIVE_ORDER: readonly (keyof DemoNarrative)[] = [
  'summary',
  'problem',
  'approach',
  'implementationSteps',
  'results',
  'stakeholders',
  'resources',
  'sustainability',
  'replicationPotential',
];

/** The KIPP form's "Bentuk inovasi" options for the catalog's forms. */
const FORM_OPTION: Record<InnovationForm, string> = {
  public_service: 'Pelayanan publik',
  governance: 'Tata kelola pemerintahan',
  other: 'Lainnya',
};

export interface FormSource {
  narrative: DemoNarrative;
  indicators: readonly { label: string; unit: string; before: number | null; after: number | null }[];
  sdgs: readonly number[];
  form: InnovationForm;
  beneficiaries: number | null;
}

const number = (n: number) => n.toLocaleString('id-ID');

/** "Indikator utama: …" appended to the results answer, as entrants back their claims with a before–after figure. */
function withIndicator(results: string, indicators: FormSource['indicators']): string {
  const main = indicators.find((i) => i.before !== null && i.after !== null);
  if (!main) return results;
  const unit = main.unit === '%' ? ' persen' : main.unit ? ` ${main.unit}` : '';
  return `${results} Indikator utama: ${main.label.toLowerCase()} ${number(main.before!)}${unit} sebelum inovasi dan ${number(main.after!)}${unit} sesudahnya.`;
}

/**
 * The answers to save. `narrativeOnly` limits them to the first few narrative questions: what a
 * draft the operator is still writing holds.
 */
export function formAnswers(
  questions: readonly QuestionView[],
  source: FormSource,
  options: { narrativeOnly?: number } = {},
): { questionId: string; value: string | number | number[] }[] {
  const answers: { questionId: string; value: string | number | number[] }[] = [];
  let narrativeIndex = 0;
  for (const q of [...questions].sort((a, b) => a.number - b.number)) {
    if (q.answerType === 'long_text' || q.answerType === 'short_text') {
      const key = NARRATIVE_ORDER[narrativeIndex++];
      if (!key || (options.narrativeOnly !== undefined && narrativeIndex > options.narrativeOnly)) continue;
      const text = key === 'results' ? withIndicator(source.narrative.results, source.indicators) : source.narrative[key];
      if (text.trim()) answers.push({ questionId: q.id, value: text });
      continue;
    }
    if (options.narrativeOnly !== undefined) continue;
    if (q.answerType === 'sdg_list' && source.sdgs.length > 0) answers.push({ questionId: q.id, value: [...source.sdgs] });
    if (q.answerType === 'choice' && q.options.length > 0) {
      const wanted = FORM_OPTION[source.form];
      answers.push({ questionId: q.id, value: q.options.includes(wanted) ? wanted : q.options[q.options.length - 1]! });
    }
    if (q.answerType === 'number' && source.beneficiaries !== null) answers.push({ questionId: q.id, value: source.beneficiaries });
  }
  return answers;
}
