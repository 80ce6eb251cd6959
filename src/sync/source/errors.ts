/** Source failures carry a typed reason for the FetchFailed condition (never parsed out of a message). */
export type SourceReason = 'SSHNotSupported' | 'InvalidURL' | 'AccessDenied' | 'GitServerUnavailable' | 'RefNotFound' | 'PathNotFound' | 'SignatureInvalid' | 'FetchFailed';

export class SourceError extends Error {
  override name = 'SourceError';
  constructor(readonly reason: SourceReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
