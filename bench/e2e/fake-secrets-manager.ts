import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSecretsManager {
  /** give as AWS_ENDPOINT_URL_SECRETS_MANAGER */
  endpoint: string;
  /** GetSecretValue requests answered */
  reads: number;
  close(): Promise<void>;
}

/**
 * A stand-in for AWS Secrets Manager on 127.0.0.1: answers GetSecretValue (JSON 1.1
 * protocol, as the SDK sends it) with one secret string, for any secret id.
 */
export async function startFakeSecretsManager(secretString: string): Promise<FakeSecretsManager> {
  const state = { reads: 0 };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.headers['x-amz-target'] !== 'secretsmanager.GetSecretValue') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'InvalidRequestException', message: 'only GetSecretValue' }));
        return;
      }
      state.reads++;
      const arn = 'arn:aws:secretsmanager:eu-central-1:000000000000:secret:ctoc-bench';
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ ARN: arn, Name: 'ctoc-bench', SecretString: secretString, VersionId: 'v1', CreatedDate: 1.7e9 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get reads() {
      return state.reads;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
