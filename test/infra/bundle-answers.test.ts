import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../lib/bundling/lambda-bundle';
import type { Answer } from '../../lambda/core/answer';
import { ask } from '../helpers/data';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const OUT = join(mkdtempSync(join(tmpdir(), 'ctoc-bundle-answers-')), 'answerer.cjs');
let bundled: (q: string, now: string) => Answer;

beforeAll(async () => {
  await build({ ...lambdaBuildOptions(ROOT, 'test/fixtures/bundled/answerer.ts', OUT), logLevel: 'error' });
  bundled = require(OUT).answerer;
}, 60_000);

// the period finder picks chrono's parsers and refiners by class name (time-of-day ones left out,
// each parser run only on texts with its kind of date word): a minifier must not rename them
const QUESTIONS = [
  'what is on at 3pm tomorrow',
  'any meeting at 10:30 on friday?',
  'réunions vendredi à 14h',
  'meetings on 3 april 2024 at 9am',
  'when did the firearms group meet in 2024?',
  'quelles réunions en juin 2024 ?',
  'anything in the past 8 weeks',
  'next meeting',
  'the week of 5 june 2024',
  'meetings between 1 and 15 june 2024',
];

describe('the Lambda bundle answers exactly as the source does', () => {
  it('keeps class names, so the period finder configures chrono the same way', () => {
    expect(readFileSync(OUT, 'utf8')).toContain('"ENTimeExpressionParser"');
  });

  it.each(QUESTIONS)('%s', (q) => {
    for (const now of ['2024-04-02', '2024-06-12']) {
      const a = bundled(q, now);
      const b = ask(q, now);
      expect({ intent: a.intent, meetings: a.meetings.map((m) => m.id), text: a.text }).toEqual({ intent: b.intent, meetings: b.meetings.map((m) => m.id), text: b.text });
    }
  });
});
