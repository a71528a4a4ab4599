import { describe, expect, it } from 'vitest';
import { IngestError, ingestDocument } from '../../lambda/core/ingest';
import { COP_EN, ruleReader } from '../helpers/rule-documents';

/**
 * The reading rules added after measuring the reader on real pages and documents (press
 * releases, UNODC news items, a conference room paper's running head), each on sentences
 * and layouts written for this test (no UN text): what is read, and what is left out.
 */
const { opts, meetingsOf } = await ruleReader();

describe('a press release or media advisory', () => {
  const advisory = (symbol: string, marker: string) =>
    `${marker}\n\n${symbol}\n3 May 2033\n\nMEDIA ADVISORY\n\nJournalists invited to the fourteenth session of the Conference of Parties to the UN Convention on Transnational Organized Crime (UNTOC) from 17-21 October 2033\n\nVIENNA, 3 May (UN Information Service) - Delegations from around the world will gather in Vienna for the session.\n`;

  it("is no other organ's document: read as a page dated by its date line, its symbol none of the Conference's", () => {
    const r = ingestDocument(advisory('UNIS/CP/901', 'For information only - not an official document'), opts);
    expect(r.source.kind).toBe('announcement');
    expect(r.source.date).toBe('2033-05-03');
    expect(r.source.symbol).toBeUndefined();
    expect(meetingsOf(advisory('UNIS/MA/77', 'For information only - not an official document'))).toEqual(['COP 2033-10-17 2033-10-21 Vienna scheduled #14']);
    // the information service's symbol alone tells it, and so does the marker alone
    expect(meetingsOf(advisory('UNIS/MA/77', ''))).toEqual(['COP 2033-10-17 2033-10-21 Vienna scheduled #14']);
    expect(meetingsOf(advisory('', 'Communiqué de presse'))).toEqual(['COP 2033-10-17 2033-10-21 Vienna scheduled #14']);
  });

  it("one of another organ is still refused (it names none of ours)", () => {
    const other = 'For information only - not an official document\n\nUNIS/CP/902\n3 May 2033\n\nThe Commission on Narcotic Drugs meets in Vienna from 17-21 October 2033\n';
    expect(() => ingestDocument(other, opts)).toThrow(IngestError);
  });
});

describe("a body's name written loosely", () => {
  const page = (name: string) => `UNODC news\n\n2 March 2033 - The fifteenth session of the ${name} will open in Vienna on 6 October.\n\nThe Conference will take place from 6 to 10 October 2033.\n`;
  it.each([
    'Conference of the Parties to the UN Convention against Transnational Organized Crime',
    'Conference of Parties to the United Nations Convention against Transnational Organized Crime',
    'Conference of the Parties (COP) to the UN Convention Against Transnational Organized Crime (UNTOC)',
    'Conference of Parties to the UN Convention on Transnational Organized Crime',
  ])('"%s"', (name) => {
    expect(meetingsOf(page(name))).toEqual(['COP 2033-10-06 2033-10-10 Vienna scheduled']);
  });
  it('a common noun phrase is still no name ("a conference of parties to a convention")', () => {
    expect(() => ingestDocument('Notes\n\n2 March 2033 - a conference of parties to a regional convention on crime will take place from 6 to 10 October 2033.\n', opts)).toThrow(IngestError);
  });
});

describe("a news item's dateline", () => {
  it('dates the page, and is no meeting ("Vienna, 14 October 2033 - …", "Vienna (Austria), …", a day and a dash alone)', () => {
    for (const line of ['Vienna, 14 October 2033 - Around 900 delegates', 'Vienna (Austria), 14 October 2033 – Around 900 delegates', 'Photo: UNODC14 October 2033 - Around 900 delegates']) {
      const text = `The fifteenth session of the ${COP_EN.replace(/\n/g, ' ')} in Vienna from 20-24 October 2033\n\n${line} will meet next week.\n`;
      const r = ingestDocument(text, opts);
      expect(r.source.date, line).toBe('2033-10-14');
      expect(meetingsOf(text), line).toEqual(['COP 2033-10-20 2033-10-24 Vienna scheduled #15']);
    }
  });
});

