import { describe, expect, it } from "vitest";
import { RULE_COMMENT_LIMIT, ruleComment } from "./decision";

describe("ruleComment: GitHub's 1,024 characters", () => {
  it("keeps a short comment whole", () => {
    expect(ruleComment("Blocked:", ["PR #1 links no change request."], ["Details: [#5](u)"])).toBe(
      "Blocked:\n- PR #1 links no change request.\n\nDetails: [#5](u)",
    );
  });

  it("counts the reasons that do not fit and never cuts the links", () => {
    const reasons = Array.from(
      { length: 40 },
      (_, i) => `Pull request #${i} 'a rather long title for a change' links no change request.`,
    );
    const text = ruleComment("🚫 Gatehouse blocks this deployment to production:", reasons, [
      "Details: [#5](https://github.example/acme/shop/issues/5)",
    ]);
    expect(text.length).toBeLessThanOrEqual(RULE_COMMENT_LIMIT);
    expect(text).toMatch(
      /\n- …and \d+ more\n\nDetails: \[#5\]\(https:\/\/github\.example\/acme\/shop\/issues\/5\)$/,
    );
    const shown = text.split("\n").filter((l) => l.startsWith("- Pull request")).length;
    const more = Number(/…and (\d+) more/.exec(text)?.[1]);
    expect(shown + more).toBe(40);
  });

  it("shortens one huge reason rather than dropping it", () => {
    const text = ruleComment("Blocked:", ["x".repeat(5000)], ["[run](u)"]);
    expect(text.length).toBeLessThanOrEqual(RULE_COMMENT_LIMIT);
    expect(text).toMatch(/^Blocked:\n- x+…\n\n\[run\]\(u\)$/);
  });
});
