import { markdownText as escapeMarkdown } from '../../../exports/markdown-text.js';
import type { OpsiCase } from './opsi-case.js';

export function opsiMarkdown(c: OpsiCase): string {
  const lines = [`# ${escapeMarkdown(c.title)}`, '', `_${escapeMarkdown(c.subtitle)}_`, ''];
  for (const section of c.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) lines.push(p.label ? `**${p.label}:** ${escapeMarkdown(p.text)}` : escapeMarkdown(p.text), '');
  }
  lines.push('---', '', `_${c.note}_`, '');
  return lines.join('\n');
}
