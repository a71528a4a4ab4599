/** Error codes the edges map to exit codes, log lines and user messages. */
export type CtocErrorCode =
  | 'DATA_INVALID'
  | 'DATA_UNREADABLE'
  | 'BAD_ARGUMENT'
  | 'STORAGE_UNAVAILABLE'
  | 'STORAGE_THROTTLED'
  | 'STORAGE_MISSING_TABLE'
  | 'STORAGE_EMPTY'
  | 'CONFLICT';

/** A domain error with a stable code and the underlying cause. */
export class CtocError extends Error {
  readonly code: CtocErrorCode;
  constructor(code: CtocErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CtocError';
    this.code = code;
  }
}

export const isCtocError = (e: unknown): e is CtocError => e instanceof CtocError;

/** The chat service refused a post; permanent when retrying cannot help (channel gone …). */
export class PostRefused extends Error {
  constructor(
    readonly reason: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`the post was refused: ${reason}`, options);
    this.name = 'PostRefused';
  }
}

/** Why an uploaded document cannot become a change: each reason has its own message. */
export type RejectionReason = 'not-a-un-document' | 'scanned-pdf' | 'too-large' | 'unsupported-type' | 'download-failed' | 'unreadable' | 'inconsistent';

/** An upload the bot will not read, with the detail to show the editor. */
export class DocumentRejected extends Error {
  constructor(
    readonly reason: RejectionReason,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${reason}: ${detail}`, options);
    this.name = 'DocumentRejected';
  }
}
