/**
 * The whole pipeline of `gatehouse demo`, end to end with the built bundles: freeze check, change
 * gate, the simulated deployment, the release and the post-implementation review, each step's
 * outputs flowing into the next. Asserts what the demo leaves behind in the sandbox.
 */
import { describe, expect, it } from "vitest";
import { runDemo } from "../packages/cli/src/demo/run";
import { steps } from "../packages/cli/src/demo/steps/index";
import type { DemoStep } from "../packages/cli/src/demo/types";
import { hasBundle } from "./harness";

const ACTIONS = ["freeze-window", "change-gate", "release-bundle", "post-implementation-review"];
const built = ACTIONS.every(hasBundle);

describe("gatehouse demo: the whole pipeline", () => {
  it.skipIf(!built)(
    "ends with the release and the review linked, and every change request implemented",
    async () => {
      const lines: string[] = [];
      // Observe the sandbox at the end of the pipeline, before the demo closes it.
      let seen: {
        releases: string[];
        manifest?: string;
        review?: { title: string; body: string; labels: string[] };
        crs: unknown[];
      } = {
        releases: [],
        crs: [],
      };
      const observe: DemoStep = {
        title: "Observe",
        async run(ctx) {
          const repo = ctx.sandbox.state.repos.find((r) => `${r.owner}/${r.name}` === ctx.repository);
          const review = repo?.issues.find((i) => i.labels.includes("post-implementation-review"));
          const manifest = (repo?.releases ?? [])
            .flatMap((r) => r.assets)
            .find((a) => a.name === "release-manifest.json");
          seen = {
            releases: (repo?.releases ?? []).map((r) => r.tagName),
            manifest: manifest?.content?.toString("utf8"),
            review: review && { title: review.title, body: review.body, labels: review.labels },
            crs: (repo?.issues ?? [])
              .filter((i) => i.number === 10 || i.number === 11)
              .map((i) => ({
                number: i.number,
                state: i.state,
                implemented: i.labels.includes("change/implemented"),
                links: i.comments.filter((c) => c.body.includes("gatehouse:pir-link")).length,
              })),
          };
          return undefined;
        },
      };
      const code = await runDemo({ write: (t) => lines.push(t), steps: [...steps, observe] });
      const text = lines.join("\n");
      expect(code, text).toBe(0);

      // The pipeline order: freeze check, gate, deployment, release, review.
      const titles = [...text.matchAll(/^━━ \d+\. (.+?) ━/gm)].map((m) => m[1]);
      const at = (word: RegExp) => titles.findIndex((t) => word.test(t ?? ""));
      expect(at(/^Freeze window/)).toBeLessThan(at(/^Change gate/));
      expect(at(/^Change gate/)).toBeLessThan(at(/^Deploy/));
      expect(at(/^Deploy/)).toBeLessThan(at(/^Release bundle/));
      expect(at(/^Release bundle/)).toBeLessThan(at(/^Post-implementation review/));

      // The review names the release, the deployment's duration and the gate's change requests.
      const tag = seen.releases.find((t) => t !== "v1.4.0");
      expect(tag).toBeDefined();
      expect(seen.review?.title).toBe(`PIR: production ${tag} — success`);
      expect(seen.review?.body).toMatch(
        new RegExp(
          `\\[${tag?.replace(/\./g, "\\.")}\\]\\(http://127\\.0\\.0\\.1:\\d+/acme/storefront/releases/tag/`,
        ),
      );
      // 12 minutes of deployment, then a few seconds of release writes on the sandbox's clock.
      expect(seen.review?.body).toMatch(/12 min \d{2} s \(/);
      expect(seen.review?.body).toMatch(/\[#10\]\(.*\/issues\/10\)/);
      expect(seen.review?.body).toMatch(/\[#11\]\(.*\/issues\/11\)/);
      expect(seen.review?.body).toContain("approved `production`");
      expect(seen.crs).toEqual([
        { number: 10, state: "closed", implemented: true, links: 1 },
        { number: 11, state: "closed", implemented: true, links: 1 },
      ]);

      // The freeze check's decision reached the release manifest.
      const manifest = JSON.parse(seen.manifest ?? "{}") as { freeze?: { frozen?: boolean } };
      expect(manifest.freeze?.frozen).toBe(false);

      // It ends with the links to the release and the review in the sandbox.
      const tail = text.slice(text.lastIndexOf("━━ Recap"));
      expect(tail).toMatch(/release:\s+http:\/\/127\.0\.0\.1:\d+\/acme\/storefront\/releases\/tag\//);
      expect(tail).toMatch(/review:\s+http:\/\/127\.0\.0\.1:\d+\/acme\/storefront\/issues\/\d+/);
    },
    180_000,
  );
});