describe('a place inside a name is no place of meeting', () => {
  it('"the Doha Declaration" does not make Vienna one of two places: a meeting naming none takes Vienna', () => {
    const text = `CTOC/COP/WG.7/2033/2\nDistr.: General\n2 March 2033\nOriginal: English\n${COP_EN}\nWorking Group on the Smuggling of Migrants\nVienna, 3 and 4 May 2033\n\n1. The Doha Declaration was recalled. Its twelfth meeting was held from 7 to 9 June 2032.\n`;
    expect(meetingsOf(text)).toContain('WG.7 2032-06-07 2032-06-09 Vienna held #12');
    // a second place of meeting named as one still leaves it without a place
    expect(meetingsOf(text.replace('was recalled.', 'was recalled at a workshop held in Doha.'))).toContain('WG.7 2032-06-07 2032-06-09 undefined held #12');
  });
});

describe("a paper's date after its symbol, the symbol repeated above the masthead by a running head", () => {
  it('each place the symbol stands is tried', () => {
    const text = `CTOC/COP/2033/CRP.1 · excerpt · page 3\n\nCTOC/COP/2033/CRP.1 2 juillet 2033 Français Original : anglais\nConférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée\nSeizième session\nVienne, 8-12 octobre 2033\n\nRapport d'une réunion d'experts\n`;
    const r = ingestDocument(text, opts);
    expect(r.source.date).toBe('2033-07-02');
    expect(meetingsOf(text)).toEqual(['COP 2033-10-08 2033-10-12 Vienna scheduled #16']);
  });
});

describe('tenses', () => {
  const page = (sentence: string) => `UNODC news\n\n${sentence}\n`;
  it('a participle after a future auxiliary is future ("will be convened", "is to be held")', () => {
    expect(meetingsOf(page('The sixteenth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime will be convened in Vienna on 14-18 October 2033.'))).toEqual([
      'COP 2033-10-14 2033-10-18 Vienna scheduled #16',
    ]);
  });
  it("a name's own simple past, whatever its last word ('… Organized Crime adopted the following …')", () => {
    expect(meetingsOf(page('At its first session, held in Vienna from 28 June to 2 July 2031, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted the following decisions:'))).toEqual([
      'COP 2031-06-28 2031-07-02 Vienna held #1',
    ]);
  });
  it('"ahead of the Conference, which will take place …": a preposition of time is no noun the body complements', () => {
    const text = `UNODC news\n\n2 October 2033 - The sixteenth session of the ${COP_EN.replace(/\n/g, ' ')} will open in Vienna on 6 October.\n\nSpeaking ahead of the Conference, which will take place from 6 to 10 October, the Executive Director said so.\n`;
    expect(meetingsOf(text)).toEqual(['COP 2033-10-06 2033-10-10 Vienna scheduled']);
  });
  it('an ordinal just before the name numbers its meeting ("the sixteenth session of the Conference … on …")', () => {
    expect(meetingsOf(page(`The sixteenth session of the ${COP_EN} is to be held in Vienna from 14 to 18 October 2033.`))).toEqual(['COP 2033-10-14 2033-10-18 Vienna scheduled #16']);
    // not one a preposition of time governs ("during the sixth session of the Conference, the Working Group …")
    expect(meetingsOf(page(`During the sixth session of the ${COP_EN}, the Working Group on Firearms met in Vienna on 15 October 2033.`))).toEqual(['WG.6 2033-10-15 2033-10-15 Vienna held']);
  });
});

describe('French web pages', () => {
  it('a name whose words a hyphen joins ("Nations-Unies")', () => {
    const page = 'Actualités\n\nLa 17e session de la Conférence des Parties à la Convention des Nations-Unies contre la criminalité transnationale organisée a lieu à Vienne du 18 au 22 octobre 2033.\n';
    expect(meetingsOf(page)).toEqual(['COP 2033-10-18 2033-10-22 Vienna held #17']);
  });
  it('the subject put after its verb ("Du 15 au 19 octobre s\'est tenue à Vienne la neuvième session de la Conférence …")', () => {
    const page = `Actualités\n\nDu 15 au 19 octobre 2033 s'est tenue à Vienne la dix-septième session de la ${'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée'}.\n`;
    expect(meetingsOf(page)).toEqual(['COP 2033-10-15 2033-10-19 Vienna held']);
    // (not an object after another verb: "… a adopté la résolution de la Conférence")
    expect(() => ingestDocument("Actualités\n\nDu 15 au 19 octobre 2033, la Commission a examiné la session de la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée.\n", opts)).toThrow(IngestError);
  });
});
