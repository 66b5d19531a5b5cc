import PDFDocument from 'pdfkit';
import { latin1 } from '../../pdf/latin1.js';
import { OPEN_DATA_LICENCE } from './export-xlsx.js';
import type { FigureTable } from './tables.js';

export const PDF_TYPE = 'application/pdf';

const MARGIN = 40;
const BAR_COLOUR = '#2171b5';
const MAX_BARS = 20;

/** The column a table's bars show: the first numeric column named `count`, else `proposals`, else `value`. */
function valueKey(t: FigureTable): string | null {
  return ['count', 'proposals', 'value'].find((k) => t.columns.some((c) => c.key === k)) ?? null;
}

/** The label of a row: the first column that is not the value (names before codes). */
function labelOf(t: FigureTable, row: Record<string, string | number>, key: string): string {
  const named = t.columns.find((c) => c.key !== key && !c.key.endsWith('_code') && typeof row[c.key] === 'string');
  const any = t.columns.find((c) => c.key !== key);
  return String(row[(named ?? any)?.key ?? key] ?? '');
}

/**
 * A dashboard view as a PDF: each figure drawn on the server as a horizontal bar chart (pdfkit
 * vector shapes, largest first, at most 20 bars, the rest counted in a note) with its values
 * written beside the bars, and on every page a footer with the view, filters, the date and the
 * licence. Built-in Helvetica (Latin-1; other characters mapped), so no font files are needed.
 */
export function tablesPdf(title: string, filters: string, tables: readonly FigureTable[], lang: 'id' | 'en', generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: latin1(title), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 30;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#000').text(latin1(title), { width });
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444')
    .text(latin1(`${lang === 'id' ? 'Filter' : 'Filters'}: ${filters}`), { width });
  doc.moveDown(0.6);
  for (const table of tables) {
    const key = valueKey(table);
    if (!key) continue;
    const rows = table.rows
      .map((r) => ({ label: labelOf(table, r, key), value: Number(r[key]) || 0 }))
      .filter((r) => r.value > 0)
      .sort((a, b) => b.value - a.value);
    const shown = rows.slice(0, MAX_BARS);
    const height = 22 + Math.max(1, shown.length) * 13 + (rows.length > MAX_BARS ? 12 : 0);
    if (doc.y + height > bottom) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).fillColor('#0b3d6b').text(latin1(table.title[lang]), MARGIN, doc.y, { width });
    const top = doc.y + 4;
    if (shown.length === 0) {
      doc
        .font('Helvetica-Oblique')
        .fontSize(9)
        .fillColor('#444')
        .text(lang === 'id' ? 'Tidak ada data.' : 'No data.', MARGIN, top);
      doc.moveDown(0.8);
      continue;
    }
    const labelWidth = 150;
    const barArea = width - labelWidth - 60;
    const max = shown[0]!.value;
    shown.forEach((r, i) => {
      const y = top + i * 13;
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor('#000')
        .text(latin1(r.label), MARGIN, y + 1, { width: labelWidth - 6, height: 10, ellipsis: true, lineBreak: false });
      const w = Math.max(1, (r.value / max) * barArea);
      doc.rect(MARGIN + labelWidth, y, w, 10).fill(BAR_COLOUR);
      doc.fillColor('#000').text(r.value.toLocaleString(lang === 'id' ? 'id-ID' : 'en'), MARGIN + labelWidth + w + 4, y + 1, { lineBreak: false });
    });
    doc.y = top + shown.length * 13 + 2;
    if (rows.length > MAX_BARS) {
      const rest = rows.slice(MAX_BARS).reduce((s, r) => s + r.value, 0);
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .fillColor('#444')
        .text(latin1(lang === 'id' ? `${rows.length - MAX_BARS} baris lain: ${rest}` : `${rows.length - MAX_BARS} more rows: ${rest}`), MARGIN, doc.y, { width });
    }
    doc.moveDown(1);
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footer = `${title} - ${filters} - ${lang === 'id' ? 'dibuat' : 'generated'} ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC - ${i + 1}/${range.count}`;
    doc.font('Helvetica').fontSize(7).fillColor('#444');
    doc.text(latin1(footer), MARGIN, doc.page.height - MARGIN - 16, { width, lineBreak: false });
    doc.text(latin1(OPEN_DATA_LICENCE[lang]), MARGIN, doc.page.height - MARGIN - 7, { width, lineBreak: false });
  }
  doc.end();
  return done;
}
