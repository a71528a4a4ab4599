import { describe, expect, it } from 'vitest';
import { SystemClock } from '../../lambda/adapters/system-clock';

describe('SystemClock', () => {
  it('gives the date in its zone, reusing its answer only while the date cannot change', () => {
    let now = Date.parse('2024-03-30T22:59:59.999Z'); // 23:59:59 in Vienna (UTC+1)
    const vienna = new SystemClock('Europe/Vienna', () => now);
    expect(vienna.today()).toBe('2024-03-30');
    now += 1; // midnight in Vienna
    expect(vienna.today()).toBe('2024-03-31');
    now = Date.parse('2024-03-31T21:59:59.999Z'); // after the change to summer time (UTC+2)
    expect(vienna.today()).toBe('2024-03-31');
    now += 1;
    expect(vienna.today()).toBe('2024-04-01');
  });

  it('zones a quarter hour off the hour change date on the quarter hour', () => {
    let now = Date.parse('2024-06-30T18:14:59.999Z'); // 23:59:59 in Kathmandu (UTC+5:45)
    const kathmandu = new SystemClock('Asia/Kathmandu', () => now);
    expect(kathmandu.today()).toBe('2024-06-30');
    now += 1;
    expect(kathmandu.today()).toBe('2024-07-01');
  });
});
