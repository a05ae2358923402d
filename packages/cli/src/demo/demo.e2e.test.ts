import { describe, expect, it } from "vitest";
import { runDemo } from "./run";
import { steps } from "./steps/index";

// `pnpm demo` as shipped: the seeded sandbox, the committed bundles, every registered step.
describe("gatehouse demo, end to end", () => {
  it("runs every registered step to the end and recaps each one", async () => {
    const lines: string[] = [];
    const code = await runDemo({ write: (t) => lines.push(t) });
    const text = lines.join("\n");
    const recap = text.slice(text.indexOf("━━ Recap"));
    expect(recap, text).not.toMatch(/^ {2}✗ /m);
    expect(code, text).toBe(0);
    for (const step of steps) expect(recap).toContain(step.title);
    expect(recap).toMatch(/The sandbox answered \d+ API request\(s\)\./);
    // It ends by verifying the release it made: every check passes.
    expect(text).toMatch(
      /gatehouse verify --repository acme\/storefront --tag v\d+\.\d+\.\d+\n(.*\n){9}.*Verified: every check passed/,
    );
  }, 180_000);
});
