/**
 * Structured logs: one JSON object per line (time, level, msg, and the fields of the event), the
 * shape log collectors read without configuration.
 */

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. the delivery being handled). */
  with(fields: LogFields): Logger;
}

export function createLogger(write: (line: string) => void, base: LogFields = {}): Logger {
  const emit = (level: LogLevel, msg: string, fields?: LogFields) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...base, ...fields })}\n`);
  };
  return {
    info: (msg, fields) => emit("info", msg, fields),
    warn: (msg, fields) => emit("warn", msg, fields),
    error: (msg, fields) => emit("error", msg, fields),
    with: (fields) => createLogger(write, { ...base, ...fields }),
  };
}

/** A logger that writes nothing. */
export const silentLogger: Logger = createLogger(() => {});
