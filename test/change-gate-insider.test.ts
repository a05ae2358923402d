/**
 * change-gate against an insider (SECURITY.md): what a colleague with Write or Triage can change on
 * GitHub — other people's comments, labels, the open/closed state, bot accounts, look-alike
 * commands — must not get a change through. The built bundle, run as the runner runs it, against
 * the sandbox.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../packages/sandbox/src/server";
import { api } from "../packages/sandbox/src/testing";
import { changeRequest, POLICY, pull, RUN_ID, type World, world } from "./change-gate.fixture";
import { runAction } from "./harness";

let sandboxes: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
});

const TOKENS = ["alice", "carol", "dave", "erin", "mallory"].map((user) => ({
  value: `t_${user}`,
  user,
  permissions: { issues: "write" as const },
}));

async function start(w: World): Promise<Sandbox> {
  const sb = await startSandbox(world({ ...w, extra: { tokens: TOKENS, ...w.extra } }));
  sandboxes.push(sb);
  return sb;
}

async function gate(sb: Sandbox, runId = RUN_ID) {
  const result = await runAction("change-gate", {
    sandbox: sb,
    inputs: { environment: "production" },
    runId,
  });
  return { result, reasons: JSON.parse(result.outputs.reasons ?? "null") as string[] };
}

const cr5 = (sb: Sandbox) => sb.state.repos[0]!.issues.find((i) => i.number === 5)!;

/** A comment by `user` on CR #5, written now through the API. */
const say = (sb: Sandbox, user: string, body: string) =>
  api(sb, `t_${user}`).post("/repos/acme/shop/issues/5/comments", { body });

