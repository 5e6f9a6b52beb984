import { AppError } from '../../shared/errors';

/** What to tell the user about a failed call: the server's own words where it has them. */
export function errorText(err: unknown): string {
  if (err instanceof AppError) {
    if (err.code === 'offline' && !err.message) return '网络已断开，请稍后重试';
    return err.message || '操作失败';
  }
  if (err instanceof Error) return err.message || '操作失败';
  return String(err);
}
