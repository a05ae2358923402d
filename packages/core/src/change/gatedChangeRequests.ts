/**
 * The change requests change-gate hands on: its `change-requests` output, a JSON array, read back
 * by release-bundle and post-implementation-review from their `change-requests` input. One reader,
 * so both actions accept and refuse exactly the same things.
 */

/** A change request as change-gate reports it. */
export interface GatedChangeRequest {
  /** `owner/repo` the CR issue lives in. */
  repository: string;
  number: number;
  title?: string;
  type?: string;
  risk?: string;
  url?: string;
  /** Approvals that counted; `at` when the gate said when. */
  approvers: { login: string; at?: string }[];
  /** False when the gate did not authorise it (it reported in `mode: report`, or blocked). */
  authorised?: boolean;
}

/** The `change-requests` input cannot be read; the message says how to pass it. */
export class ChangeRequestsInputError extends Error {
  override name = "ChangeRequestsInputError";
  readonly field = "change-requests";
}

const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * Reads change-gate's `change-requests` output. Empty text means none were supplied (`null`).
 * Approvers may be logins or objects with `login` and an optional time (`at`, `approvedAt`); a
 * change request listed twice is kept once.
 */
export function parseGatedChangeRequests(input: string): GatedChangeRequest[] | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    throw new ChangeRequestsInputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown as is
      "change-requests is not valid JSON: pass change-gate's output as is, e.g. `${{ needs.assess.outputs.change-requests }}`.",
    );
  }
  if (!Array.isArray(raw)) {
    throw new ChangeRequestsInputError("change-requests must be a JSON array, as change-gate outputs it.");
  }
  const seen = new Set<string>();
  const result: GatedChangeRequest[] = [];
  for (const [i, item] of raw.entries()) {
    const o = (item ?? {}) as Record<string, unknown>;
    const number = Number(o.number);
    const repository = typeof o.repository === "string" ? o.repository.trim() : "";
    if (!Number.isInteger(number) || number <= 0 || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new ChangeRequestsInputError(
        `change-requests[${i}] needs "repository" as owner/repo and "number" as a positive integer: pass change-gate's output as is.`,
      );
    }
    const key = `${repository.toLowerCase()}#${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const approvers = (Array.isArray(o.approvers) ? o.approvers : [])
      .map((a) => {
        if (typeof a === "string") return a.trim() ? { login: a.trim().replace(/^@/, "") } : undefined;
        const r = (a ?? {}) as Record<string, unknown>;
        const login = text(r.login) ?? text(r.user) ?? text(r.actor);
        const at = text(r.at) ?? text(r.approvedAt) ?? text(r.approved_at);
        return login ? { login: login.replace(/^@/, ""), ...(at ? { at } : {}) } : undefined;
      })
      .filter((a): a is { login: string; at?: string } => a !== undefined);
    result.push({
      repository,
      number,
      title: text(o.title),
      type: text(o.type),
      risk: text(o.risk),
      url: text(o.url),
      approvers,
      ...(o.authorised === false ? { authorised: false } : {}),
    });
  }
  return result;
}
