/**
 * Earned standard changes: a kind of change that keeps going well is a candidate for pre-approval.
 * ITIL's standard change is a low-risk, repeated change whose procedure is known to work; here the
 * evidence is Gatehouse's own: the change requests that name a template (the form's "Standard change
 * template") and the reviews of the deployments that carried them. A template whose last N reviews
 * all succeeded — N from the policy — and that the policy does not already list as standard is
 * suggested to people, who decide; nothing is ever pre-approved automatically.
 */
import type { ReviewRecord } from "../review/reviewRecord";

export interface TemplateEvidence {
  template: string;
  /** The reviews counted, newest first (the last N). */
  reviews: { number: number; url: string; createdAt: string; changeRequest: string }[];
}

export interface EarnedStandardChanges {
  suggestions: TemplateEvidence[];
  /** N: how many successful reviews in a row a template needs. */
  after: number;
}

const crKey = (repository: string, number: number) => `${repository.toLowerCase()}#${number}`;

/**
 * `reviews` are the trusted reviews read (any order); `templates` maps `owner/repo#N` (lower case)
 * to the template its change request names (normal changes only: a standard one is already
 * pre-approved); `standard` are the templates the policy already pre-approves.
 */
export function earnedStandardChanges(opts: {
  reviews: readonly ReviewRecord[];
  templates: ReadonlyMap<string, string>;
  standard: readonly string[];
  after: number;
}): EarnedStandardChanges {
  if (opts.after < 1) return { suggestions: [], after: opts.after };
  const already = new Set(opts.standard.map((s) => s.trim().toLowerCase()));
  const byTemplate = new Map<string, { review: ReviewRecord; cr: string; name: string }[]>();
  for (const review of opts.reviews) {
    const seen = new Set<string>();
    for (const cr of review.changeRequests) {
      const name = opts.templates.get(crKey(cr.repository, cr.number));
      if (!name) continue;
      const key = name.trim().toLowerCase();
      if (already.has(key) || seen.has(key)) continue;
      seen.add(key);
      const uses = byTemplate.get(key) ?? [];
      uses.push({ review, cr: `${cr.repository}#${cr.number}`, name: name.trim() });
      byTemplate.set(key, uses);
    }
  }
  const suggestions: TemplateEvidence[] = [];
  for (const uses of byTemplate.values()) {
    const last = uses
      .sort(
        (a, b) =>
          Date.parse(b.review.createdAt) - Date.parse(a.review.createdAt) ||
          b.review.number - a.review.number,
      )
      .slice(0, opts.after);
    if (last.length < opts.after || !last.every((u) => u.review.outcome === "success")) continue;
    suggestions.push({
      // As the newest change request spells it.
      template: last[0]!.name,
      reviews: last.map((u) => ({
        number: u.review.number,
        url: u.review.url,
        createdAt: u.review.createdAt,
        changeRequest: u.cr,
      })),
    });
  }
  suggestions.sort((a, b) => a.template.localeCompare(b.template));
  return { suggestions, after: opts.after };
}
