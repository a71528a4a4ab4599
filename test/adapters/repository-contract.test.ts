import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../lambda/adapters/dynamodb/dynamo-repository';
import { MemoryRepository } from '../../lambda/adapters/memory/memory-repository';
import type { MeetingRepository } from '../../lambda/core/ports';
import { type TestTable, startTestTable } from '../helpers/dynamo';

/** One contract, every implementation of MeetingRepository. */
function contract(name: string, make: () => MeetingRepository) {
  describe(`MeetingRepository contract: ${name}`, () => {
    it('loads the whole dataset with a version', async () => {
      const { dataset, version } = await make().load();
      expect(dataset.bodies.map((b) => b.id)).toEqual(['COP', 'WG.2', 'WG.3', 'WG.4', 'WG.6', 'WG.7']);
      expect(dataset.meetings).toHaveLength(11);
      expect(dataset.vocabulary.months.fr.juin).toBe(6);
      expect(version).toMatch(/\w+/);
    });

    it('gets a body by id, or null', async () => {
      const r = make();
      expect((await r.body('WG.6'))?.names.en).toBe('Working Group on Firearms');
      expect(await r.body('WG.9')).toBeNull();
    });

    it("lists a body's meetings in date order", async () => {
      expect((await make().meetingsOfBody('WG.6')).map((m) => m.id)).toEqual(['WG.6-10', 'WG.6-11']);
      expect(await make().meetingsOfBody('WG.9')).toEqual([]);
    });

    it('lists meetings across bodies overlapping a date range, in date order', async () => {
      expect((await make().meetingsBetween('2024-06-01', '2024-06-30')).map((m) => m.id)).toEqual(['WG.2-15', 'WG.3-15']);
      // the COP session runs 14-18 October: a range starting on the 16th still overlaps it
      expect((await make().meetingsBetween('2024-10-16', '2024-10-31')).map((m) => m.id)).toEqual(['COP-12']);
      expect(await make().meetingsBetween('2025-01-01', '2025-12-31')).toEqual([]);
    });

    it('finds the meeting of a report or a provisional agenda by symbol', async () => {
      expect((await make().meetingBySymbol('CTOC/COP/WG.7/2023/5'))?.id).toBe('WG.7-10');
      expect((await make().meetingBySymbol('CTOC/COP/2024/1'))?.id).toBe('COP-12');
      expect(await make().meetingBySymbol('CTOC/COP/WG.9/2023/5')).toBeNull();
    });
  });
}

let table: TestTable;
beforeAll(async () => {
  table = await startTestTable();
});
afterAll(async () => {
  await table.close();
});

contract('memory (data/)', () => new MemoryRepository());
contract('DynamoDB (dynalite)', () => new DynamoRepository({ client: table.client, tableName: table.tableName }));
contract('DynamoDB, paginated by 3 items', () => new DynamoRepository({ client: table.client, tableName: table.tableName, pageSize: 3 }));
