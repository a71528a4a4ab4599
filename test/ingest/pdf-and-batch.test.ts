import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { pdfText } from '../../lambda/adapters/pdf/pdf-text';
import { ingestFiles } from '../../lambda/app/ingest';
import { type IngestedData, ingestDocument, mergeIngested } from '../../lambda/core/ingest';
import { DATA_DIR } from '../helpers/data';
import { type Placed, column, encryptedPdf, makePdf, scannedPdf } from '../helpers/pdf';

const DOCS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'ctoc-pdf-'));
const readJson = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** page 1 of a working-group background paper: masthead in two columns drawn line by line, job number, footnote */
const firearmsPaper: Placed[][] = [
  [
    { text: 'United Nations', x: 60, y: 800, size: 12 },
    { text: 'CTOC/COP/WG.6/2018/3', x: 380, y: 800, size: 14 },
    { text: 'Conference of the Parties to the', x: 60, y: 770, size: 12 },
    { text: 'Distr.: General', x: 380, y: 770 },
    { text: 'United Nations Convention', x: 60, y: 756, size: 12 },
    { text: '21 February 2018', x: 380, y: 756 },
    { text: 'against Transnational', x: 60, y: 742, size: 12 },
    { text: 'Original: English', x: 380, y: 728 },
    { text: 'Organized Crime', x: 60, y: 728, size: 12 },
    ...column(['Working Group on Firearms', 'Vienna, 2 and 3 May 2018', 'Item 3 of the provisional agenda*', 'Measures against the diversion of firearms', 'Background paper prepared by the Secretariat'], 690),
    ...column(['I. Introduction', '1. In its resolution 8/3, the Conference asked the Secretariat to keep the', 'Working Group on Firearms informed of its work.1', '2. This paper describes that work since the previous meeting.'], 600),
    { text: '* CTOC/COP/WG.6/2018/1.', x: 60, y: 90, size: 8 },
    { text: '1 See annex.', x: 60, y: 78, size: 8 },
    { text: 'V.18-00932 (E)    020318    050318', x: 60, y: 50, size: 8 },
    { text: '*1800932*', x: 400, y: 50, size: 8 },
  ],
  [
    { text: 'CTOC/COP/WG.6/2018/3', x: 60, y: 810, size: 9 },
    ...column(['3. The Working Group will also have before it the report of its previous', 'meeting.'], 780),
    { text: '2/2', x: 520, y: 40, size: 8 },
  ],
];

/** a French provisional agenda whose Conference name is cut by the Distr. column */
const agendaFr: Placed[][] = [
  [
    { text: 'Nations Unies', x: 60, y: 800, size: 12 },
    { text: 'CTOC/COP/2018/1', x: 400, y: 800, size: 14 },
    { text: 'Conférence des Parties à la', x: 60, y: 770, size: 12 },
    { text: 'Distr. générale', x: 400, y: 770 },
    { text: 'Convention des Nations Unies contre', x: 60, y: 756, size: 12 },
    { text: '23 juillet 2018', x: 400, y: 756 },
    { text: 'la criminalité transnationale organisée', x: 60, y: 742, size: 12 },
    { text: 'Français', x: 400, y: 742 },
    { text: 'Original : anglais', x: 400, y: 728 },
    ...column(['Neuvième session', 'Vienne, 15-19 octobre 2018', 'Ordre du jour provisoire et annotations', '1. Questions d’organisation.', '2. Examen de l’application de la Convention.'], 690),
    { text: 'V.18-04821 (F)', x: 60, y: 50, size: 8 },
  ],
];

