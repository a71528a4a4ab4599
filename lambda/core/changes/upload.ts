import type { Lang } from '../model';
import type { Conversation } from './pending';

/** A file as the chat service describes it: enough to decide whether to fetch it. */
export interface UploadedFile {
  id: string;
  name: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  /** the private download URL, when the event carries it */
  url?: string;
}

/** The largest document the bot downloads. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentKind = 'pdf' | 'text';

/** PDF or plain text, from the MIME type, Slack's file type or the name; null for anything else. */
export function documentKind(f: Pick<UploadedFile, 'name' | 'mimetype' | 'filetype'>): DocumentKind | null {
  const mime = (f.mimetype ?? '').toLowerCase();
  const type = (f.filetype ?? '').toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(f.name)?.[1]?.toLowerCase() ?? '';
  if (mime === 'application/pdf' || type === 'pdf' || (!mime && ext === 'pdf')) return 'pdf';
  if (mime.startsWith('text/plain') || type === 'text' || (!mime && ['txt', 'text'].includes(ext))) return 'text';
  return null;
}

export type Screening = { ok: true; kind: DocumentKind } | { ok: false; reason: 'not-editor' | 'unsupported-type' | 'too-large' };

/**
 * Whether an upload may be read, before anything is downloaded: only editors teach the
 * bot, only PDF and text files, at most MAX_DOCUMENT_BYTES.
 */
export function screenUpload(file: UploadedFile, user: string, editors: readonly string[]): Screening {
  if (!editors.includes(user)) return { ok: false, reason: 'not-editor' };
  const kind = documentKind(file);
  if (!kind) return { ok: false, reason: 'unsupported-type' };
  if ((file.size ?? 0) > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'too-large' };
  return { ok: true, kind };
}

/** Asks the document-reading worker to read an upload and post its review. */
export interface ReviewJob {
  changeId: string;
  file: UploadedFile;
  uploadedBy: string;
  /** the language the editor wrote in, when they wrote anything */
  lang: Lang | null;
  conversation: Conversation;
}

/** Asks the change-applying worker to add a reviewed change. */
export interface ApplyJob {
  changeId: string;
  user: string;
}
