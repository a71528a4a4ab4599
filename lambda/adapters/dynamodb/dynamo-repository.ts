import { type DynamoDBDocumentClient, GetCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '../../core/dates';
import type { Body, Dataset, Meeting } from '../../core/model';
import type { MeetingRepository } from '../../core/ports';
import { CtocError } from '../../core/errors';
import { mapDynamoError } from './errors';
import { fromItems } from './items';
import { MEETING_GSI1PK, REF_PK, bodySk, meetingGsi1Sk, meetingsOfBodyPrefix, reportSk } from './keys';
import { queryAll, readMeta, readReferenceItems } from './reference-reader';

/** Longest meeting we expect, for the date-range index query (a session lasts a week). */
const MAX_MEETING_DAYS = 31;

export interface DynamoRepositoryOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** how long reference data read by load() is reused at most (default 5 minutes) */
  cacheTtlMs?: number;
  /**
   * how often a cached copy checks the data version (one GetItem of the META item) so a
   * change added from Slack is answered from within seconds (default 5 s; 0: every load)
   */
  versionCheckMs?: number;
  /** milliseconds clock, replaceable in tests */
  nowMs?: () => number;
  /** items per Query page (default: DynamoDB's 1 MB pages) */
  pageSize?: number;
}

/**
 * Reference data in DynamoDB. load() reads every reference item with one paginated
 * Query and keeps the dataset for cacheTtlMs: a warm Lambda answers with no read at all.
 * The data was validated when seeded; it is trusted if it still matches the seeder's
 * checksum, and is one clear error (DATA_INVALID) if not.
 */
export class DynamoRepository implements MeetingRepository {
  private readonly client: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly ttl: number;
  private readonly nowMs: () => number;
  private readonly pageSize?: number;
  private readonly checkMs: number;
  private cache?: { value: { dataset: Dataset; version: string }; at: number; checked: number };
  private inflight?: Promise<{ dataset: Dataset; version: string }>;
  private checking?: { version: string; unchanged: Promise<boolean> };

  constructor(o: DynamoRepositoryOptions) {
    this.client = o.client;
    this.table = o.tableName;
    this.ttl = o.cacheTtlMs ?? 300_000;
    this.nowMs = o.nowMs ?? Date.now;
    this.pageSize = o.pageSize;
    this.checkMs = o.versionCheckMs ?? 5000;
  }

  async load(o: { fresh?: boolean } = {}): Promise<{ dataset: Dataset; version: string }> {
    const now = this.nowMs();
    if (!o.fresh && this.cache && now - this.cache.at < this.ttl) {
      if (now - this.cache.checked < this.checkMs) return this.cache.value;
      // one version check at a time: concurrent questions (serve) wait for the same read
      const cached = this.cache;
      const version = cached.value.version;
      if (this.checking?.version !== version) {
        const check = {
          version,
          unchanged: this.unchanged(version).finally(() => {
            if (this.checking === check) this.checking = undefined;
          }),
        };
        this.checking = check;
      }
      if (await this.checking.unchanged) {
        cached.checked = Math.max(cached.checked, now);
        return cached.value;
      }
    }
    this.inflight ??= this.readAll().finally(() => {
      this.inflight = undefined;
    });
    try {
      const value = await this.inflight;
      const at = this.nowMs();
      this.cache = { value, at, checked: at };
      return value;
    } catch (e) {
      // reference data changes once a session: an expired copy beats no answer while
      // DynamoDB is down; the next call tries the table again
      if (this.cache) return this.cache.value;
      throw e;
    }
  }

  /** one cheap GetItem: is the table still at this version (and no change being written)? */
  private async unchanged(version: string): Promise<boolean> {
    try {
      const meta = await readMeta(this.client, this.table);
      return meta?.version === version && !meta.applying;
    } catch {
      // DynamoDB down: the cached copy still answers
      return true;
    }
  }

  private async readAll(): Promise<{ dataset: Dataset; version: string }> {
    const items = await readReferenceItems(this.client, this.table, this.pageSize);
    const { dataset, version, intact } = fromItems(items);
    if (!version) throw new CtocError('STORAGE_EMPTY', `DynamoDB table "${this.table}" holds no reference data (run: ctoc-bot seed --table ${this.table})`);
    if (!intact) throw new CtocError('DATA_INVALID', `DynamoDB table "${this.table}" holds reference data that is not what was validated and seeded (edited by hand, half-written, or seeded by an older version); seed it again: ctoc-bot seed --table ${this.table}`);
    return { dataset, version };
  }

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
    return queryAll(this.client, this.table, input, this.pageSize);
  }

  /** the record of one reference item, or null */
  private async getRecord<T>(sk: string): Promise<T | null> {
    try {
      const r = await this.client.send(new GetCommand({ TableName: this.table, Key: { PK: REF_PK, SK: sk } }));
      return (r.Item?.record as T | undefined) ?? null;
    } catch (e) {
      throw mapDynamoError(e, this.table);
    }
  }

  body(id: string): Promise<Body | null> {
    return this.getRecord<Body>(bodySk(id));
  }

  async meetingsOfBody(id: string): Promise<Meeting[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': REF_PK, ':prefix': meetingsOfBodyPrefix(id) },
    });
    return items.map((i) => i.record as Meeting);
  }

  async meetingsBetween(start: IsoDate, end: IsoDate): Promise<Meeting[]> {
    // the index is ordered by start date; a meeting that began up to MAX_MEETING_DAYS
    // before the range may still overlap it, so the query starts that much earlier
    const from = new Date(Date.parse(`${start}T00:00:00Z`) - MAX_MEETING_DAYS * 86_400_000).toISOString().slice(0, 10);
    const items = await this.queryAll({
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': MEETING_GSI1PK, ':from': meetingGsi1Sk(from, ''), ':to': meetingGsi1Sk(end, '\uffff') },
    });
    return items.map((i) => i.record as Meeting).filter((m) => m.end >= start);
  }

  meetingBySymbol(symbol: string): Promise<Meeting | null> {
    return this.getRecord<Meeting>(reportSk(symbol));
  }
}