describe('PDF input (text layer read by unpdf)', () => {
  it('a background paper with an interleaved masthead gives the same meeting as its text', async () => {
    const text = await pdfText(await makePdf(firearmsPaper));
    expect(text).toContain('Conference of the Parties to the Distr.: General');
    const data = await loadDataDir(DATA_DIR);
    const r = ingestDocument(text, { fileName: 'wg6.pdf', bodies: data.bodies, vocabulary: data.vocabulary });
    expect(r.source).toMatchObject({ id: 'CTOC/COP/WG.6/2018/3', kind: 'background-paper', date: '2018-02-21', language: 'en' });
    expect(r.meetings.map((m) => [m.id, m.start, m.end, m.location?.en, m.status])).toEqual([['WG.6-2018-05-02', '2018-05-02', '2018-05-03', 'Vienna', 'scheduled']]);
    expect(r.meetings[0]?.documents?.map((d) => d.symbol)).toEqual(['CTOC/COP/WG.6/2018/3', 'CTOC/COP/WG.6/2018/1']);
  });

  it('a French provisional agenda', async () => {
    const data = await loadDataDir(DATA_DIR);
    const r = ingestDocument(await pdfText(await makePdf(agendaFr)), { fileName: 'cop9.pdf', bodies: data.bodies, vocabulary: data.vocabulary });
    expect(r.source).toMatchObject({ kind: 'provisional-agenda', date: '2018-07-23', language: 'fr' });
    expect(r.meetings.map((m) => [m.id, m.start, m.end, m.location?.fr, m.status])).toEqual([['COP-9', '2018-10-15', '2018-10-19', 'Vienne', 'scheduled']]);
  });
});

