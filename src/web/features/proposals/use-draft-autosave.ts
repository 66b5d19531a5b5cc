import { useCallback, useEffect, useRef, useState } from 'react';
import { WORD_COUNTED_TYPES, countWords } from '../../../common/competitions';
import type { Question } from '../competitions/api/competitions-api';
import { isAnswerValue } from '../../../common/proposals';
import { type Proposal, type SaveProposal, saveOnExit } from './api/proposals-api';
import { useSaveProposal } from './api/proposals-queries';

/**
 * Autosave of a draft: changed answers are sent a moment after typing stops, with the version
 * they were based on (a save from another tab makes the server refuse instead of overwrite).
 * Every change is also kept in this browser until the server has it, and sent with `keepalive`
 * when the tab closes, so no work is lost on a closed tab or a dropped connection.
 */
const DEBOUNCE_MS = 1500;
type AnswerInput = NonNullable<SaveProposal['answers']>[number];
const backupKey = (id: string) => `simpul.proposal-draft.${id}`;

export interface DraftBackup {
  version: number;
  answers: Record<string, unknown>;
  savedAt: string;
}

export function readBackup(id: string): DraftBackup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as DraftBackup) : null;
  } catch {
    return null;
  }
}

export function useDraftAutosave(proposal: Proposal, questions: (Question & { id: string })[], editable: boolean) {
  const [answers, setAnswers] = useState<Record<string, unknown>>(() => Object.fromEntries(proposal.answers.map((a) => [a.questionId, a.value])));
  const dirty = useRef(new Set<string>());
  const version = useRef(proposal.version);
  const [state, setState] = useState<'idle' | 'pending' | 'saving' | 'saved' | 'blocked'>('idle');
  const save = useSaveProposal(proposal.id);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const byId = useRef(new Map(questions.map((q) => [q.id, q])));
  // The newest answers for the timers and unload handlers; updated in `change`, never during render.
  const latest = useRef(answers);

  useEffect(() => {
    if (!save.isPending) version.current = Math.max(version.current, proposal.version);
  }, [proposal.version, save.isPending]);

  /**
   * The changed answers as the save request takes them. Answers over their word limit stay in the
   * browser (and its backup) until shortened, and so would a value of no answer's shape (only a
   * damaged backup could hold one).
   */
  const sendable = useCallback((): AnswerInput[] => {
    return [...dirty.current].flatMap((id) => {
      const q = byId.current.get(id);
      const value = latest.current[id] ?? null;
      const overLimit = q && WORD_COUNTED_TYPES.includes(q.answerType) && q.wordLimit !== null && typeof value === 'string' && countWords(value) > q.wordLimit;
      return !overLimit && isAnswerValue(value) ? [{ questionId: id, value }] : [];
    });
  }, []);

  const flush = useCallback(() => {
    const answers = sendable();
    const ids = answers.map((a) => a.questionId);
    if (ids.length === 0) {
      setState(dirty.current.size > 0 ? 'blocked' : 'saved');
      return;
    }
    const sent = Object.fromEntries(ids.map((id) => [id, latest.current[id]]));
    setState('saving');
    save.mutate(
      { baseVersion: version.current, answers },
      {
        onSuccess: (saved) => {
          version.current = saved.version;
          for (const id of ids) if (latest.current[id] === sent[id]) dirty.current.delete(id);
          if (dirty.current.size === 0) window.localStorage.removeItem(backupKey(proposal.id));
          setState(dirty.current.size > 0 ? 'pending' : 'saved');
        },
        onError: () => setState('pending'),
      },
    );
  }, [proposal.id, save, sendable]);

  const change = useCallback(
    (questionId: string, value: unknown) => {
      setAnswers((previous) => {
        const next = { ...previous, [questionId]: value };
        latest.current = next;
        try {
          window.localStorage.setItem(backupKey(proposal.id), JSON.stringify({ version: version.current, answers: next, savedAt: new Date().toISOString() } satisfies DraftBackup));
        } catch {
          // storage full or disabled: the server save still runs
        }
        return next;
      });
      dirty.current.add(questionId);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    },
    [flush, proposal.id],
  );

  useEffect(() => {
    if (!editable) return;
    const onHide = () => {
      const answers = sendable();
      if (answers.length === 0) return;
      saveOnExit(proposal.id, { baseVersion: version.current, answers });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [editable, proposal.id, sendable]);

  const restore = useCallback(
    (backup: DraftBackup) => {
      for (const [id, value] of Object.entries(backup.answers)) change(id, value);
    },
    [change],
  );

  return { answers, change, state, error: save.error, flush, restore, hasUnsaved: () => dirty.current.size > 0 };
}
