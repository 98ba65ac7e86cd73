/**
 * What `npm run audit` exits with, so a batch runner can tell "retry later" from "fix the command":
 * a Kubernetes pod failure policy or a CI step keys on these numbers (README, "Auditing from a terminal").
 */
export const EXIT = {
  /** Every workspace audited completely. */
  done: 0,
  /** Anything else: the server could not be reached, a file could not be written. */
  failed: 1,
  /** The command or its environment is wrong: retrying cannot help. */
  usage: 2,
  /** The token was refused (401), or is not allowed what the audit needs (403). */
  auth: 3,
  /** Files written, but something could not be read: rerun with the same state to retry only that. */
  partial: 4,
  /** Stopped by Ctrl-C (SIGINT) or SIGTERM: 128 + the signal's number, the shell's convention. */
  interrupted: { SIGINT: 130, SIGTERM: 143 },
} as const;

/** Bad input: the message names the flag or variable to fix; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The server refused the token or the request (401/403); exit 3. */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
  }
}
