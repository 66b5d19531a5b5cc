import PDFDocument from 'pdfkit';
import { FACT_LABELS, formatRupiah, MEASURE_LABELS, type RuleSetConfig, type ScenarioResult } from '../../../common/incentive.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import { latin1 } from '../../pdf/latin1.js';

/**
 * The finance viewer's downloads of a scenario: a workbook with every region, its eligibility,
 * reasons, category index and amount, plus the rules; and a recommendation letter (PDF) with the
 * full table and the rules in plain words. Both say that the Ministry of Finance decides.
 */

export interface ScenarioDocument {
  name: string;
  fiscalYear: number;
  ruleSetName: string;
  config: RuleSetConfig;
  result: ScenarioResult;
  inputsHash: string;
  recommendedAt: Date | null;
  createdAt: Date;
}

const DECIDES = {
  id: 'Daftar ini adalah rekomendasi yang disiapkan Kementerian PANRB; keputusan alokasi ada pada Kementerian Keuangan.',
  en: 'This list is a recommendation prepared by the Ministry of Administrative Reform; the Ministry of Finance decides the allocation.',
};

export function rulesInWords(config: RuleSetConfig): string[] {
  const lines: string[] = [];
  for (const c of config.conditions) lines.push(`Syarat: ${FACT_LABELS[c.fact].id} = ${c.passes.join(' atau ')}`);
  for (const c of config.categories) lines.push(`Kategori ${c.name}: ${MEASURE_LABELS[c.measure].id} ${config.resultsYear}, bobot ${c.weight}`);
  for (const c of config.clusters) lines.push(`Klaster ${c.name} (${c.values.join(', ')}): ${(c.shareBasisPoints / 100).toLocaleString('id-ID')}% dari dana`);
  lines.push(
    `Dana: ${formatRupiah(config.pool)}; minimum per daerah ${formatRupiah(config.minPerRegion)}; maksimum ${config.maxPerRegion === null ? 'tidak ada' : formatRupiah(config.maxPerRegion)}`,
  );
  lines.push('Indeks kategori = jumlah (bobot x nilai / nilai terbaik nasional) / jumlah bobot x 100.');
  lines.push('Alokasi per klaster sebanding indeks, dibatasi minimum dan maksimum; pembulatan rupiah dengan metode sisa terbesar sehingga jumlahnya tepat sama dengan dana.');
  return lines;
}

export function scenarioWorkbook(doc: ScenarioDocument): Promise<Buffer> {
  return workbookBuffer([
    {
      name: 'Alokasi',
      freezeHeader: true,
      columns: [
        { header: 'Kode wilayah', key: 'code', width: 12 },
        { header: 'Wilayah', key: 'name', width: 34 },
        { header: 'Jenis', key: 'kind', width: 11 },
        { header: 'Klaster', key: 'cluster', width: 12 },
        { header: 'Memenuhi syarat', key: 'eligible', width: 16 },
        { header: 'Indeks kategori', key: 'index', width: 15 },
        { header: 'Alokasi (Rp)', key: 'amount', width: 20, numFmt: '#,##0' },
        { header: 'Alasan', key: 'reasons', width: 120 },
      ],
      rows: doc.result.regions.map((r) => ({
        code: r.regionCode,
        name: r.regionName,
        kind: r.kind,
        cluster: r.clusterCode ?? '',
        eligible: r.eligible ? 'ya' : 'tidak',
        index: r.categoryIndex,
        amount: Number(r.amount),
        reasons: r.reasons.map((x) => x.text.id).join('; '),
      })),
    },
    {
      name: 'Aturan',
      columns: [{ header: `${doc.ruleSetName} (tahun anggaran ${doc.fiscalYear}) - skenario ${doc.name}`, key: 'line', width: 140 }],
      rows: [
        ...rulesInWords(doc.config),
        `Jumlah dialokasikan: ${formatRupiah(doc.result.allocated)}; tidak teralokasi: ${formatRupiah(doc.result.unallocated)}`,
        `Sidik jari masukan (SHA-256): ${doc.inputsHash}`,
        DECIDES.id,
      ].map((line) => ({ line })),
    },
  ]);
}

export function recommendationLetterPdf(doc: ScenarioDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 40, info: { Title: latin1(`Rekomendasi insentif fiskal ${doc.fiscalYear} - ${doc.name}`), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 80;
  pdf
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(latin1(`Rekomendasi penerima insentif fiskal kategori inovasi, tahun anggaran ${doc.fiscalYear}`), { width });
  pdf.moveDown(0.3);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(latin1(`${doc.ruleSetName} - skenario "${doc.name}"`), { width });
  const dated = doc.recommendedAt ?? doc.createdAt;
  pdf.text(latin1(`${doc.recommendedAt ? 'Diterbitkan' : 'Dijalankan (belum diterbitkan)'}: ${dated.toISOString().slice(0, 10)}`), { width });
  pdf.moveDown(0.5);
  pdf.font('Helvetica-Oblique').text(latin1(`${DECIDES.id} ${DECIDES.en}`), { width });
  pdf.moveDown(0.6);
  pdf.font('Helvetica-Bold').fontSize(11).text('Aturan', { width });
  pdf.font('Helvetica').fontSize(9);
  for (const line of rulesInWords(doc.config)) pdf.text(latin1(`- ${line}`), { width });
  pdf.moveDown(0.3);
  pdf.text(
    latin1(
      `Dana ${formatRupiah(doc.result.pool)}; dialokasikan ${formatRupiah(doc.result.allocated)} kepada ${doc.result.regions.filter((r) => BigInt(r.amount) > 0n).length} daerah; tidak teralokasi ${formatRupiah(doc.result.unallocated)}.`,
    ),
    { width },
  );
  pdf.text(latin1(`Sidik jari masukan (SHA-256): ${doc.inputsHash}`), { width });
  pdf.moveDown(0.6);
  pdf.font('Helvetica-Bold').fontSize(11).text('Daerah penerima', { width });
  const columns = [
    { title: 'Kode', w: 50 },
    { title: 'Wilayah', w: 200 },
    { title: 'Klaster', w: 60 },
    { title: 'Indeks', w: 60 },
    { title: 'Alokasi', w: width - 370 },
  ];
  const row = (values: string[], bold = false) => {
    if (pdf.y > pdf.page.height - 60) pdf.addPage();
    const y = pdf.y;
    let x = 40;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    values.forEach((v, i) => {
      pdf.text(latin1(v), x, y, { width: columns[i]!.w - 4, lineBreak: false, ellipsis: true, align: i >= 3 ? 'right' : 'left' });
      x += columns[i]!.w;
    });
    pdf.x = 40;
    pdf.y = y + 13;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  for (const r of doc.result.regions.filter((x) => BigInt(x.amount) > 0n)) {
    row([r.regionCode, r.regionName, r.clusterCode ?? '', r.categoryIndex.toLocaleString('id-ID', { maximumFractionDigits: 2 }), formatRupiah(r.amount)]);
  }
  pdf.moveDown(0.8);
  pdf
    .font('Helvetica')
    .fontSize(8)
    .text(latin1('Alasan memenuhi atau tidak memenuhi syarat setiap daerah tercantum di berkas XLSX skenario ini dan di halaman pra-pemeriksaan daerah.'), 40, pdf.y, { width });
  pdf.end();
  return done;
}
