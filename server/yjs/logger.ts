/** The slice of a logger the Yjs rooms use; pino's logger and `console` both fit. */
export interface YjsLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
