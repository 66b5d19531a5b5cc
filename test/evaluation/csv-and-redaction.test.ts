import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAssignmentCsv, parseAssignmentCsv } from '../../src/server/modules/evaluation/assignment-csv.js';
import { answerText, identifyingTerms, REDACTION_MARK, redactText, redactValue } from '../../src/server/modules/evaluation/redaction.js';

describe('assignment CSV', () => {
  it('round-trips any numbers and e-mails, including quotes, commas and formula-like cells', () => {
    const cell = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s) && !s.startsWith("'"));
    fc.assert(
      fc.property(
        fc.array(fc.record({ proposalNumber: cell, evaluatorEmail: cell.map((s) => s.toLowerCase()).filter((s) => s.trim() === s && s.length > 0) }), {
          minLength: 1,
          maxLength: 10,
        }),
        (rows) => {
          const parsed = parseAssignmentCsv(formatAssignmentCsv(rows));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.lines.map(({ proposalNumber, evaluatorEmail }) => ({ proposalNumber, evaluatorEmail }))).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the line of a malformed file', () => {
    expect(parseAssignmentCsv('nomor,email\nA,b@c')).toEqual({ ok: false, line: 1, problem: 'header' });
    expect(parseAssignmentCsv('proposal_number,evaluator_email\nA,b@c\nB\n')).toEqual({ ok: false, line: 3, problem: 'columns' });
    expect(parseAssignmentCsv('proposal_number,evaluator_email\n\n')).toEqual({ ok: false, line: 2, problem: 'empty' });
    const semicolons = parseAssignmentCsv('\uFEFFproposal_number;evaluator_email\r\nK-1;A@B.id\r\n');
    expect(semicolons).toEqual({ ok: true, lines: [{ line: 2, proposalNumber: 'K-1', evaluatorEmail: 'a@b.id' }] });
  });
});

describe('redaction for blind rounds', () => {
  it('masks the agency and its region, with and without the prefix, in nested answers', () => {
    const terms = identifyingTerms(['Dinas Kesehatan Kota Surabaya', 'Kota Surabaya', 'Jawa Timur']);
    expect(redactText('Inovasi Dinas Kesehatan Kota Surabaya bagi warga surabaya di Jawa Timur', terms)).toBe(
      `Inovasi ${REDACTION_MARK} bagi warga ${REDACTION_MARK} di ${REDACTION_MARK}`,
    );
    expect(redactValue({ list: ['Kota Surabaya (a+b)'], n: 3 }, terms)).toEqual({ list: [`${REDACTION_MARK} (a+b)`], n: 3 });
    expect(identifyingTerms([null, undefined, ' ', 'Ab'])).toEqual([]);
  });

  it('reads any answer as the text a hand-redacted copy holds', () => {
    expect(answerText('Teks apa adanya')).toBe('Teks apa adanya');
    expect(answerText([3, 10])).toBe('3, 10');
    expect(answerText(160000)).toBe('160000');
    expect(answerText(null)).toBe('');
    expect(answerText({ a: 1 })).toBe('{"a":1}');
  });
});
