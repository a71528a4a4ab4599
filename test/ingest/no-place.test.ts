import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { createAnswerer } from '../../lambda/core/answer';
import { calendarEvents } from '../../lambda/core/calendar';
import { type IngestedData, ingestDocument, mergeIngested } from '../../lambda/core/ingest';
import { type Dataset, MeetingSchema } from '../../lambda/core/model';
import { DATA_DIR } from '../helpers/data';

// A meeting whose documents state no place (held online, or named in passing in a document naming none or several)
// is recorded with none, not left out: its body, dates and status are known.
const data: Dataset = await loadDataDir(DATA_DIR);
const o = { bodies: data.bodies, vocabulary: data.vocabulary };
const empty: IngestedData = { sources: [], meetings: [], mandates: [], instruments: [] };

const paper = (lang: 'en' | 'fr', paragraph: string) =>
  lang === 'en'
    ? `CTOC/COP/WG.7/2033/2\nDistr.: General\n1 March 2033\nOriginal: English\nWorking Group on the Smuggling of Migrants\nGeneva, 3–5 May 2033\nBackground paper prepared by the Secretariat\n\n1. ${paragraph}\n2. The Secretariat held consultations in Nairobi.\n`
    : `CTOC/COP/WG.7/2033/2\nDistr. générale\n1 mars 2033\nFrançais\nOriginal : anglais\nGroupe de travail sur le trafic illicite de migrants\nGenève, 3-5 mai 2033\nDocument d'information établi par le Secrétariat\n\n1. ${paragraph}\n2. Le Secrétariat a tenu des consultations à Nairobi.\n`;

describe('a meeting no document places', () => {
  const online = ingestDocument(paper('en', 'Its twelfth meeting was held online from 7 to 9 June 2032.'), { ...o, fileName: 'p.txt' });
  const passing = ingestDocument(paper('fr', 'Sa onzième réunion a eu lieu du 8 au 10 juin 2031.').replace('WG.7/2033/2', 'WG.7/2033/5'), { ...o, fileName: 'q.txt' });

  it('is recorded with no place and a note for the review file', () => {
    const m = online.meetings.find((x) => x.number === 12);
    expect(m && [m.start, m.end, m.location, m.status]).toEqual(['2032-06-07', '2032-06-09', null, 'held']);
    expect(online.notes.some((n) => /held online; recorded with no place/.test(n))).toBe(true);
    const p = passing.meetings.find((x) => x.number === 11);
    expect(p && [p.start, p.end, p.location, p.status]).toEqual(['2031-06-08', '2031-06-10', null, 'held']);
    expect(passing.notes.some((n) => /no place stated; recorded with no place/.test(n))).toBe(true);
    // the header meeting keeps its own place
    expect(online.meetings.find((x) => x.start === '2033-05-03')?.location?.en).toBe('Geneva');
    // and the record is valid data
    for (const x of [...online.meetings, ...passing.meetings]) expect(MeetingSchema.safeParse(x).success).toBe(true);
  });

  it('takes the place a later document states, without a disagreement; two places stated still disagree', () => {
    const first = mergeIngested(empty, online);
    const placed = ingestDocument(paper('en', 'Its twelfth meeting was held in Bangkok from 7 to 9 June 2032.').replace('WG.7/2033/2', 'WG.7/2033/3'), { ...o, fileName: 'r.txt' });
    const second = mergeIngested(first.data, placed);
    expect(second.data.meetings.find((m) => m.id === 'WG.7-12')?.location?.en).toBe('Bangkok');
    expect(second.disagreements).toEqual([]);
    const elsewhere = ingestDocument(paper('en', 'Its twelfth meeting was held in Doha from 7 to 9 June 2032.').replace('WG.7/2033/2', 'WG.7/2033/4'), { ...o, fileName: 's.txt' });
    expect(mergeIngested(second.data, elsewhere).disagreements.map((d) => d.field)).toEqual(['location']);
  });

  describe('in answers and the calendar', () => {
    const merged = mergeIngested(mergeIngested(empty, online).data, passing).data;
    // (ids of their own: the committed data may hold meetings with these numbers)
    const withThem: Dataset = { ...data, meetings: [...data.meetings, ...merged.meetings.map((m) => ({ ...m, id: `test-${m.id}` }))] };
    const ask = createAnswerer(withThem);

    it('says no place is stated, in either language', () => {
      expect(ask('where did the smuggling group meet in june 2032?', '2033-06-01').text).toContain('no place stated');
      expect(ask('quand le groupe sur le trafic de migrants s’est-il réuni en 2031 ?', '2033-06-01').text).toContain('lieu non indiqué');
    });

    it('is never listed for a city', () => {
      const a = ask('meetings in Vienna in 2032', '2033-06-01');
      expect(a.meetings.some((m) => m.start === '2032-06-07')).toBe(false);
    });

    it('has no location in the calendar feed', () => {
      const e = calendarEvents(withThem, 'en', 'WG.7').find((x) => x.start === '2032-06-07');
      expect(e).toBeDefined();
      expect(e && 'location' in e).toBe(false);
    });
  });
});
