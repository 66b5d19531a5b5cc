import { Checkbox, Group, NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_TYPES, type AnswerType, WORD_COUNTED_TYPES } from '../../../../common/competitions';
import type { Competition, Question, QuestionDraft } from '../api/competitions-api';
import { useReplaceSection } from '../api/competitions-queries';
import { SectionEditor } from '../../../components/SectionEditor';

/** A saved question as the editor holds it: its number follows from the order. */
const draftOf = ({ number: _number, ...question }: Question): QuestionDraft => question;

/** The proposal form: numbered questions in order, each with help text, required flag, word limit and answer type. */
export function QuestionsEditor({ competition }: { competition: Competition }) {
  const { t } = useTranslation('competitions');
  const [items, setItems] = useState<QuestionDraft[]>(() => competition.questions.map(draftOf));
  const save = useReplaceSection(competition.id);
  const clean = items.map((q) => ({
    ...q,
    wordLimit: WORD_COUNTED_TYPES.includes(q.answerType) ? q.wordLimit : null,
    options: q.answerType === 'choice' ? q.options.map((o) => o.trim()).filter(Boolean) : [],
  }));
  return (
    <SectionEditor
      items={items}
      onChange={(next) => {
        save.reset();
        setItems(next);
      }}
      blank={(): QuestionDraft => ({ title: '', titleEn: null, helpText: '', helpTextEn: null, required: true, wordLimit: 300, answerType: 'long_text', options: [] })}
      itemLabel={(i) => t('questionFields.label', { number: i + 1 })}
      saving={save.isPending}
      error={save.error}
      saved={save.isSuccess}
      onSave={() => save.mutate({ section: 'questions', items: clean }, { onSuccess: (c) => setItems(c.questions.map(draftOf)) })}
      render={(q, i, update) => (
        <>
          <TextInput label={t('questionFields.title', { number: i + 1 })} required value={q.title} onChange={(e) => update({ title: e.currentTarget.value })} />
          <Textarea label={t('questionFields.help', { number: i + 1 })} autosize minRows={1} value={q.helpText} onChange={(e) => update({ helpText: e.currentTarget.value })} />
          <TextInput
            label={t('english.questionTitle', { number: i + 1 })}
            description={t('english.help')}
            value={q.titleEn ?? ''}
            onChange={(e) => update({ titleEn: e.currentTarget.value })}
          />
          <Textarea
            label={t('english.questionHelp', { number: i + 1 })}
            autosize
            minRows={1}
            value={q.helpTextEn ?? ''}
            onChange={(e) => update({ helpTextEn: e.currentTarget.value })}
          />
          <Group grow align="flex-end">
            <NativeSelect
              label={t('questionFields.type', { number: i + 1 })}
              value={q.answerType}
              onChange={(e) => update({ answerType: e.currentTarget.value as AnswerType })}
              data={ANSWER_TYPES.map((type) => ({ value: type, label: t(`answerType.${type}`) }))}
            />
            {WORD_COUNTED_TYPES.includes(q.answerType) ? (
              <NumberInput
                label={t('questionFields.wordLimit', { number: i + 1 })}
                min={1}
                value={q.wordLimit ?? ''}
                onChange={(v) => update({ wordLimit: v === '' ? null : Number(v) })}
              />
            ) : null}
            <Checkbox label={t('questionFields.required', { number: i + 1 })} checked={q.required} onChange={(e) => update({ required: e.currentTarget.checked })} />
          </Group>
          {q.answerType === 'choice' ? (
            <Textarea
              label={t('questionFields.options', { number: i + 1 })}
              description={t('questionFields.optionsHelp')}
              autosize
              minRows={2}
              value={q.options.join('\n')}
              onChange={(e) => update({ options: e.currentTarget.value.split('\n') })}
            />
          ) : null}
        </>
      )}
    />
  );
}
