/**
 * The freeze calendar as an iCalendar file (RFC 5545) that calendar programs import or subscribe to.
 *
 * One VEVENT per freeze period, times in UTC (`…Z`), so no VTIMEZONE is needed and every program
 * shows the period at the right instant in its own zone. UIDs are stable per period (window name and
 * start instant), so a re-exported calendar updates events instead of duplicating them.
 */
import type { FreezeOccurrence } from "./freezeCalendar";
import { environmentsLabel } from "./freezeCalendar";

export interface IcsOptions {
  /** When the file is generated (DTSTAMP). */
  now: Date;
  /** Calendar name shown by calendar programs. */
  name?: string;
  /** Domain part of UIDs, e.g. the repository `owner/repo`. */
  uidDomain?: string;
}

/** `20261223T230000Z` */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line to at most 75 octets per line (RFC 5545 §3.1), never inside a character. */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A short stable hash (FNV-1a, 32-bit) for UIDs. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** One event of a calendar file: an interval in UTC with what people read about it. */
export interface IcsEvent {
  /** Stable across exports, so a re-exported calendar updates events instead of duplicating them. */
  uid: string;
  startMs: number;
  endMs: number;
  summary: string;
  description: string;
  categories: string;
  /** `OPAQUE`: busy (a freeze); `TRANSPARENT`: informational. Default OPAQUE. */
  transparency?: "OPAQUE" | "TRANSPARENT";
  url?: string;
}

/** `freeze-<hash>-<start>`: the stable UID of one freeze period (without the domain). */
export function freezeEventUid(o: FreezeOccurrence): string {
  return `freeze-${hash(o.window)}-${utcStamp(o.startMs)}`;
}

/** The freeze periods as calendar events (an endless freeze has no event: the CLI shows it). */
export function freezeIcsEvents(occurrences: readonly FreezeOccurrence[]): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const o of occurrences) {
    if (o.endMs === null) continue; // an event needs an end; an endless freeze is shown by the CLI
    const description = [
      o.reason ?? "Deployments are frozen.",
      `Environments: ${environmentsLabel(o.environments)}`,
      `Window time zone: ${o.timezone} (${o.start} to ${o.end})`,
    ].join("\n");
    events.push({
      uid: freezeEventUid(o),
      startMs: o.startMs,
      endMs: o.endMs,
      summary: `Freeze: ${o.window}`,
      description,
      categories: "deployment freeze",
    });
  }
  return events;
}

export interface CalendarOptions extends IcsOptions {
  /** PRODID's product part, e.g. "Freeze calendar". */
  product?: string;
}

/** A calendar file (RFC 5545) of the events, times in UTC, lines folded, CRLF line endings. */
export function renderIcs(events: readonly IcsEvent[], options: CalendarOptions): string {
  const domain = (options.uidDomain ?? "gatehouse").replace(/[^A-Za-z0-9.\-_/]/g, "-");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Gatehouse//${options.product ?? "Freeze calendar"}//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(options.name ?? "Deployment freezes")}`,
    // Subscribed calendars refresh hourly (RFC 7986, and the older property some programs read).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  const stamp = utcStamp(options.now.getTime());
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(e.startMs)}`,
      `DTEND:${utcStamp(e.endMs)}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      `DESCRIPTION:${escapeIcsText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      `CATEGORIES:${escapeIcsText(e.categories)}`,
      `TRANSP:${e.transparency ?? "OPAQUE"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}

export function renderFreezeCalendarIcs(occurrences: FreezeOccurrence[], options: IcsOptions): string {
  return renderIcs(freezeIcsEvents(occurrences), options);
}
