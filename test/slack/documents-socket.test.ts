import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../helpers/fake-slack';
import type { FakeSocketMode } from '../helpers/fake-socket-mode';
import { type RunningSocketApp, startSocketModeApp } from '../helpers/socket-mode-app';
import { BOT_TOKEN, actionBody, dm, eventBody, fileShare } from '../helpers/slack-requests';

const EDITOR = 'U0EDITOR1';
const NOTE = readFileSync(join(import.meta.dirname, '../fixtures/notes/en-note-2026.txt'), 'utf8');
const NOTE_FR = readFileSync(join(import.meta.dirname, '../fixtures/notes/fr-note-2026.txt'), 'utf8');

let app: RunningSocketApp;
let slack: FakeSlack;
let socket: FakeSocketMode;

beforeAll(async () => {
  app = await startSocketModeApp({ CTOC_EDITORS: EDITOR, CTOC_DATA_CHECK_SECONDS: '1' });
  ({ slack, socket } = app);
  await socket.connected;
});
afterAll(async () => {
  expect(await app.stop()).toBe(0);
});

async function until(check: () => boolean, ms = 8000) {
  for (let i = 0; i < ms / 25 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}
const reviewOf = (file: string) => slack.posts().find((p) => JSON.stringify(p.args.blocks ?? '').includes('ctoc_change_add') && String(p.args.text).includes(file));
const changeIdOf = (file: string) => String(((reviewOf(file)?.args.blocks ?? []) as Array<{ type: string; elements?: Array<{ value: string }> }>).find((b) => b.type === 'actions')?.elements?.[0]?.value);
const click = (actionId: string, value: string, user: string, id: string) => socket.sendInteractive(JSON.parse(new URLSearchParams(actionBody(actionId, value, { user, responseUrl: slack.responseUrl(id) })).get('payload') ?? '{}'));
async function ask(q: string, n: number): Promise<string> {
  const before = slack.posts().length;
  await socket.sendEvent(JSON.parse(eventBody(dm(q, { ts: `17000030${n}.0001` }))));
  await until(() => slack.posts().length > before);
  return String(slack.posts()[before]?.args.text);
}

describe('npm start (Socket Mode, embedded DynamoDB): an editor teaches the bot a document', () => {
  it('upload over the socket → "Reading…" → review → Add (twice) → the new meeting is answered', async () => {
    expect(app.stdout()).toContain('Socket Mode');
    const file = slack.serveFile('F0SOCK', 'en-note-2026.txt', NOTE);
    const upload = JSON.parse(eventBody(fileShare([file], { user: EDITOR, ts: '1700003000.000100' })));
    expect((await socket.sendEvent(upload)).envelope_id).toBeTruthy();
    await until(() => Boolean(reviewOf('en-note-2026.txt')));
    expect(slack.posts().map((p) => String(p.args.text))).toContain('Reading en-note-2026.txt…');
    expect(JSON.stringify(reviewOf('en-note-2026.txt')?.args.blocks)).toContain('Working Group on Firearms, 12th meeting: 29–30 May 2026, Geneva (held)');
    expect(slack.downloads.filter((d) => d.id === 'F0SOCK').map((d) => d.token)).toEqual([BOT_TOKEN]);
    expect(await ask('when did the firearms group hold its twelfth meeting?', 1)).not.toContain('29–30 May 2026');

    const id = changeIdOf('en-note-2026.txt');
    // a non-editor's click changes nothing
    await click('ctoc_change_add', id, 'U0OTHER1', 'other');
    await until(() => slack.responses.some((r) => r.id === 'other'));
    expect(String(slack.responses.find((r) => r.id === 'other')?.body.text)).toContain("Only the bot's editors");
    await Promise.all([click('ctoc_change_add', id, EDITOR, 'a1'), click('ctoc_change_add', id, EDITOR, 'a2')]);
    await until(() => slack.updates().some((u) => String(u.args.text).includes('Added to the bot')));
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.updates().filter((u) => String(u.args.text).includes('Added to the bot'))).toHaveLength(1);
    let answer = '';
    for (let i = 0; i < 20 && !answer.includes('29–30 May 2026'); i++) {
      answer = await ask('when did the firearms group hold its twelfth meeting?', 10 + i);
      if (!answer.includes('29–30 May 2026')) await new Promise((r) => setTimeout(r, 250));
    }
    expect(answer).toContain('12th meeting on 29–30 May 2026 in Geneva');
  });

  it('Discard over the socket drops a French upload and says so in French', async () => {
    const file = slack.serveFile('F0SOCKFR', 'note-fr.txt', NOTE_FR);
    await socket.sendEvent(JSON.parse(eventBody(fileShare([file], { user: EDITOR, text: 'voici la note', ts: '1700003100.000100' }))));
    await until(() => Boolean(reviewOf('note-fr.txt')));
    const before = slack.updates().length;
    await click('ctoc_change_discard', changeIdOf('note-fr.txt'), EDITOR, 'd');
    await until(() => slack.updates().length > before);
    expect(String(slack.updates().at(-1)?.args.text)).toBe("Écarté par @U0EDITOR1. Rien n'a été modifié.");
  });
});
