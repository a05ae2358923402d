/**
 * What Gatehouse writes down on a change request, in a hidden line of its own comment: the
 * rejections it saw standing and whether it let a deployment go. Read back on later runs, a record
 * only ever adds to what the timeline shows — a rejection whose comment was deleted still stands,
 * a change request closed after a deployment stays spent — and never lifts anything.
 */

export interface RecordedRejection {
  login: string;
  /** When the rejection was given (ISO 8601). */
  at: string;
}

export interface GatehouseRecord {
  /** Rejections standing when the record was written. */
  rejections: RecordedRejection[];
  /** An enforced decision let a deployment go with this change request. */
  allowed: boolean;
}

const PREFIX = "<!-- gatehouse:record ";

/** The hidden line (an HTML comment, which GitHub does not show). */
export function renderRecord(record: GatehouseRecord): string {
  const json = JSON.stringify({ rejections: record.rejections, allowed: record.allowed });
  return `${PREFIX}${json.replace(/--/g, "\\u002d\\u002d")} -->`;
}

/** The record in a comment's text, or null when it carries none (or one that cannot be read). */
export function parseRecord(body: string | null | undefined): GatehouseRecord | null {
  const text = body ?? "";
  const start = text.indexOf(PREFIX);
  if (start < 0) return null;
  const end = text.indexOf(" -->", start);
  if (end < 0) return null;
  try {
    const raw = JSON.parse(text.slice(start + PREFIX.length, end)) as Partial<GatehouseRecord>;
    const rejections = Array.isArray(raw.rejections)
      ? raw.rejections.filter(
          (r): r is RecordedRejection =>
            typeof r?.login === "string" && typeof r.at === "string" && !Number.isNaN(Date.parse(r.at)),
        )
      : [];
    return { rejections, allowed: raw.allowed === true };
  } catch {
    return null;
  }
}
