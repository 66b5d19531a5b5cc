import type { BudgetSource, InnovationForm, InnovationProfile, InnovationStatus } from '../../../../common/catalog';
import { GOVERNMENT_AFFAIRS, type GovernmentAffair, INITIATORS, type Initiator } from '../../../../common/innovation-index';
import type { InnovationView } from '../api/catalog-types';

/** The form as the person types it: numbers stay text until sent. */
export interface FormState {
  title: string;
  summary: string;
  unitName: string;
  province: string;
  regency: string;
  problem: string;
  approach: string;
  implementationSteps: string;
  results: string;
  stakeholders: string;
  resources: string;
  budgetSource: BudgetSource | '';
  sustainability: string;
  replicationPotential: string;
  beneficiaries: string;
  costSavedIdr: string;
  timeSavedDays: string;
  indicators: { label: string; unit: string; before: string; after: string }[];
  websiteUrl: string;
  videoUrl: string;
  startDate: string;
  digital: boolean;
  governmentAffair: GovernmentAffair | '';
  initiator: Initiator | '';
  form: InnovationForm;
  categoryId: string;
  sdgs: number[];
  status: InnovationStatus;
  stoppedReason: string;
}

export const EMPTY_FORM: FormState = {
  title: '',
  summary: '',
  unitName: '',
  province: '',
  regency: '',
  problem: '',
  approach: '',
  implementationSteps: '',
  results: '',
  stakeholders: '',
  resources: '',
  budgetSource: '',
  sustainability: '',
  replicationPotential: '',
  beneficiaries: '',
  costSavedIdr: '',
  timeSavedDays: '',
  indicators: [],
  websiteUrl: '',
  videoUrl: '',
  startDate: '',
  digital: false,
  governmentAffair: '',
  initiator: '',
  form: 'public_service',
  categoryId: '',
  sdgs: [],
  status: 'running',
  stoppedReason: '',
};

const text = (n: number | null) => (n === null ? '' : String(n));
/** The answer names the affair and the initiator as text; the form's choices are the known values (another one shows as unset). */
const oneOf = <T extends string>(known: readonly T[], value: string | null): T | '' => known.find((k) => k === value) ?? '';

export function formFromView(view: InnovationView): FormState {
  const regency = view.region.code.includes('.') ? view.region.code : '';
  return {
    title: view.title,
    summary: view.summary,
    unitName: view.unitName,
    province: view.region.provinceCode,
    regency,
    problem: view.problem,
    approach: view.approach,
    implementationSteps: view.implementationSteps,
    results: view.results,
    stakeholders: view.stakeholders,
    resources: view.resources,
    budgetSource: view.budgetSource ?? '',
    sustainability: view.sustainability,
    replicationPotential: view.replicationPotential,
    beneficiaries: text(view.beneficiaries),
    costSavedIdr: text(view.costSavedIdr),
    timeSavedDays: text(view.timeSavedDays),
    indicators: view.indicators.map((i) => ({ label: i.label, unit: i.unit, before: text(i.before), after: text(i.after) })),
    websiteUrl: view.websiteUrl ?? '',
    videoUrl: view.videoUrl ?? '',
    startDate: view.startDate,
    digital: view.digital,
    governmentAffair: oneOf(GOVERNMENT_AFFAIRS, view.governmentAffair),
    initiator: oneOf(INITIATORS, view.initiator),
    form: view.form,
    categoryId: String(view.category.id),
    sdgs: view.sdgs,
    status: view.status,
    stoppedReason: view.stoppedReason ?? '',
  };
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value.replace(',', '.')));

export function inputFromForm(f: FormState): InnovationProfile {
  return {
    title: f.title.trim(),
    summary: f.summary.trim(),
    unitName: f.unitName.trim(),
    regionCode: f.regency || f.province,
    problem: f.problem.trim(),
    approach: f.approach.trim(),
    implementationSteps: f.implementationSteps.trim(),
    results: f.results.trim(),
    stakeholders: f.stakeholders.trim(),
    resources: f.resources.trim(),
    budgetSource: f.budgetSource || null,
    sustainability: f.sustainability.trim(),
    replicationPotential: f.replicationPotential.trim(),
    beneficiaries: numberOrNull(f.beneficiaries),
    costSavedIdr: numberOrNull(f.costSavedIdr),
    timeSavedDays: numberOrNull(f.timeSavedDays),
    indicators: f.indicators
      .filter((i) => i.label.trim())
      .map((i) => ({ label: i.label.trim(), unit: i.unit.trim(), before: numberOrNull(i.before), after: numberOrNull(i.after) })),
    websiteUrl: f.websiteUrl.trim() || null,
    videoUrl: f.videoUrl.trim() || null,
    startDate: f.startDate,
    digital: f.digital,
    governmentAffair: f.governmentAffair || null,
    initiator: f.initiator || null,
    form: f.form,
    categoryId: Number(f.categoryId),
    sdgs: [...f.sdgs].sort((a, b) => a - b),
    status: f.status,
    stoppedReason: f.status === 'stopped' ? f.stoppedReason.trim() || null : null,
  };
}

/** Only the fields that differ from the saved record, so each version lists real changes. */
export function changedFields(before: InnovationProfile, after: InnovationProfile): Partial<InnovationProfile> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof InnovationProfile)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out as Partial<InnovationProfile>;
}

export type FormErrors = Partial<Record<keyof FormState | 'region', string>>;

const URL_PATTERN = /^https?:\/\/\S+$/;

/** The checks a person should hear about before the round trip; the server checks everything again. */
export function validateForm(f: FormState, t: (key: string, options?: Record<string, unknown>) => string): FormErrors {
  const errors: FormErrors = {};
  if (f.title.trim().length < 5) errors.title = f.title.trim() ? t('form.tooShort', { count: 5 }) : t('form.required');
  if (f.summary.trim().length < 20) errors.summary = f.summary.trim() ? t('form.tooShort', { count: 20 }) : t('form.required');
  if (!f.province) errors.province = t('form.required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.startDate)) errors.startDate = f.startDate ? t('form.invalidDate') : t('form.required');
  if (!f.categoryId) errors.categoryId = t('form.required');
  if (f.sdgs.length === 0) errors.sdgs = t('form.pickSdg');
  if (f.status === 'stopped' && f.stoppedReason.trim().length < 5) errors.stoppedReason = t('form.tooShort', { count: 5 });
  for (const key of ['websiteUrl', 'videoUrl'] as const) if (f[key].trim() && !URL_PATTERN.test(f[key].trim())) errors[key] = t('form.invalidUrl');
  for (const key of ['beneficiaries', 'costSavedIdr', 'timeSavedDays'] as const) {
    const value = f[key].trim();
    if (value && !(Number(value.replace(',', '.')) >= 0)) errors[key] = t('form.invalidNumber');
  }
  return errors;
}
