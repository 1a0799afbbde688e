import type { Result } from '../domain/result.ts';

/** Why a request to the station failed; the message says what the operator can do about it. */
export type IpcErrorCode =
  | 'invalid-request'
  | 'forbidden'
  | 'api-error'
  | 'not-found'
  | 'rejected'
  | 'wrong-pin'
  | 'internal';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** What every invoke channel answers: the value, or an error an operator can act on. */
export type IpcResponse<T> = Result<T, IpcError>;
