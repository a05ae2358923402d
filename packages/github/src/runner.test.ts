import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createRunner,
  escapeCommandProperty,
  formatCommand,
  formatFileCommand,
  InputError,
  inputVariableName,
  readRunnerContext,
} from "./runner";

function setup(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  let failed = 0;
  const runner = createRunner({ env, write: (t) => out.push(t), fail: () => failed++ });
  return { runner, out, text: () => out.join(""), failed: () => failed };
}

/** Parses a GITHUB_OUTPUT file the way the runner does. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!m) continue;
    const [, name, delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? "");
    outputs[name!] = value.join("\n");
  }
  return outputs;
}

const tmp = () => mkdtempSync(join(tmpdir(), "gatehouse-runner-"));

describe("inputs", () => {
  it.each([
    ["environment", "INPUT_ENVIRONMENT"],
    ["policy-ref", "INPUT_POLICY-REF"],
    ["due in days", "INPUT_DUE_IN_DAYS"],
    ["tag_prefix", "INPUT_TAG_PREFIX"],
  ])("%s is read from %s", (name, variable) => {
    expect(inputVariableName(name)).toBe(variable);
    const { runner } = setup({ [variable]: "  value \n" });
    expect(runner.getInput(name)).toBe("value");
    expect(runner.getInput(name, { trim: false })).toBe("  value \n");
  });

  it("an absent input is empty unless required, and the error names the input", () => {
    const { runner } = setup({ INPUT_OTHER: "x" });
    expect(runner.getInput("environment")).toBe("");
    expect(() => runner.getInput("environment", { required: true })).toThrow(InputError);
    expect(() => runner.getInput("environment", { required: true })).toThrow(/`environment` is required/);
    const blank = setup({ INPUT_ENVIRONMENT: "   " }).runner;
    expect(() => blank.getInput("environment", { required: true })).toThrow(/environment/);
  });

  it("multiline inputs drop blank lines and trim each line", () => {
    const { runner } = setup({ INPUT_FILES: "dist/*.tar.gz\r\n\n   dist/*.zip  \n\n" });
    expect(runner.getMultilineInput("files")).toEqual(["dist/*.tar.gz", "dist/*.zip"]);
    expect(setup({}).runner.getMultilineInput("files")).toEqual([]);
  });

  it.each([
    ["true", true],
    ["True", true],
    ["TRUE", true],
    ["false", false],
    ["False", false],
    ["FALSE", false],
    [" true ", true],
  ])("boolean %j is %s", (value, expected) => {
    expect(setup({ INPUT_DRAFT: value }).runner.getBooleanInput("draft")).toBe(expected);
  });

  it.each(["yes", "no", "1", "0", "on", "tRue"])("boolean %j is refused naming the input", (value) => {
    const { runner } = setup({ "INPUT_DRY-RUN": value });
    expect(() => runner.getBooleanInput("dry-run")).toThrow(
      `Input \`dry-run\` must be \`true\` or \`false\`, not \`${value}\``,
    );
  });

  it("an empty boolean is its default, or an error when required", () => {
    const { runner } = setup({});
    expect(runner.getBooleanInput("draft")).toBe(false);
    expect(runner.getBooleanInput("draft", { default: true })).toBe(true);
    expect(() => runner.getBooleanInput("draft", { required: true })).toThrow(/draft/);
  });
});

describe("outputs", () => {
  it("writes heredoc records the runner can read back, objects as JSON", () => {
    const dir = tmp();
    const file = join(dir, "output");
    writeFileSync(file, "");
    const { runner, text } = setup({ GITHUB_OUTPUT: file });
    runner.setOutput("decision", "allow");
    runner.setOutput("reasons", ["a", "b|c"]);
    runner.setOutput("notes", "line 1\nline 2\n\nEOF\n");
    runner.setOutput("count", 3);
    runner.setOutput("empty", "");
    expect(text()).toBe("");
    expect(parseOutputs(readFileSync(file, "utf8"))).toEqual({
      decision: "allow",
      reasons: '["a","b|c"]',
      notes: "line 1\nline 2\n\nEOF\n",
      count: "3",
      empty: "",
    });
  });

  it("chooses another delimiter when the value contains the first one", () => {
    const delimiters = ["ghadelimiter_1", "ghadelimiter_2"];
    const record = formatFileCommand("x", "a\nghadelimiter_1\nb", () => delimiters.shift()!);
    expect(record).toBe("x<<ghadelimiter_2\na\nghadelimiter_1\nb\nghadelimiter_2\n");
  });

  it("uses a random delimiter", () => {
    const a = formatFileCommand("x", "v");
    const b = formatFileCommand("x", "v");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^x<<ghadelimiter_[0-9a-f-]{36}\n/);
  });

  it("falls back to the set-output command when there is no output file", () => {
    const { runner, text } = setup({});
    runner.setOutput("notes", "50% done\nnext");
    expect(text()).toBe("\n::set-output name=notes::50%25 done%0Anext\n");
  });
});

describe("summary", () => {
  it("appends immediately, creating the file and its folder when missing", () => {
    const file = join(tmp(), "nested", "summary.md");
    const { runner } = setup({ GITHUB_STEP_SUMMARY: file });
    runner.summary.append("## Decision: allow");
    expect(readFileSync(file, "utf8")).toBe("## Decision: allow\n");
    runner.summary.append("| a |\n");
    expect(readFileSync(file, "utf8")).toBe("## Decision: allow\n| a |\n");
  });

  it("does nothing without GITHUB_STEP_SUMMARY", () => {
    const { runner, text } = setup({});
    runner.summary.append("x");
    expect(text()).toBe("");
  });
});

describe("workflow commands", () => {
  it("annotations escape data and properties like the runner", () => {
    const { runner, text } = setup();
    runner.annotate("error", "bad: 100%\r\nfix it", {
      title: "Policy, line 3: bad",
      file: ".github/gatehouse.yml",
      line: 3,
      col: 5,
    });
    expect(text()).toBe(
      "::error title=Policy%2C line 3%3A bad,file=.github/gatehouse.yml,line=3,col=5::bad: 100%25%0D%0Afix it\n",
    );
  });

  it("omits absent properties", () => {
    expect(formatCommand("warning", { title: undefined, line: 2 }, "m")).toBe("::warning line=2::m");
    expect(formatCommand("notice", {}, "m")).toBe("::notice::m");
    expect(escapeCommandProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
  });

  it("log levels, groups and masks", () => {
    const { runner, text } = setup();
    runner.info("plain :: text");
    runner.debug("dbg\nline");
    runner.warning("careful");
    runner.notice("fyi", { title: "T" });
    runner.startGroup("Group");
    runner.endGroup();
    runner.setSecret("s3cr%t");
    runner.setSecret("");
    expect(text()).toBe(
      [
        "plain :: text",
        "::debug::dbg%0Aline",
        "::warning::careful",
        "::notice title=T::fyi",
        "::group::Group",
        "::endgroup::",
        "::add-mask::s3cr%25t",
        "",
      ].join("\n"),
    );
  });

  it("setFailed marks the step failed and writes an error annotation", () => {
    const { runner, text, failed } = setup();
    runner.setFailed("Add `permissions: { issues: write }` to the job.");
    expect(failed()).toBe(1);
    expect(text()).toBe("::error::Add `permissions: { issues: write }` to the job.\n");
  });

  it("setFailed sets process.exitCode by default", () => {
    const before = process.exitCode;
    try {
      createRunner({ env: {}, write: () => {} }).setFailed("x");
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });
});

describe("readRunnerContext", () => {
  it("reads the run from the environment", () => {
    const dir = tmp();
    const eventPath = join(dir, "event.json");
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    const ctx = readRunnerContext({
      GITHUB_REPOSITORY: "acme/shop",
      GITHUB_SHA: "abc123",
      GITHUB_REF: "refs/heads/main",
      GITHUB_RUN_ID: "4242",
      GITHUB_RUN_ATTEMPT: "2",
      GITHUB_WORKFLOW: "Deploy",
      GITHUB_JOB: "assess",
      GITHUB_ACTOR: "octocat",
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: "https://ghe.example.com/",
      GITHUB_API_URL: "https://ghe.example.com/api/v3",
      GITHUB_GRAPHQL_URL: "https://ghe.example.com/api/graphql",
      GITHUB_WORKSPACE: "/w",
      RUNNER_TEMP: "/t",
    });
    expect(ctx).toEqual({
      repository: { owner: "acme", repo: "shop" },
      sha: "abc123",
      ref: "refs/heads/main",
      refName: "main",
      runId: 4242,
      runAttempt: 2,
      workflow: "Deploy",
      job: "assess",
      actor: "octocat",
      eventName: "push",
      event: { pull_request: { number: 7 } },
      serverUrl: "https://ghe.example.com",
      apiUrl: "https://ghe.example.com/api/v3",
      graphqlUrl: "https://ghe.example.com/api/graphql",
      runUrl: "https://ghe.example.com/acme/shop/actions/runs/4242/attempts/2",
      workspace: "/w",
      runnerTemp: "/t",
    });
  });

  it("defaults to github.com and an empty event", () => {
    const ctx = readRunnerContext({
      GITHUB_REPOSITORY: "o/r",
      GITHUB_RUN_ID: "9",
      GITHUB_EVENT_PATH: "/nonexistent/x",
    });
    expect(ctx.serverUrl).toBe("https://github.com");
    expect(ctx.apiUrl).toBe("https://api.github.com");
    expect(ctx.graphqlUrl).toBe("https://api.github.com/graphql");
    expect(ctx.runUrl).toBe("https://github.com/o/r/actions/runs/9");
    expect(ctx.runAttempt).toBe(1);
    expect(ctx.event).toEqual({});
    expect(readRunnerContext({}).repository).toEqual({ owner: "", repo: "" });
  });

  it("says which file holds an unreadable event", () => {
    const path = join(tmp(), "event.json");
    writeFileSync(path, "{not json");
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: path })).toThrow(/GITHUB_EVENT_PATH/);
  });
});
