import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../lambda/core/model';
import { DATA_DIR } from './helpers/data';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ctoc-bot.mjs');

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ctoc-bot ask', () => {
  it('answers one question in plain text', () => {
    const r = run(['ask', 'when did the firearms group meet in 2024?', '--now', '2024-07-15']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).\n');
  });

  it('--json prints the contract fields on one line', () => {
    const r = run(['ask', 'quelles réunions en juin 2024 ?', '--now', '2024-07-15', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0] as string);
    expect(j).toMatchObject({ question: 'quelles réunions en juin 2024 ?', lang: 'fr', intent: 'meetings', bodies: ['WG.2', 'WG.3'], reports: ['CTOC/COP/WG.2/2024/5', 'CTOC/COP/WG.3/2024/5'] });
    expect(j.meetings).toEqual([
      { body: 'WG.2', number: 15, kind: 'meeting', start: '2024-06-03', end: '2024-06-04', location: 'Vienne', status: 'held', report: 'CTOC/COP/WG.2/2024/5' },
      { body: 'WG.3', number: 15, kind: 'meeting', start: '2024-06-05', end: '2024-06-06', location: 'Vienne', status: 'held', report: 'CTOC/COP/WG.3/2024/5' },
    ]);
    expect(j.text).toMatch(/^2 réunions sont enregistrées en juin 2024 :/);
  });

  it('with no question, answers each line of standard input in order, skipping blank lines', () => {
    const r = run(['ask', '--now', '2024-07-15', '--json'], 'list the groups\n\n  \nwhat is CTOC/COP/WG.7/2023/5?\naide\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.intent)).toEqual(['bodies', 'symbol', 'help']);
    expect(out[2].lang).toBe('fr');
  });

  it('a bad --now is one clear line on stderr and a non-zero exit', () => {
    const r = run(['ask', 'next meeting', '--now', '2024-13-45']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ctoc-bot: --now must be a date as YYYY-MM-DD, got "2024-13-45"\n');
  });

  it('unreadable data is one clear line on stderr and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-cli-'));
    for (const f of DATA_FILES) writeFileSync(join(dir, f), readFileSync(join(DATA_DIR, f)));
    writeFileSync(join(dir, 'bodies.json'), '[{"id": "WG.6"}]');
    const r = run(['ask', 'help', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ctoc-bot: bodies\.json: record 0 \(id "WG\.6"\) field "symbolPrefix": /);
  });

  it('an unknown option or command is refused with a hint', () => {
    expect(run(['ask', 'x', '--nope']).code).toBe(2);
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('npm start without Slack tokens', () => {
  it('answers piped lines and exits', () => {
    const r = run(['start', '--now', '2024-07-15'], 'when did the firearms group meet in 2024?\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('The Working Group on Firearms held its 11th meeting on 3–4 April 2024 in Vienna (report CTOC/COP/WG.6/2024/5).\n');
  });
});
