/**
 * A renamed file touches its old path too (SECURITY.md): moving `infra/prod.tf` to `docs/prod.tf`
 * changes the infrastructure, so an exempt destination (`exempt-paths: docs/**`) does not make the
 * change exempt, in a direct push or in a pull request. GitHub names the old path
 * (`previous_filename`) in REST answers only; the built bundle against the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../packages/sandbox/src/server";
import { changeRequest, gateOnce, pull, type World } from "./change-gate.fixture";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

const gate = (w: World) => gateOnce(w, sandboxes);

const RENAME = [{ path: "docs/prod.tf", previousPath: "infra/prod.tf" }];

describe("change-gate: a renamed file touches its old path", () => {
  it("does not exempt a direct push that moves a sensitive file into an exempt folder", async () => {
    const { result, reasons } = await gate({
      pulls: [],
      commits: [{ message: "docs: move the production config", author: "bob", files: RENAME }],
    });
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Commit [0-9a-f]{7} 'docs: move the production config' was pushed without a pull request and links no change request/,
      ),
    ]);
    // The old path is sensitive (infra/**): the risk is raised one level.
    expect(result.outputs.risk).toBe("medium");
  });

  it("does not exempt a pull request that moves a sensitive file into an exempt folder", async () => {
    const { result, reasons } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol", "dave"] })],
      pulls: [
        pull(12, "Add billing", "Adds billing.\n\nChange-Request: #5"),
        pull(13, "docs: move the production config", "Tidy up.", { files: RENAME }),
      ],
    });
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      "PR #13 'docs: move the production config' links no change request — add `Change-Request: #N` to its description.",
    ]);
    const prs = JSON.parse(result.outputs["pull-requests"] ?? "[]") as { number: number; exempt: boolean }[];
    expect(prs.find((p) => p.number === 13)?.exempt).toBe(false);
  });

  it("still exempts a pull request that only moves files within exempt folders", async () => {
    const { result } = await gate({
      crs: [changeRequest(5, { approvedBy: ["carol", "dave"] })],
      pulls: [
        pull(12, "Add billing", "Adds billing.\n\nChange-Request: #5"),
        pull(13, "docs: reorganise", "Tidy up.", {
          files: [{ path: "docs/a/guide.md", previousPath: "docs/guide.md" }],
        }),
      ],
    });
    expect(result.outputs.decision).toBe("allow");
  });
});