describe('ingest of many files at once', () => {
  it('each file gets a summary or one reason; refused files add nothing; the others merge; progress and total are printed', async () => {
    const dir = tmp();
    const out = tmp();
    for (const f of ['en-wg4-report-2010.txt', 'fr-wg4-background-2010.txt', 'en-cosp-note.txt', 'en-not-un.txt']) copyFileSync(join(DOCS, f), join(dir, f));
    writeFileSync(join(dir, 'wg6.pdf'), await makePdf(firearmsPaper));
    writeFileSync(join(dir, 'scan.pdf'), await scannedPdf());
    writeFileSync(join(dir, 'locked.pdf'), await encryptedPdf());
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ngarbage');
    writeFileSync(join(dir, 'empty.txt'), '');
    const files = readdirSync(dir).sort().map((f) => join(dir, f));
    const progress: string[] = [];
    const run = await ingestFiles(files, { outDir: out, dataDir: DATA_DIR, progress: (l) => progress.push(l) });

    expect(progress).toEqual(files.map((f, i) => `[${i + 1}/${files.length}] ${f.slice(dir.length + 1)}`));
    const refused = Object.fromEntries(run.files.filter((f) => !f.ok).map((f) => [f.file.slice(dir.length + 1), f.ok ? '' : f.error.slice(f.file.length + 2)]));
    expect(refused).toEqual({
      'broken.pdf': 'a damaged or invalid PDF; nothing written for it',
      'empty.txt': 'an empty file; nothing written for it',
      'en-cosp-note.txt': expect.stringMatching(/^a document of another body \(CAC\/COSP\/2019\/3\)/),
      'en-not-un.txt': expect.stringMatching(/^not a document of the Conference/),
      'locked.pdf': 'an encrypted PDF (it needs a password); save an unprotected copy; nothing written for it',
      'scan.pdf': 'a PDF with no text layer (a scan?); run OCR on it first, or give its text; nothing written for it',
    });
    expect(run.summary).toMatch(/total: 9 files, 3 read, 6 refused; 4 meeting mentions, 3 new meetings; 0 disagreements/);

    // the agenda-stage paper and the report merge into one meeting, held, with both documents and both sources
    const meetings = readJson(out, 'meetings.json') as IngestedData['meetings'];
    const wg4 = meetings.find((m) => m.id === 'WG.4-2010-01-27');
    expect(wg4).toMatchObject({ status: 'held', report: 'CTOC/COP/WG.4/2010/6', source: { document: 'CTOC/COP/WG.4/2010/2' }, alsoIn: [{ document: 'CTOC/COP/WG.4/2010/6' }] });
    expect(wg4?.documents?.map((d) => `${d.symbol} ${d.kind} ${d.language ?? ''}`)).toEqual([
      'CTOC/COP/WG.4/2010/2 background-paper fr',
      'CTOC/COP/WG.4/2010/6 report en',
      'CTOC/COP/WG.4/2010/1 provisional-agenda ',
    ]);
    expect(meetings.map((m) => m.id).sort()).toEqual(['WG.4-2009-04-14', 'WG.4-2010-01-27', 'WG.6-2018-05-02']);
    // the result is valid data
    for (const f of ['bodies.json', 'vocabulary.json', 'translations.json']) copyFileSync(join(DATA_DIR, f), join(out, f));
    const loaded = await loadDataDir(out);
    expect(loaded.meetings).toHaveLength(3);
  });

  it('nothing is written when every file is refused', async () => {
    const out = tmp();
    const run = await ingestFiles([join(DOCS, 'en-not-un.txt')], { outDir: out, dataDir: DATA_DIR });
    expect(run.written).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('documents that disagree', () => {
  const withDates = (dates: string) =>
    `CTOC/COP/2018/9\nDistr.: General\n30 November 2018\nOriginal: English\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\nReport of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninth session, held in Vienna ${dates}\n1. The session was opened by the President.\n`;

  it('another date for the same session is reported, not merged; the data keeps what it had', async () => {
    const data = await loadDataDir(DATA_DIR);
    const o = { bodies: data.bodies, vocabulary: data.vocabulary };
    const agenda = ingestDocument(readFileSync(join(DOCS, 'fr-cop9-agenda-2018.txt'), 'utf8'), { ...o, fileName: 'a.txt' });
    const report = ingestDocument(withDates('from 15 to 20 October 2018'), { ...o, fileName: 'r.txt' });
    const empty: IngestedData = { sources: [], meetings: [], mandates: [], instruments: [] };
    const first = mergeIngested(empty, agenda);
    const second = mergeIngested(first.data, report);
    expect(second.disagreements).toEqual([{ meeting: 'COP-9', field: 'dates', recorded: '2018-10-15/2018-10-19', recordedIn: ['CTOC/COP/2018/1'], stated: '2018-10-15/2018-10-20', statedIn: 'CTOC/COP/2018/9' }]);
    expect(second.data.meetings.map((m) => [m.id, m.end, m.status])).toEqual([['COP-9', '2018-10-19', 'scheduled']]);

    // the same dates: one meeting, held, with both documents
    const agreeing = mergeIngested(first.data, ingestDocument(withDates('from 15 to 19 October 2018'), { ...o, fileName: 'r.txt' }));
    expect(agreeing.disagreements).toEqual([]);
    expect(agreeing.data.meetings).toHaveLength(1);
    expect(agreeing.data.meetings[0]).toMatchObject({ id: 'COP-9', status: 'held', report: 'CTOC/COP/2018/9', alsoIn: [{ document: 'CTOC/COP/2018/9' }] });
    // merging the same document again changes nothing; the order of merging does not matter
    expect(mergeIngested(agreeing.data, agenda).data).toEqual(agreeing.data);
    const reversed = mergeIngested(mergeIngested(empty, ingestDocument(withDates('from 15 to 19 October 2018'), { ...o, fileName: 'r.txt' })).data, agenda).data;
    expect(reversed.meetings).toEqual(agreeing.data.meetings);
  });

  it('the CLI writes disagreements to review.json and says so in the summary', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'report.txt'), withDates('from 15 to 20 October 2018'));
    const run = await ingestFiles([join(DOCS, 'fr-cop9-agenda-2018.txt'), join(dir, 'report.txt')], { outDir: out, dataDir: DATA_DIR });
    expect(run.summary).toContain('disagreement: COP-9 dates: recorded 2018-10-15/2018-10-19 (CTOC/COP/2018/1), this document says 2018-10-15/2018-10-20; kept as recorded');
    expect(readJson(out, 'review.json').disagreements).toHaveLength(1);
  });
});
