import { describe, expect, it } from 'vitest';
import { latin1 } from './latin1.js';

describe('latin1 (the one PDF text sanitiser)', () => {
  it('keeps Latin-1, maps typographic marks to plain forms and replaces the rest with ?', () => {
    expect(latin1('Pelayanan Publik – “Inovasi” … café')).toBe('Pelayanan Publik - "Inovasi" ... café');
    expect(latin1('Skor ≥ 80 → lolos • ‘ya’')).toBe("Skor >= 80 -> lolos - 'ya'");
    expect(latin1('Kota 東京 😀')).toBe('Kota ?? ?');
    // Decomposed accents are composed first, so they stay Latin-1.
    expect(latin1('cafe\u0301')).toBe('café');
  });
});
