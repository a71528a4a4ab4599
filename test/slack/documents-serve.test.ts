import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../helpers/fake-slack';
import { type RunningServe, startServe } from '../helpers/serve';
import { column, makePdf, scannedPdf } from '../helpers/pdf';
import { BOT_TOKEN, BOT_USER, actionBody, commandBody, dm, eventBody, fileShare, signed } from '../helpers/slack-requests';

const EDITOR = 'U0EDITOR1';
const OTHER = 'U0OTHER1';
const NOTE = readFileSync(join(import.meta.dirname, '../fixtures/notes/en-note-2026.txt'), 'utf8');
const NOTE_FR = readFileSync(join(import.meta.dirname, '../fixtures/notes/fr-note-2026.txt'), 'utf8');

let slack: FakeSlack;
let url = '';
let server: RunningServe;

beforeAll(async () => {
  server = await startServe({ CTOC_EDITORS: `${EDITOR},U0EDITOR2`, CTOC_DATA_CHECK_SECONDS: '1' });
  ({ slack, url } = server);
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

/** The note printed to PDF: lines wrapped at 95 characters, 50 lines a page. */
async function notePdf(text: string): Promise<Buffer> {
  const lines = text.split('\n').flatMap((l) => {
    const out: string[] = [];
    let cur = '';
    for (const w of l.split(' ')) {
      if (cur && `${cur} ${w}`.length > 95) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    return [...out, cur];
  });
  const pages = [];
  for (let i = 0; i < lines.length; i += 50) pages.push(column(lines.slice(i, i + 50), 800));
  return Buffer.from(await makePdf(pages));
}

const post = (req: { body: string; headers: Record<string, string> }) => fetch(url, { method: 'POST', body: req.body, headers: req.headers });
const texts = () => slack.posts().map((p) => `${p.args.text}`);
async function until(check: () => boolean, ms = 5000) {
  for (let i = 0; i < ms / 25 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}
const reviewOf = (file: string) => slack.posts().find((p) => JSON.stringify(p.args.blocks ?? '').includes('ctoc_change_add') && String(p.args.text).includes(file));
const changeIdOf = (file: string) => String(((reviewOf(file)?.args.blocks ?? []) as Array<{ type: string; elements?: Array<{ value: string }> }>).find((b) => b.type === 'actions')?.elements?.[0]?.value);
async function ask(q: string): Promise<string> {
  const before = slack.posts().length;
  await post(signed(eventBody(dm(q, { ts: `17000009${before}.0001` })), 'json'));
  await until(() => slack.posts().length > before);
  return String(slack.posts()[before]?.args.text);
}

describe('an editor teaches the bot a document from Slack (ctoc-bot serve, embedded DynamoDB)', () => {
  it('a PDF is read through the same ingest (a mention with an attached file is answered in the thread)', async () => {
    const pdf = slack.serveFile('F0PDF', 'note-2026.pdf', await notePdf(NOTE), { mimetype: 'application/pdf', filetype: 'pdf' });
    const ev = { type: 'app_mention', user: EDITOR, text: `<@${BOT_USER}> here is the new note`, ts: '1700000450.000100', channel: 'C0CHAN1', files: [pdf] };
    await post(signed(eventBody(ev), 'json'));
    await until(() => Boolean(reviewOf('note-2026.pdf')));
    expect(slack.posts().find((p) => p.args.text === 'Reading note-2026.pdf…')?.args.thread_ts).toBe('1700000450.000100');
    const review = reviewOf('note-2026.pdf');
    expect(review?.args.thread_ts).toBe('1700000450.000100');
    const shown = JSON.stringify(review?.args.blocks);
    expect(shown).toContain('document note-2026-06-12 of 2026-06-12');
    expect(shown).toContain('the Conference of the Parties, 13th session: 12–16 October 2026, Vienna (scheduled)');
    expect(shown).toContain('the Working Group on Trafficking in Persons, 16th meeting: 8–9 June 2026, Vienna (scheduled)');
  });

  it('upload → "Reading…" at once → a review with Add / Discard; a retried event gives one review', async () => {
    const file = slack.serveFile('F0NOTE1', 'en-note-2026.txt', NOTE);
    const body = eventBody(fileShare([file], { user: EDITOR, ts: '1700000300.000100' }));
    expect((await post(signed(body, 'json'))).status).toBe(200);
    expect((await post(signed(body, 'json', { retryNum: 1 }))).status).toBe(200);
    // the same upload delivered again under another event id
    await post(signed(eventBody(fileShare([file], { user: EDITOR, ts: '1700000300.000100' })), 'json'));
    await until(() => Boolean(reviewOf('en-note-2026.txt')));
    await new Promise((r) => setTimeout(r, 300));
    expect(texts().filter((t) => t === 'Reading en-note-2026.txt…').length).toBeGreaterThanOrEqual(1);
    expect(slack.posts().filter((p) => JSON.stringify(p.args.blocks ?? '').includes('ctoc_change_add') && String(p.args.text).includes('en-note-2026.txt'))).toHaveLength(1);
    const review = JSON.stringify(reviewOf('en-note-2026.txt')?.args.blocks);
    expect(review).toContain('New meetings');
    expect(review).toContain('Working Group on Firearms, 12th meeting: 29–30 May 2026, Geneva (held)');
    expect(review).toContain('<https://undocs.org/CTOC/COP/WG.6/2026/2|CTOC/COP/WG.6/2026/2>');
    expect(review).toContain('Could not place');
    expect(review).toContain('Add to the bot');
    expect(slack.downloads.filter((d) => d.id === 'F0NOTE1').every((d) => d.token === BOT_TOKEN)).toBe(true);
  });

  it('before Add the bot does not know the meeting; a non-editor clicking Add changes nothing', async () => {
    expect(await ask('when did the firearms group hold its twelfth meeting?')).not.toContain('29–30 May 2026');
    const id = changeIdOf('en-note-2026.txt');
    await post(signed(actionBody('ctoc_change_add', id, { user: OTHER, responseUrl: slack.responseUrl('nonEditor') }), 'form'));
    await until(() => slack.responses.some((r) => r.id === 'nonEditor'));
    expect(String(slack.responses.find((r) => r.id === 'nonEditor')?.body.text)).toContain(`Only the bot's editors can add or discard documents: <@${EDITOR}>, <@U0EDITOR2>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.updates()).toHaveLength(0);
  });

  it('Add, clicked twice by two editors, applies once; the review says so; the answer comes from the new data within seconds', async () => {
    const id = changeIdOf('en-note-2026.txt');
    await Promise.all([
      post(signed(actionBody('ctoc_change_add', id, { user: EDITOR, responseUrl: slack.responseUrl('add1') }), 'form')),
      post(signed(actionBody('ctoc_change_add', id, { user: 'U0EDITOR2', responseUrl: slack.responseUrl('add2') }), 'form')),
    ]);
    await until(() => slack.updates().some((u) => String(u.args.text).includes('Added to the bot')));
    await new Promise((r) => setTimeout(r, 500));
    expect(slack.updates().filter((u) => String(u.args.text).includes('Added to the bot'))).toHaveLength(1);
    let answer = '';
    for (let i = 0; i < 20 && !answer.includes('29–30 May 2026'); i++) {
      answer = await ask('when did the firearms group hold its twelfth meeting?');
      if (!answer.includes('29–30 May 2026')) await new Promise((r) => setTimeout(r, 250));
    }
    expect(answer).toContain('12th meeting on 29–30 May 2026 in Geneva');
    const r = await post(signed(commandBody('changes', slack.responseUrl('c1'), { user: EDITOR }), 'form'));
    const j = (await r.json()) as { blocks: unknown };
    const listed = JSON.stringify(j.blocks);
    expect(listed).toContain('en-note-2026.txt (note-2026-06-12), added by <@U0EDITOR');
    expect(listed.match(/en-note-2026\.txt/g)).toHaveLength(1);
  });

  it('Discard drops a change and updates the review (French upload, French labels)', async () => {
    const file = slack.serveFile('F0NOTEFR', 'note-fr-2026.txt', NOTE_FR);
    await post(signed(eventBody(fileShare([file], { user: EDITOR, text: 'voici la note de la réunion', ts: '1700000400.000100' })), 'json'));
    await until(() => Boolean(reviewOf('note-fr-2026.txt')));
    expect(texts()).toContain('Lecture de note-fr-2026.txt…');
    const review = JSON.stringify(reviewOf('note-fr-2026.txt')?.args.blocks);
    expect(review).toContain('Ajouter au bot');
    expect(review).toContain('Écarter');
    const before = slack.updates().length;
    await post(signed(actionBody('ctoc_change_discard', changeIdOf('note-fr-2026.txt'), { user: EDITOR, responseUrl: slack.responseUrl('d1') }), 'form'));
    await until(() => slack.updates().length > before);
    expect(String(slack.updates().at(-1)?.args.text)).toContain('Écarté par @U0EDITOR1');
    // Add after Discard: decided already
    await post(signed(actionBody('ctoc_change_add', changeIdOf('note-fr-2026.txt'), { user: EDITOR, responseUrl: slack.responseUrl('d2') }), 'form'));
    await until(() => slack.responses.some((r) => r.id === 'd2'));
    expect(String(slack.responses.find((r) => r.id === 'd2')?.body.text)).toContain('déjà été tranchée');
  });

  it('a non-editor upload gets a polite message naming the editors, and the file is not downloaded', async () => {
    const file = slack.serveFile('F0OTHER', 'other.txt', NOTE);
    await post(signed(eventBody(fileShare([file], { user: OTHER, ts: '1700000500.000100' })), 'json'));
    await until(() => texts().some((t) => t.includes('Only the bot')));
    expect(texts().find((t) => t.includes('Only the bot'))).toBe(`Thanks! Only the bot's editors can add documents to it: <@${EDITOR}>, <@U0EDITOR2>. Please send the file to one of them.`);
    expect(slack.downloads.some((d) => d.id === 'F0OTHER')).toBe(false);
  });

  it('bad input: an image, a file over 20 MB, a file that is gone, a 403, a text that is not a UN document — each one clear message', async () => {
    const image = slack.serveFile('F0IMG', 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { mimetype: 'image/png', filetype: 'png' });
    const big = slack.serveFile('F0BIG', 'huge.pdf', 'x', { mimetype: 'application/pdf', filetype: 'pdf', size: 25 * 1024 * 1024 });
    const gone = { id: 'F0GONE', name: 'gone.txt', mimetype: 'text/plain', filetype: 'text', size: 10 };
    const denied = slack.serveFile('F0DENY', 'denied.txt', NOTE, { status: 403 });
    const recipe = slack.serveFile('F0RECIPE', 'recipe.txt', 'Pancakes\n\nMix flour, eggs and milk. Fry on both sides until golden.\n');
    const scan = slack.serveFile('F0SCAN', 'scan.pdf', Buffer.from(await scannedPdf()), { mimetype: 'application/pdf', filetype: 'pdf' });
    const broken = slack.serveFile('F0BROKEN', 'broken.pdf', '%PDF-1.4 not really', { mimetype: 'application/pdf', filetype: 'pdf' });
    for (const [i, f] of [image, big, gone, denied, recipe, scan, broken].entries()) {
      await post(signed(eventBody(fileShare([f], { user: EDITOR, ts: `17000006${i}0.000100` })), 'json'));
    }
    const expected = [
      'I can only read PDF and text files; photo.png is neither.',
      'huge.pdf is larger than 20 MB',
      'I could not download gone.txt (file_not_found)',
      'I could not download denied.txt (HTTP 403)',
      'recipe.txt does not look like a UN document I can read',
      'scan.pdf has no text I can read (a scanned PDF?)',
      'I could not read broken.pdf: a damaged or invalid PDF',
    ];
    await until(() => expected.every((e) => texts().some((t) => t.includes(e))));
    for (const e of expected) expect(texts().filter((t) => t.includes(e))).toHaveLength(1);
    expect(slack.downloads.some((d) => d.id === 'F0IMG' || d.id === 'F0BIG')).toBe(false);
    expect(texts()).not.toContain('Reading photo.png…');
  });
});
