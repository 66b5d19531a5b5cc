import { Checkbox, NativeSelect, SimpleGrid, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countWords, SDG_NUMBERS } from '../../../../common/competitions';
import { localText } from '../../../../common/format';
import type { Question } from '../../competitions/api/competitions-api';
import type { AnswerValue } from '../api/proposals-api';

/** One numbered question with its help text and, for text answers, a live word count against the limit. */
export function AnswerField({
  question: q,
  value,
  onChange,
  readOnly,
  missing = false,
}: {
  question: Question & { id: string; number: number };
  value: unknown;
  onChange: (value: AnswerValue) => void;
  readOnly: boolean;
  /** Highlighted after a refused "ready"/submit: a required answer is still empty. */
  missing?: boolean;
}) {
  const { t, i18n } = useTranslation(['proposals', 'catalog']);
  const label = `${q.number}. ${localText(q.title, q.titleEn, i18n.language)}`;
  const common = {
    label,
    description: localText(q.helpText, q.helpTextEn, i18n.language) || undefined,
    required: q.required,
    readOnly,
    error: missing ? t('editor.missingField') : undefined,
  };
  switch (q.answerType) {
    case 'long_text':
    case 'short_text': {
      const text = typeof value === 'string' ? value : '';
      const words = countWords(text);
      const over = q.wordLimit !== null && words > q.wordLimit;
      const counterId = `words-${q.id}`;
      const Field = q.answerType === 'long_text' ? Textarea : TextInput;
      return (
        <Stack gap={2}>
          <Field
            {...common}
            {...(q.answerType === 'long_text' ? { autosize: true, minRows: 4 } : {})}
            value={text}
            aria-describedby={counterId}
            error={over ? t('editor.overLimit', { words, limit: q.wordLimit }) : common.error}
            onChange={(e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value)}
          />
          <Text id={counterId} size="xs" c={over ? 'red' : 'dimmed'} aria-live="polite">
            {q.wordLimit !== null ? t('editor.wordCount', { words, limit: q.wordLimit }) : t('editor.wordCountFree', { words })}
          </Text>
        </Stack>
      );
    }
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(v) => onChange(v === '' ? null : Number(v))} />;
    case 'choice':
      return (
        <NativeSelect
          {...common}
          disabled={readOnly}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || null)}
          data={[{ value: '', label: t('editor.choose') }, ...q.options.map((o) => ({ value: o, label: o }))]}
        />
      );
    case 'sdg_list':
      return (
        <Checkbox.Group {...common} value={(Array.isArray(value) ? value : []).map(String)} onChange={(v) => onChange(v.map(Number).sort((a, b) => a - b))}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" mt={4}>
            {SDG_NUMBERS.map((n) => (
              <Checkbox key={n} value={String(n)} label={`SDG ${n}: ${String(t(`catalog:sdgs.${n}` as never))}`} disabled={readOnly} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case 'video_link':
      return <TextInput {...common} type="url" placeholder="https://" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || null)} />;
    default:
      return null;
  }
}
