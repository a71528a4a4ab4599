import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../helpers/data';

const slackish = fc.constantFrom('<@U012ABCDEF>', '<!channel>', '<!here>', '<#C123|general>', '<https://undocs.org|x>', '&amp;', '*bold*', '`code`', '\u0000', '\u202e', '🔥', '\ud800', 'CTOC/COP/WG.6/2024/5', '2024', 'juin', 'firearms', 'les 2 et', ' ');

describe('any text yields an answer, never an exception', () => {
  it('for arbitrary strings up to 4,000 characters, with control characters, emoji and Slack markup', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 4000, unit: 'binary' }),
          fc.array(fc.oneof(slackish, fc.string({ maxLength: 12 })), { maxLength: 300 }).map((parts) => parts.join(' ').slice(0, 4000)),
        ),
        fc.integer({ min: 0, max: 3650 }),
        (text, offset) => {
          const now = new Date(Date.UTC(2022, 0, 1 + offset)).toISOString().slice(0, 10);
          const a = ask(text, now);
          expect(typeof a.text).toBe('string');
          expect(a.text.length).toBeGreaterThan(0);
          expect(a.text).not.toContain('\n');
          expect(['en', 'fr']).toContain(a.lang);
          expect(Array.isArray(a.meetings)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20240704 },
    );
  });
});
