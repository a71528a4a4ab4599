/**
 * What this project uses of @aws-sdk/lib-dynamodb (the document client), over the lite
 * DynamoDB client: the same commands, with JavaScript values marshalled by the SDK's own
 * @aws-sdk/util-dynamodb. The Lambda bundles alias the package to this file.
 */
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { type DynamoDBClient, LiteCommand } from './client-dynamodb';

type Obj = Record<string, unknown>;
const options = { removeUndefinedValues: true };
const m = (v: unknown) => (v ? marshall(v as Obj, options) : undefined);
const u = (v: unknown) => (v ? unmarshall(v as never) : undefined);

function marshallInput(operation: string, i: Obj): Obj {
  const out: Obj = { ...i };
  for (const k of ['Item', 'Key', 'ExpressionAttributeValues', 'ExclusiveStartKey']) if (i[k]) out[k] = m(i[k]);
  if (operation === 'BatchWriteItem') {
    out.RequestItems = Object.fromEntries(
      Object.entries(i.RequestItems as Record<string, Obj[]>).map(([table, reqs]) => [
        table,
        reqs.map((r) => (r.PutRequest ? { PutRequest: { Item: m((r.PutRequest as Obj).Item) } } : { DeleteRequest: { Key: m((r.DeleteRequest as Obj).Key) } })),
      ]),
    );
  }
  return out;
}

function unmarshallOutput(operation: string, o: Obj): Obj {
  const out: Obj = { ...o };
  for (const k of ['Item', 'Attributes', 'LastEvaluatedKey']) if (o[k]) out[k] = u(o[k]);
  if (Array.isArray(o.Items)) out.Items = o.Items.map((x) => u(x));
  if (operation === 'BatchWriteItem' && o.UnprocessedItems) {
    out.UnprocessedItems = Object.fromEntries(
      Object.entries(o.UnprocessedItems as Record<string, Obj[]>).map(([table, reqs]) => [
        table,
        reqs.map((r) => (r.PutRequest ? { PutRequest: { Item: u((r.PutRequest as Obj).Item) } } : { DeleteRequest: { Key: u((r.DeleteRequest as Obj).Key) } })),
      ]),
    );
  }
  return out;
}

export class DynamoDBDocumentClient {
  private constructor(private readonly client: DynamoDBClient) {}
  static from(client: DynamoDBClient, _options?: unknown): DynamoDBDocumentClient {
    return new DynamoDBDocumentClient(client);
  }
  async send(command: LiteCommand): Promise<Obj> {
    const op = command.operation;
    return unmarshallOutput(op, await this.client.send(new LiteCommand(op, marshallInput(op, command.input as Obj))));
  }
  destroy(): void {}
}

const command = (operation: string) =>
  class extends LiteCommand {
    constructor(input: Obj) {
      super(operation, input);
    }
  };

export const GetCommand = command('GetItem');
export const PutCommand = command('PutItem');
export const UpdateCommand = command('UpdateItem');
export const DeleteCommand = command('DeleteItem');
export const QueryCommand = command('Query');
export const BatchWriteCommand = command('BatchWriteItem');
