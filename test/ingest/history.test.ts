import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../lambda/adapters/memory/load-data';
import { ingestFiles } from '../../lambda/app/ingest';
import { type Answerer, createAnswerer } from '../../lambda/core/answer';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { seed } from '../../lambda/app/seed';
import { DATA_DIR, dataset } from '../helpers/data';
import { startTestTable } from '../helpers/dynamo';

const DOCS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const NOW = '2024-08-01';

describe('questions about ingested history (data/ plus the fixture documents)', () => {
  let ask: Answerer;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ctoc-history-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    await ingestFiles(readdirSync(DOCS).map((f) => join(DOCS, f)), { outDir: dir, dataDir: dir });
    ask = createAnswerer(await loadDataDir(dir));
  });

  it.each([
    ['when did the trafficking group meet in 2010?', ['WG.4-2010-01-27'], 'The Working Group on Trafficking in Persons held a meeting on 27–29 January 2010 in Vienna (report CTOC/COP/WG.4/2010/6; provisional agenda CTOC/COP/WG.4/2010/1).'],
    ["quand le groupe sur la traite s'est-il réuni en 2010 ?", ['WG.4-2010-01-27'], 'Le Groupe de travail sur la traite des personnes a tenu une réunion du 27 au 29 janvier 2010 à Vienne (rapport CTOC/COP/WG.4/2010/6 ; ordre du jour provisoire CTOC/COP/WG.4/2010/1).'],
    ['4th session of the COP', ['COP-4'], 'The Conference of the Parties held its 4th session on 8–17 October 2008 in Vienna (report CTOC/COP/2008/19).'],
    ['documents of the 2018 firearms meeting', ['WG.6-2018-05-02'], 'Documents of the meeting of the Working Group on Firearms (2–3 May 2018, Vienna): CTOC/COP/WG.6/2018/3 (background paper, 21 February 2018, English).'],
    ['documents de la neuvième session', ['COP-9'], 'Documents de la 9e session de la Conférence des Parties (15–19 octobre 2018, Vienne) : CTOC/COP/2018/1 (ordre du jour provisoire, 23 juillet 2018, français).'],
    ['what is CTOC/COP/WG.6/2018/3?', ['WG.6-2018-05-02'], 'CTOC/COP/WG.6/2018/3 is a background paper for the meeting of the Working Group on Firearms (2–3 May 2018, Vienna).'],
    ['when did the technical assistance group meet in 2008?', ['WG.2-2'], 'The Working Group of Government Experts on Technical Assistance held its 2nd meeting on 13–14 October 2008 in Vienna.'],
  ])('%s', (question, ids, text) => {
    const a = ask(question, NOW);
    expect(a.meetings.map((m) => m.id)).toEqual(ids);
    expect(a.text).toBe(text);
  });

  it('seeds into DynamoDB (a report also listed among its meeting\'s documents is one item) and answers the same', async () => {
    const table = await startTestTable({ seeded: false });
    try {
      await seed({ client: table.client, tableName: table.tableName, dataDir: dir, create: true });
      const repo = new DynamoRepository({ client: table.client, tableName: table.tableName });
      expect((await repo.meetingsOfBody('WG.4')).map((m) => m.id)).toEqual(['WG.4-2009-04-14', 'WG.4-2010-01-27', 'WG.4-13', 'WG.4-14']);
      const fromTable = createAnswerer((await repo.load()).dataset);
      expect(fromTable('documents of the 2018 firearms meeting', NOW).text).toBe(ask('documents of the 2018 firearms meeting', NOW).text);
    } finally {
      await table.close();
    }
  });

  it('an announced meeting is never said to have taken place', () => {
    expect(ask('when does the smuggling group meet in 2020?', '2020-06-01').text).toBe('The Working Group on the Smuggling of Migrants is scheduled to hold its 7th meeting on 8–9 September 2020 in Vienna.');
    expect(ask('when did the smuggling group meet in 2020?', '2021-01-01').text).toBe('The Working Group on the Smuggling of Migrants was scheduled to hold its 7th meeting on 8–9 September 2020 in Vienna.');
  });
});

describe('what a session will consider (from the note, with provenance)', () => {
  const ask = createAnswerer(dataset());
  const reports = ['CTOC/COP/WG.4/2023/5', 'CTOC/COP/WG.4/2024/5', 'CTOC/COP/WG.7/2023/5', 'CTOC/COP/WG.7/2024/5', 'CTOC/COP/WG.6/2023/5', 'CTOC/COP/WG.6/2024/5', 'CTOC/COP/WG.3/2023/4', 'CTOC/COP/WG.3/2024/5', 'CTOC/COP/WG.2/2023/4', 'CTOC/COP/WG.2/2024/5'];

  it('the relation is in data/, each with the paragraph that states it', () => {
    const cop12 = dataset().meetings.find((m) => m.id === 'COP-12');
    expect(cop12?.considers?.map((c) => c.symbol)).toEqual(reports);
    expect(cop12?.considers?.map((c) => c.source.paragraph)).toEqual([3, 3, 6, 6, 9, 9, 12, 12, 15, 15]);
  });

  it.each(['which reports go to COP12', 'what reports will the conference consider at its twelfth session?', 'quels rapports seront examinés à la douzième session', 'rapports présentés à la CdP 12'])('%s', (q) => {
    const a = ask(q, '2024-08-01');
    expect(a.intent).toBe('considers');
    expect(a.reports).toEqual(reports);
    expect(a.meetings.map((m) => m.id)).toEqual(['COP-12']);
    expect(a.lead).toMatch(/^(The Conference of the Parties will consider 10 reports at its 12th session|La Conférence des Parties examinera 10 rapports à sa 12e session)/);
  });

  it('a session with nothing recorded says so', () => {
    const a = ask('which reports go to COP11', '2024-08-01');
    expect(a.text).toBe('No document is recorded as going to the Conference of the Parties at its 11th session.');
    expect(a.reports).toEqual([]);
  });
});
