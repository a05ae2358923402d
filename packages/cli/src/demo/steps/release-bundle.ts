/**
 * Demo step: the release of what was just deployed, into the definitive media library — the next
 * version computed from the conventional commits since v1.4.0, notes linking each change to its
 * pull request and change request, two build artefacts plus SHA256SUMS and the manifest, every
 * digest checked against GitHub's, then published. A re-run writes nothing.
 *
 * Reads `change-requests`, `base-sha` and `head-sha` (change-gate), `environment` and `freeze`
 * (freeze-window's outputs, recorded in the manifest) from ctx.shared; leaves `release-tag`
 * and `release-url` for the post-implementation review.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DemoStep } from "../types";

export const releaseBundleStep: DemoStep = {
  title: "Release bundle: the definitive media library",
  action: "release-bundle",
  async run(ctx) {
    const workspace = mkdtempSync(join(tmpdir(), "gatehouse-demo-release-"));
    try {
      // what ./build-and-deploy.sh left in dist/
      mkdirSync(join(workspace, "dist"));
      writeFileSync(
        join(workspace, "dist", "storefront.tar.gz"),
        `storefront build of ${ctx.now}\n`.repeat(2000),
      );
      writeFileSync(
        join(workspace, "dist", "storefront-sbom.spdx.json"),
        `${JSON.stringify({ spdxVersion: "SPDX-2.3", name: "storefront", packages: [] }, null, 2)}\n`,
      );
      const inputs = {
        files: "dist/*",
        environment: ctx.shared.environment ?? "production",
        "change-requests": ctx.shared["change-requests"] ?? "",
        freeze: ctx.shared.freeze ?? "",
        // The range change-gate assessed, recorded for `gatehouse verify` to re-assess.
        ...(ctx.shared["base-sha"] && ctx.shared["head-sha"]
          ? { range: `${ctx.shared["base-sha"]}...${ctx.shared["head-sha"]}` }
          : {}),
      };
      ctx.print.line(
        `Artefacts: dist/storefront.tar.gz, dist/storefront-sbom.spdx.json; ${inputs["change-requests"] ? "change requests from the gate" : "no change requests from the gate"}.`,
      );
      const result = await ctx.runAction("release-bundle", { inputs, workspace });
      ctx.print.result(result, { outputs: ["version", "tag", "release-url"], summaryLines: 8 });
      if (result.exitCode !== 0) throw new Error("release-bundle failed (see its log above)");
      const tag = result.outputs.tag ?? "";
      const url = result.outputs["release-url"] ?? "";
      ctx.shared["release-tag"] = tag;
      ctx.shared["release-url"] = url;
      if (url) ctx.link("release", url);

      // What auditors find on the release.
      const [owner, name] = ctx.repository.split("/");
      const release = ctx.sandbox.state.repos
        .find((r) => r.owner === owner && r.name === name)
        ?.releases.find((r) => r.tagName === tag);
      if (release) {
        ctx.print.kv("published", release.draft ? "no (draft)" : `yes, ${release.publishedAt}`);
        for (const a of release.assets) ctx.print.kv(a.name, `${a.size} bytes, ${a.digest}`);
        const sections = release.body.match(/^### .+$/gm) ?? [];
        ctx.print.kv("notes", sections.map((s) => s.slice(4)).join(" · "));
      }

      // Run again, as a re-run of the workflow would: same release, nothing written.
      const before = ctx.sandbox.requests.length;
      const again = await ctx.runAction("release-bundle", { inputs, workspace });
      if (again.exitCode !== 0) throw new Error("the re-run of release-bundle failed");
      const writes = ctx.sandbox.requests
        .slice(before)
        .filter((r) => r.method !== "GET" && r.route !== "graphql");
      ctx.print.line(
        `Re-run: ${again.outputs["release-url"] === url ? "same release" : "A DIFFERENT RELEASE"}, ${writes.length} write(s).`,
      );
      return `release ${tag} with ${release?.assets.length ?? 0} verified assets: ${url}`;
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
};
