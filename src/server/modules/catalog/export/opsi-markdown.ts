import type { OpsiCase } from './opsi-case.js';

/** Keeps user text from turning into headings, quotes, tables or raw HTML. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/^(\s*)([#>|*+-]|\d+\.)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

export function opsiMarkdown(c: OpsiCase): string {
  const lines = [`# ${escapeMarkdown(c.title)}`, '', `_${escapeMarkdown(c.subtitle)}_`, ''];
  for (const section of c.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) lines.push(p.label ? `**${p.label}:** ${escapeMarkdown(p.text)}` : escapeMarkdown(p.text), '');
  }
  lines.push('---', '', `_${c.note}_`, '');
  return lines.join('\n');
}
