import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ChangeLogEntry, PendingChange } from '../../core/changes/pending';
import type { Dataset } from '../../core/model';
import type { ChangeStore } from '../../core/ports';
import { batchWrite } from './batch-write';
import { type ChangeSet, changeSet } from './change-set';
import { mapDynamoError } from './errors';
import { CHANGE_LOG_PK, META_SK, PENDING_SK, REF_PK, changeLogSk, pendingPk } from './keys';
import { readMeta } from './reference-reader';

/** How long a change being written holds the data before another writer may finish it for it. */
const LEASE_MS = 120_000;

const conditionFailed = (e: unknown) => (e as { name?: string }).name === 'ConditionalCheckFailedException';

/**
 * Pending changes (PK=PENDING#<id>, TTL a day) and the change log (PK=CHANGE) in the table.
 *
 * Applying without a multi-item transaction (so it runs on any DynamoDB, dynalite
 * included), in four idempotent steps: (1) the pending change is claimed with a
 * conditional write and its change set stored on it; (2) the META item is locked with a
 * condition on the base version; (3) the reference items are written; (4) META gets the
 * new version and the lock goes. Readers lay a locked change set over what they read, so
 * they see the old data or the new, never a mix; a writer that died is finished by the
 * next one once its lease has passed.
 */
export class DynamoChangeStore implements ChangeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private key(id: string) {
    return { PK: pendingPk(id), SK: PENDING_SK };
  }

  private async run<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw mapDynamoError(e, this.table);
    }
  }

  create(p: PendingChange): Promise<boolean> {
    return this.run(async () => {
      try {
        await this.client.send(
          new PutCommand({ TableName: this.table, Item: { ...this.key(p.id), type: 'pending', status: p.status, expiresAt: p.expiresAt, record: p }, ConditionExpression: 'attribute_not_exists(PK)' }),
        );
        return true;
      } catch (e) {
        if (conditionFailed(e)) return false;
        throw e;
      }
    });
  }

  get(id: string): Promise<PendingChange | null> {
    return this.run(async () => {
      const r = await this.client.send(new GetCommand({ TableName: this.table, Key: this.key(id), ConsistentRead: true }));
      if (!r.Item) return null;
      const i = r.Item as { status: PendingChange['status'] | 'applying'; record: PendingChange; decidedBy?: string; decidedAt?: string };
      // a change being written still counts as pending for whoever asks
      return { ...i.record, status: i.status === 'applying' ? 'pending' : i.status, decidedBy: i.decidedBy, decidedAt: i.decidedAt };
    });
  }

  update(id: string, fields: Partial<Pick<PendingChange, 'reviewTs' | 'baseVersion'>>): Promise<void> {
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    if (!entries.length) return Promise.resolve();
    return this.run(async () => {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.key(id),
          UpdateExpression: `SET ${entries.map((_, i) => `#r.#f${i} = :v${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#r': 'record', ...Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])) },
          ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
        }),
      );
    });
  }

  discard(id: string, by: string, at: string): Promise<boolean> {
    return this.setStatus(id, 'pending', 'discarded', { decidedBy: by, decidedAt: at });
  }

  private setStatus(id: string, from: string, to: string, extra: Record<string, unknown> = {}, remove?: string): Promise<boolean> {
    return this.run(async () => {
      const names = Object.keys(extra);
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.table,
            Key: this.key(id),
            UpdateExpression: `SET #s = :to${names.map((n) => `, ${n} = :${n}`).join('')}${remove ? ` REMOVE ${remove}` : ''}`,
            ConditionExpression: '#s = :from',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':to': to, ':from': from, ...Object.fromEntries(names.map((n) => [`:${n}`, extra[n]])) },
          }),
        );
        return true;
      } catch (e) {
        if (conditionFailed(e)) return false;
        throw e;
      }
    });
  }

  async apply(p: PendingChange, before: { dataset: Dataset; version: string }, after: Dataset, entry: ChangeLogEntry): Promise<'applied' | 'base-moved' | 'not-pending' | 'busy'> {
    // a run that died after locking the data for this change: finish it
    if ((await readMeta(this.client, this.table))?.applying?.changeId === p.id) {
      await this.finish(p.id);
      return 'applied';
    }
    const set = changeSet(before, after);
    const now = this.nowMs();
    // (1) claim: pending → applying, or take over a claim whose writer died
    const claimed = await this.run(async () => {
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.table,
            Key: this.key(p.id),
            UpdateExpression: 'SET #s = :applying, changeSet = :set, logEntry = :entry, applyingAt = :now',
            ConditionExpression: '#s = :pending OR (#s = :applying AND applyingAt < :stale)',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':applying': 'applying', ':pending': 'pending', ':set': set, ':entry': { ...entry, toVersion: set.to }, ':now': now, ':stale': now - LEASE_MS },
          }),
        );
        return true;
      } catch (e) {
        if (conditionFailed(e)) return false;
        throw e;
      }
    });
    if (!claimed) return 'not-pending';
    // (2) lock the data at the version the review was computed against
    const meta = await readMeta(this.client, this.table);
    const other = meta?.applying;
    if (other && other.at >= now - LEASE_MS) return this.release(p.id, 'busy');
    if (other) await this.finish(other.changeId);
    if (other || before.version !== p.baseVersion || meta?.version !== p.baseVersion) return this.release(p.id, 'base-moved');
    {
      const locked = await this.run(async () => {
        try {
          await this.client.send(
            new UpdateCommand({
              TableName: this.table,
              Key: { PK: REF_PK, SK: META_SK },
              UpdateExpression: 'SET applying = :lock',
              ConditionExpression: 'version = :base AND attribute_not_exists(applying)',
              ExpressionAttributeValues: { ':lock': { changeId: p.id, to: set.to, at: now }, ':base': p.baseVersion },
            }),
          );
          return true;
        } catch (e) {
          if (conditionFailed(e)) return false;
          throw e;
        }
      });
      if (!locked) return this.release(p.id, 'base-moved');
    }
    // (3) and (4)
    await this.finish(p.id);
    return 'applied';
  }

  /** back to pending (the change set was not written) */
  private async release<T extends string>(id: string, outcome: T): Promise<T> {
    await this.setStatus(id, 'applying', 'pending', {}, 'changeSet, logEntry, applyingAt');
    return outcome;
  }

  /** writes a claimed change's items, commits the new version, logs it: safe to run again */
  private async finish(id: string): Promise<void> {
    const item = await this.run(async () => (await this.client.send(new GetCommand({ TableName: this.table, Key: this.key(id), ConsistentRead: true }))).Item);
    const set = item?.changeSet as ChangeSet | undefined;
    const entry = item?.logEntry as ChangeLogEntry | undefined;
    if (!set || !entry) return;
    await batchWrite(this.client, this.table, [
      ...set.puts.map((i) => ({ PutRequest: { Item: i as unknown as Record<string, unknown> } })),
      ...set.deletes.map((sk) => ({ DeleteRequest: { Key: { PK: REF_PK, SK: sk } } })),
    ]);
    await this.run(async () => {
      await this.client
        .send(
          new UpdateCommand({
            TableName: this.table,
            Key: { PK: REF_PK, SK: META_SK },
            UpdateExpression: 'SET version = :to, checksum = :sum REMOVE applying',
            ConditionExpression: 'applying.changeId = :id',
            ExpressionAttributeValues: { ':to': set.to, ':sum': set.checksum, ':id': id },
          }),
        )
        .catch((e) => {
          // committed already by an earlier run
          if (!conditionFailed(e)) throw e;
        });
      await this.client.send(new PutCommand({ TableName: this.table, Item: { PK: CHANGE_LOG_PK, SK: changeLogSk(entry.approvedAt, id), type: 'change', record: entry, document: (item?.record as PendingChange | undefined)?.document } }));
    });
    await this.setStatus(id, 'applying', 'applied', { decidedBy: entry.approvedBy, decidedAt: entry.approvedAt });
  }

  latest(limit: number): Promise<ChangeLogEntry[]> {
    return this.run(async () => {
      const r = await this.client.send(
        new QueryCommand({ TableName: this.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': CHANGE_LOG_PK }, ScanIndexForward: false, Limit: limit }),
      );
      return (r.Items ?? []).map((i) => i.record as ChangeLogEntry);
    });
  }
}