describe("change-gate: a rejection sticks", () => {
  it("keeps blocking when someone else deletes an approver's /reject, until that approver withdraws it", async () => {
    const cr = changeRequest(5);
    cr.comments!.push({
      author: "dave",
      body: "/reject the back-out plan is untested",
      createdAt: "2026-03-02T10:30:00Z",
      deleted: { by: "mallory", at: "2026-03-02T11:00:00Z" },
    });
    const sb = await start({ crs: [cr] });
    const blocked = await gate(sb);
    expect(blocked.result.outputs.decision).toBe("block");
    expect(blocked.reasons).toEqual([
      expect.stringMatching(
        /^Change request #5 'Change 5': it was rejected by @dave \(@dave: a comment of theirs was deleted by @mallory at 2026-03-02 11:00:00Z; what it said cannot be read, so it counts as a rejection\); a rejection stands until the approver who gave it writes `\/withdraw-rejection`/,
      ),
    ]);
    expect((await say(sb, "dave", "/withdraw-rejection")).status).toBe(201);
    const allowed = await gate(sb, RUN_ID + 1);
    expect(allowed.reasons).toEqual([]);
    expect(allowed.result.outputs.decision).toBe("allow");
  });

  it("keeps blocking when someone else edits an approver's /reject into something else", async () => {
    const cr = changeRequest(5);
    cr.comments!.push({
      author: "dave",
      body: "/reject the back-out plan is untested",
      createdAt: "2026-03-02T10:30:00Z",
      edits: [{ at: "2026-03-02T11:00:00Z", editor: "mallory", body: "Looks fine now." }],
    });
    const sb = await start({ crs: [cr] });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toMatch(
      /it was rejected by @dave \(@dave: `\/reject` at 2026-03-02 10:30:00Z \(since edited by @mallory, which does not lift it\)\)/,
    );
    expect(result.summary).toContain("edited by @&#8203;mallory");
  });

  it("keeps the change/rejected label's rejection when someone else removes the label", async () => {
    const sb = await start({
      crs: [
        changeRequest(5, {
          labels: ["change-request", { name: "change/rejected", actor: "erin", at: "2026-03-02T10:30:00Z" }],
          events: [
            { event: "unlabeled", label: "change/rejected", actor: "mallory", at: "2026-03-02T11:00:00Z" },
          ],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toMatch(
      /it was rejected by @erin \(@erin: the `change\/rejected` label at 2026-03-02 10:30:00Z\)/,
    );
    // The approver who applied it removes it: the rejection is lifted.
    const label = await api(sb, "t_erin").post("/repos/acme/shop/issues/5/labels", {
      labels: ["change/rejected"],
    });
    expect(label.status).toBe(200);
    expect((await gate(sb, RUN_ID + 1)).result.outputs.decision).toBe("block");
    expect(
      (await api(sb, "t_erin").delete("/repos/acme/shop/issues/5/labels/change%2Frejected")).status,
    ).toBe(200);
    expect((await gate(sb, RUN_ID + 2)).result.outputs.decision).toBe("allow");
  });

  it("remembers a rejection it recorded after the approver deletes the comment, and blocks when its own comment is deleted", async () => {
    const cr = changeRequest(5);
    cr.comments!.push({ author: "dave", body: "/reject", createdAt: "2026-03-02T10:30:00Z" });
    const sb = await start({ crs: [cr] });
    expect((await gate(sb)).result.outputs.decision).toBe("block");
    const reject = cr5(sb).comments.find((c) => c.user === "dave")!;
    expect((await api(sb, "t_dave").delete(`/repos/acme/shop/issues/comments/${reject.id}`)).status).toBe(
      204,
    );
    const remembered = await gate(sb, RUN_ID + 1);
    expect(remembered.reasons[0]).toMatch(
      /it was rejected by @dave \(@dave: a rejection given at 2026-03-02 10:30:00Z, which Gatehouse recorded at /,
    );

    const own = cr5(sb).comments.filter((c) => c.body.includes("<!-- gatehouse:record"));
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) {
      expect((await api(sb, "t_mallory").delete(`/repos/acme/shop/issues/comments/${c.id}`)).status).toBe(
        204,
      );
    }
    expect((await say(sb, "dave", "/withdraw-rejection")).status).toBe(201);
    const tampered = await gate(sb, RUN_ID + 2);
    expect(tampered.result.outputs.decision).toBe("block");
    expect(tampered.reasons[0]).toMatch(
      /Gatehouse's own comment on it was deleted by @mallory at .*; open a new change request/,
    );
  });
});

describe("change-gate: a change request's life moves one way", () => {
  it("does not revive a change request whose change/implemented label someone removed", async () => {
    const sb = await start({
      crs: [
        changeRequest(5, {
          labels: [
            "change-request",
            { name: "change/implemented", actor: "carol", at: "2026-03-02T10:30:00Z" },
          ],
          events: [
            { event: "unlabeled", label: "change/implemented", actor: "mallory", at: "2026-03-02T11:00:00Z" },
          ],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain(
      "it was labelled `change/implemented` by @carol at 2026-03-02 10:30:00Z (the label was removed by @mallory at 2026-03-02 11:00:00Z, which does not revive it); its approvals are spent: open a new change request",
    );
  });

  it("does not revive a change request closed after a deployment and reopened", async () => {
    const sb = await start({});
    expect((await gate(sb)).result.outputs.decision).toBe("allow");
    for (const state of ["closed", "open"]) {
      expect((await api(sb, "t_alice").patch("/repos/acme/shop/issues/5", { state })).status).toBe(200);
    }
    expect((await say(sb, "erin", "/approve")).status).toBe(201);
    const again = await gate(sb, RUN_ID + 1);
    expect(again.result.outputs.decision).toBe("block");
    expect(again.reasons[0]).toMatch(
      /it was closed at .* after Gatehouse let a deployment go with it; reopening does not revive its approvals: open a new change request/,
    );
  });

  it("asks for approval again after a change request was closed and reopened before any deployment", async () => {
    const sb = await start({
      crs: [
        changeRequest(5, {
          events: [
            { event: "closed", actor: "alice", at: "2026-03-02T10:30:00Z" },
            { event: "reopened", actor: "alice", at: "2026-03-02T10:40:00Z" },
          ],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain("it needs 1 approval at medium risk; none counts");
    expect(result.summary).toContain("before the change request was closed (2026-03-02 10:30:00Z)");
    expect((await say(sb, "carol", "/approve")).status).toBe(201);
    expect((await gate(sb, RUN_ID + 1)).result.outputs.decision).toBe("allow");
  });
});

describe("change-gate: commands are exact, and bots never approve", () => {
  it.each([
    ["extra words", "/approve, but only after Friday's test run"],
    ["a second line in the same paragraph", "/approve\nonce QA signs off"],
    ["upper case", "/APPROVE"],
    ["a look-alike letter", "/appr\u043Eve"],
    ["an invisible character", "/approve\u200B"],
    ["quoted text", "> /approve"],
    ["fenced text", "```\n/approve\n```"],
    ["HTML", "<!-- x -->/approve"],
  ])("does not count an approval with %s", async (_, body) => {
    const sb = await start({
      crs: [
        changeRequest(5, {
          approvedBy: [],
          comments: [{ author: "carol", body, createdAt: "2026-03-02T10:00:00Z" }],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain("none counts");
  });

  it("names an approver's near-miss in the summary, with the grammar", async () => {
    const sb = await start({
      crs: [
        changeRequest(5, {
          approvedBy: [],
          comments: [
            { author: "carol", body: "/approve once QA signs off", createdAt: "2026-03-02T10:00:00Z" },
          ],
        }),
      ],
    });
    const { result } = await gate(sb);
    expect(result.summary).toContain(
      "@&#8203;carol's approval does not count: their comment is not an exact `/approve` (extra words, quoted, fenced, HTML or look-alike text do not count); ask them to write `/approve` alone on the first line of a comment.\n",
    );
  });

  it("never counts a bot's approval, even when GitHub shows it under an approver's name", async () => {
    const sb = await start({
      extra: {
        users: [
          "alice",
          "bob",
          "carol",
          "dave",
          "erin",
          "olivia",
          "mallory",
          { login: "dave[bot]", type: "Bot" },
        ],
      },
      crs: [changeRequest(5, { approvedBy: ["dave[bot]"] })],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      "Change request #5 'Change 5': it needs 1 approval at medium risk; none counts. @dave's approval does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change; ask an approver.",
    ]);
    expect(result.summary).toContain(
      "@&#8203;dave's approval does not count: it was given by a bot or an app account, and bots and apps can never approve or reject a change\n",
    );
  });
});

describe("change-gate: standard changes are pre-approved by the policy, not by the requester", () => {
  const standard = (template: string, services = "web") =>
    changeRequest(5, {
      approvedBy: [],
      fields: {
        "Change type": "Standard",
        "Standard change template": template,
        Risk: "Low",
        "Services affected": services,
      },
    });

  it("covers only the paths the policy gives the template", async () => {
    const sb = await start({
      crs: [standard("Rotate TLS certificate")],
      pulls: [
        pull(12, "Rotate the certificate", "Change-Request: #5", {
          files: [
            { path: "infra/tls/cert.pem", additions: 30, deletions: 30 },
            { path: "src/payments/charge.ts", additions: 5, deletions: 1 },
          ],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain(
      'its standard change template "Rotate TLS certificate" covers only infra/tls/**, but PR #12 changes src/payments/charge.ts: link a normal, approved change request for that change',
    );
  });

  it("pre-approves nothing through a template the policy names without paths or services", async () => {
    const sb = await start({
      policy: POLICY.replace(
        '    - { name: "Rotate TLS certificate", paths: ["infra/tls/**"] }',
        '    - "Rotate TLS certificate"',
      ),
      crs: [standard("Rotate TLS certificate")],
      pulls: [
        pull(12, "Rotate the certificate", "Change-Request: #5", {
          files: [{ path: "infra/tls/cert.pem", additions: 30, deletions: 30 }],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain(
      'the policy lists its standard change template "Rotate TLS certificate" without `paths` or `services`, so the template pre-approves nothing',
    );
  });

  it("covers only the services the policy gives the template", async () => {
    const sb = await start({
      policy: POLICY.replace(
        '    - { name: "Rotate TLS certificate", paths: ["infra/tls/**"] }',
        '    - { name: "Rotate TLS certificate", services: [web] }',
      ),
      crs: [standard("Rotate TLS certificate", "web, payments")],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain(
      "covers the services web, not payments, so it needs approval like a normal change",
    );
  });
});

describe("change-gate: an approver approves what they saw", () => {
  const highRisk = (body: (visible: string) => string) => {
    const cr = changeRequest(5, { fields: { Risk: "High" } });
    cr.body = body(cr.body!);
    return cr;
  };

  it("reads the risk GitHub shows, not one hidden in an HTML comment before it", async () => {
    const sb = await start({
      crs: [highRisk((b) => b.replace("### Risk", "<!--\n### Risk\n\nLow\n-->\n\n### Risk"))],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(result.outputs.risk).toBe("high");
    expect(reasons[0]).toContain("it needs 2 approvals at high risk; it has 1");
  });

  it("blocks a form section given twice, naming it", async () => {
    const sb = await start({ crs: [highRisk((b) => `### Risk\n\nLow\n\n${b}`)] });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons[0]).toContain(
      'its form field "Risk" cannot be read: the "Risk" section is given 2 times; keep one, so everyone reads the same answer',
    );
  });

  it("does not take a risk from a collapsed <details>", async () => {
    const sb = await start({
      crs: [
        highRisk((b) =>
          b.replace("### Risk\n\nHigh", "### Risk\n\n<details><summary>High</summary>\n\nLow\n\n</details>"),
        ),
      ],
    });
    const { result } = await gate(sb);
    expect(result.outputs.risk).toBe("high");
  });
});

describe("change-gate: a link added after the fact does not count", () => {
  it("reads a pull request's description as it was when merged", async () => {
    const sb = await start({
      pulls: [
        pull(12, "Add billing", "Adds billing.", {
          edits: [
            { at: "2026-03-02T11:00:00Z", editor: "mallory", body: "Adds billing.\n\nChange-Request: #5" },
          ],
        }),
      ],
    });
    const { result, reasons } = await gate(sb);
    expect(result.outputs.decision).toBe("block");
    expect(reasons).toEqual([
      "PR #12 'Add billing' links no change request: @mallory edited its description after the merge (2026-03-02 11:00:00Z); it is read as it was when merged, and a link added after the merge does not count — cover the deployment with an approved release change request (the `change-request` input), or revert and merge the change again with the link.",
    ]);
  });

  it("counts a link added before the merge, and refuses a description whose merge-time text was deleted", async () => {
    const before = await start({
      pulls: [
        pull(12, "Add billing", "Adds billing.", {
          edits: [{ at: "2026-03-02T01:00:00Z", editor: "bob", body: "Adds billing.\n\nChange-Request: #5" }],
        }),
      ],
    });
    expect((await gate(before)).result.outputs.decision).toBe("allow");
    const deleted = await start({
      pulls: [
        pull(12, "Add billing", "Adds billing.", {
          edits: [
            {
              at: "2026-03-02T01:00:00Z",
              editor: "bob",
              body: "Adds billing.\n\nChange-Request: #5",
              deletedBy: "mallory",
            },
            { at: "2026-03-02T11:00:00Z", editor: "mallory", body: "Adds billing.\n\nChange-Request: #5\n" },
          ],
        }),
      ],
    });
    const { reasons } = await gate(deleted);
    expect(reasons[0]).toContain(
      "its text at the merge cannot be read, so its description is not taken as evidence",
    );
  });
});
