import type { WebClient } from '@slack/web-api';
import type { UploadedFile } from '../../core/changes/upload';
import { DocumentRejected } from '../../core/errors';
import type { FileSource } from '../../core/ports';

/**
 * Downloads a Slack file with the bot token (scope files:read): the event's
 * url_private_download, or files.info's when the event does not carry it. The size is
 * checked before and while reading, so a file over the limit is never held whole.
 */
export class SlackFileSource implements FileSource {
  constructor(
    private readonly client: WebClient,
    private readonly botToken: string,
    private readonly timeoutMs = 20_000,
  ) {}

  async download(file: UploadedFile, maxBytes: number): Promise<Uint8Array> {
    let url = file.url;
    let size = file.size;
    if (!url) {
      try {
        const info = await this.client.files.info({ file: file.id });
        url = info.file?.url_private_download ?? info.file?.url_private;
        size = info.file?.size ?? size;
      } catch (e) {
        const code = (e as { data?: { error?: string } }).data?.error ?? (e instanceof Error ? e.message : String(e));
        throw new DocumentRejected('download-failed', code, { cause: e });
      }
      if (!url) throw new DocumentRejected('download-failed', 'no download URL');
    }
    if ((size ?? 0) > maxBytes) throw new DocumentRejected('too-large', `${Math.ceil((size ?? 0) / 1_048_576)} MB, over ${maxBytes / 1_048_576} MB`);
    let res: Response;
    try {
      res = await fetch(url, { headers: { Authorization: `Bearer ${this.botToken}` }, redirect: 'follow', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      throw new DocumentRejected('download-failed', e instanceof Error ? e.message : String(e), { cause: e });
    }
    if (!res.ok) throw new DocumentRejected('download-failed', `HTTP ${res.status}`);
    // without the scope Slack answers 200 with its sign-in page
    if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new DocumentRejected('download-failed', 'Slack sent a sign-in page instead of the file');
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new DocumentRejected('too-large', `${Math.ceil(declared / 1_048_576)} MB, over ${maxBytes / 1_048_576} MB`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body ?? []) {
      total += (chunk as Uint8Array).length;
      if (total > maxBytes) throw new DocumentRejected('too-large', `over ${maxBytes / 1_048_576} MB`);
      chunks.push(chunk as Uint8Array);
    }
    return Buffer.concat(chunks);
  }
}
