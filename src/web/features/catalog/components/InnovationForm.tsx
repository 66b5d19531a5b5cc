import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_SOURCES, INNOVATION_FORMS, SDG_NUMBERS } from '../../../../common/catalog';
import { GOVERNMENT_AFFAIRS, INITIATORS } from '../../../../common/innovation-index';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useProvinces, useRegencies } from '../../regions/api/regions-queries';
import { useCategories } from '../api/catalog-queries';
import { DuplicateWarning } from './DuplicateWarning';
import { sdgName } from './facet-label';
import { type FormErrors, type FormState, validateForm } from './form-state';
import { IndicatorFields } from './IndicatorFields';

/**
 * The innovation profile form (issue #3 point 1), used to register and to edit. Labels are the
 * field names, so assistive technology and tests find each one by its label.
 */
export function InnovationForm({
  initial,
  excludeId,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial: FormState;
  excludeId?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (state: FormState) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('catalog');
  const [f, setF] = useState<FormState>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const provinces = useProvinces();
  const regencies = useRegencies(f.province || null);
  const categories = useCategories();
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setF((prev) => ({ ...prev, [key]: value }));
  const text = (key: 'problem' | 'approach' | 'implementationSteps' | 'results' | 'stakeholders' | 'resources' | 'sustainability' | 'replicationPotential') => (
    <Textarea label={t(`form.${key}`)} autosize minRows={3} maxLength={10_000} value={f[key]} onChange={(e) => set(key, e.currentTarget.value)} />
  );
  const number = (key: 'beneficiaries' | 'costSavedIdr' | 'timeSavedDays') => (
    <TextInput label={t(`form.${key}`)} inputMode="decimal" value={f[key]} onChange={(e) => set(key, e.currentTarget.value)} error={errors[key]} />
  );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateForm(f, t as unknown as (key: string, options?: Record<string, unknown>) => string);
        setErrors(found);
        if (Object.keys(found).length === 0) onSubmit(f);
      }}
    >
      <Stack gap="lg">
        <Fieldset legend={t('form.sections.identity')}>
          <Stack>
            <TextInput label={t('form.title')} required maxLength={200} value={f.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
            <Textarea
              label={t('form.summary')}
              description={t('form.summaryHint')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={f.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
              error={errors.summary}
            />
            <DuplicateWarning title={f.title} summary={f.summary} {...(excludeId ? { excludeId } : {})} />
            <TextInput label={t('form.unitName')} maxLength={200} value={f.unitName} onChange={(e) => set('unitName', e.currentTarget.value)} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('form.province')}
                required
                value={f.province}
                onChange={(e) => {
                  const province = e.currentTarget.value;
                  setF((prev) => ({ ...prev, province, regency: '' }));
                }}
                data={[{ value: '', label: t('form.choose') }, ...(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))]}
                error={errors.province}
              />
              <NativeSelect
                label={t('form.regency')}
                disabled={!f.province}
                value={f.regency}
                onChange={(e) => set('regency', e.currentTarget.value)}
                data={[{ value: '', label: t('form.regencyAll') }, ...(regencies.data ?? []).map((r) => ({ value: r.code, label: r.name }))]}
              />
            </SimpleGrid>
            <TextInput
              label={t('form.startDate')}
              description={t('form.startDateHint')}
              required
              type="date"
              value={f.startDate}
              onChange={(e) => set('startDate', e.currentTarget.value)}
              error={errors.startDate}
              w={240}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.narrative')}>
          <Stack>
            {text('problem')}
            {text('approach')}
            {text('implementationSteps')}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.impact')}>
          <Stack>
            {text('results')}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {number('beneficiaries')}
              {number('costSavedIdr')}
              {number('timeSavedDays')}
            </SimpleGrid>
            <IndicatorFields rows={f.indicators} onChange={(rows) => set('indicators', rows)} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.support')}>
          <Stack>
            {text('stakeholders')}
            {text('resources')}
            <NativeSelect
              label={t('form.budgetSource')}
              value={f.budgetSource}
              onChange={(e) => set('budgetSource', e.currentTarget.value as FormState['budgetSource'])}
              data={[{ value: '', label: t('form.choose') }, ...BUDGET_SOURCES.map((b) => ({ value: b, label: t(`budgetSources.${b}`) }))]}
              w={320}
            />
            {text('sustainability')}
            {text('replicationPotential')}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.classification')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('form.category')}
                required
                value={f.categoryId}
                onChange={(e) => set('categoryId', e.currentTarget.value)}
                data={[
                  { value: '', label: t('form.choose') },
                  ...(categories.data ?? []).map((c) => ({ value: String(c.id), label: i18n.language === 'en' ? c.nameEn : c.nameId })),
                ]}
                error={errors.categoryId}
              />
              <NativeSelect
                label={t('form.form')}
                value={f.form}
                onChange={(e) => set('form', e.currentTarget.value as FormState['form'])}
                data={INNOVATION_FORMS.map((v) => ({ value: v, label: t(`forms.${v}`) }))}
              />
              <NativeSelect
                label={t('profileFields.governmentAffair')}
                description={t('profileFields.governmentAffairHint')}
                value={f.governmentAffair}
                onChange={(e) => set('governmentAffair', e.currentTarget.value as FormState['governmentAffair'])}
                data={[{ value: '', label: t('form.choose') }, ...GOVERNMENT_AFFAIRS.map((v) => ({ value: v, label: t(`affairs.${v}`) }))]}
              />
              <NativeSelect
                label={t('profileFields.initiator')}
                value={f.initiator}
                onChange={(e) => set('initiator', e.currentTarget.value as FormState['initiator'])}
                data={[{ value: '', label: t('form.choose') }, ...INITIATORS.map((v) => ({ value: v, label: t(`initiators.${v}`) }))]}
              />
            </SimpleGrid>
            <Switch label={t('form.digital')} checked={f.digital} onChange={(e) => set('digital', e.currentTarget.checked)} />
            <Checkbox.Group
              label={t('form.sdgs')}
              description={t('form.sdgsHint')}
              required
              value={f.sdgs.map(String)}
              onChange={(values) => set('sdgs', values.map(Number))}
              error={errors.sdgs}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs" spacing="xs">
                {SDG_NUMBERS.map((n) => (
                  <Checkbox key={n} value={String(n)} label={`${n}. ${sdgName(n)}`} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.status')}>
          <Stack>
            <NativeSelect
              label={t('form.status')}
              value={f.status}
              onChange={(e) => set('status', e.currentTarget.value as FormState['status'])}
              data={(['running', 'stopped'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
              w={240}
            />
            {f.status === 'stopped' ? (
              <Textarea
                label={t('form.stoppedReason')}
                required
                autosize
                minRows={2}
                value={f.stoppedReason}
                onChange={(e) => set('stoppedReason', e.currentTarget.value)}
                error={errors.stoppedReason}
              />
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.links')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('form.websiteUrl')}
              description={t('form.urlHint')}
              type="url"
              value={f.websiteUrl}
              onChange={(e) => set('websiteUrl', e.currentTarget.value)}
              error={errors.websiteUrl}
            />
            <TextInput
              label={t('form.videoUrl')}
              description={t('form.urlHint')}
              type="url"
              value={f.videoUrl}
              onChange={(e) => set('videoUrl', e.currentTarget.value)}
              error={errors.videoUrl}
            />
          </SimpleGrid>
        </Fieldset>

        <ErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
