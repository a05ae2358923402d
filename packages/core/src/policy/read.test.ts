import { describe, expect, it } from "vitest";
import {
  defaultPolicy,
  formatProblems,
  PolicyError,
  type PolicyProblem,
  type PolicySection,
  parsePolicy,
  policySections,
  problemsToAnnotations,
  readPolicy,
  registeredSectionNames,
  validatePolicy,
} from "./index";
import { versionSection } from "./sections/version";

// Sections shaped like the real ones, so the framework is tested on its own.
interface Quorum {
  low: number;
  medium: number;
  high: number;
}
const approvals: PolicySection<{ users: string[]; quorum: Quorum }> = {
  key: "approvals",
  property: "approvals",
  schema: {
    type: "object",
    additionalProperties: false,
    properties: {
      users: {
        type: "array",
        uniqueItems: true,
        items: { type: "string", pattern: "^[A-Za-z0-9-]+$", description: "a GitHub login such as octocat" },
      },
      teams: {
        type: "array",
        description: "teams written org/team-slug",
        items: { type: "string", pattern: "^[\\w-]+/[\\w-]+$" },
      },
      owner: { type: "string", pattern: "^[a-z]+$" },
      quorum: {
        type: "object",
        additionalProperties: false,
        properties: {
          low: { type: "integer", minimum: 1 },
          medium: { type: "integer", minimum: 1 },
          high: { type: "integer", minimum: 1, maximum: 20 },
        },
      },
    },
  },
  defaults: () => ({ users: [], quorum: { low: 1, medium: 1, high: 2 } }),
  parse: (raw) => {
    const r = raw as { users?: string[]; quorum?: Partial<Quorum> };
    return { users: r.users ?? [], quorum: { low: 1, medium: 1, high: 2, ...r.quorum } };
  },
  check: (value) =>
    value.quorum.high < value.quorum.medium
      ? [{ path: ["quorum", "high"], message: `must not be below medium (${value.quorum.medium})` }]
      : [],
};

interface Window {
  name: string;
  start?: string;
  end?: string;
  environments?: string | string[];
}
const freeze: PolicySection<{ timezone: string; windows: Window[] }> = {
  key: "freeze",
  property: "freeze",
  schema: {
    type: "object",
    additionalProperties: false,
    properties: {
      timezone: { type: "string" },
      "allow-emergency": { type: "boolean" },
      windows: {
        type: "array",
        items: {
          type: "object",
          required: ["name"],
          additionalProperties: false,
          properties: {
            name: { type: "string", minLength: 1, description: "shown in summaries" },
            start: { type: "string" },
            end: { type: "string" },
            environments: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
          },
        },
      },
    },
  },
  defaults: () => ({ timezone: "UTC", windows: [] }),
  parse: (raw) => {
    const r = raw as { timezone?: string; windows?: Window[] };
    return { timezone: r.timezone ?? "UTC", windows: r.windows ?? [] };
  },
  check: (value) => {
    const problems: { path: (string | number)[]; message: string }[] = [];
    value.windows.forEach((w, i) => {
      for (const key of ["start", "end"] as const) {
        const hour = w[key]?.split(" ")[1];
        if (hour !== undefined && hour !== "*" && Number(hour) > 23) {
          problems.push({
            path: ["windows", i, key],
            message: `${key}: "${w[key]}" is not a valid cron expression (hour ${hour} is not 0-23)`,
          });
        }
      }
    });
    if (value.timezone === "Mars/Olympus")
      problems.push({ path: ["timezone"], message: "unknown time zone" });
    return problems;
  },
};

const sections = [versionSection, approvals, freeze];
const read = (text: string) => readPolicy(text, { sections });
const brief = (problems: PolicyProblem[]) => problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe("valid policies", () => {
  it("reads sections and fills in defaults for absent ones", () => {
    const { policy, problems } = read(
      ["version: 1", "approvals:", "  users: [alice, bob]", "  quorum: { high: 3 }"].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      version: 1,
      approvals: { users: ["alice", "bob"], quorum: { low: 1, medium: 1, high: 3 } },
      freeze: { timezone: "UTC", windows: [] },
    });
  });

  it.each([
    ["an empty file", ""],
    ["only comments", "# nothing yet\n"],
    ["no version", "freeze:\n  timezone: Europe/Berlin\n"],
    ["a section with no value", "version: 1\nfreeze:\n"],
    [
      "anchors and aliases",
      "approvals:\n  users: &cab [alice]\nfreeze:\n  windows:\n    - name: x\n      environments: *cab\n",
    ],
  ])("accepts %s", (_name, text) => {
    const { policy, problems } = read(text);
    expect(problems).toEqual([]);
    expect(policy?.version).toBe(1);
  });

  it("defaultPolicy has every section's defaults", () => {
    expect(defaultPolicy(sections)).toEqual({
      version: 1,
      approvals: { users: [], quorum: { low: 1, medium: 1, high: 2 } },
      freeze: { timezone: "UTC", windows: [] },
    });
  });
});

describe("problems carry line, column and the fix", () => {
  const cases: [string, string[], string[]][] = [
    [
      "unknown top-level key with a suggestion",
      ["version: 1", "frezee:", "  timezone: UTC"],
      ["2:1 unknown key `frezee` (did you mean `freeze`?)"],
    ],
    [
      "unknown nested key with a suggestion",
      ["freeze:", "  windows:", "    - name: Weekend", "      strat: '0 18 * * 5'"],
      ["4:7 unknown key `strat` in freeze.windows[0] (did you mean `start`?)"],
    ],
    [
      "snake_case for a dashed key",
      ["freeze:", "  allow_emergency: true"],
      ["2:3 unknown key `allow_emergency` in freeze (did you mean `allow-emergency`?)"],
    ],
    [
      "unknown key with no close match lists the allowed keys",
      ["approvals:", "  whatever: 1"],
      [
        "2:3 unknown key `whatever` in approvals: the keys allowed here are `users`, `teams`, `owner`, `quorum`",
      ],
    ],
    [
      "a whole number ≥ 1",
      ["approvals:", "  quorum:", "    low: 0", "    medium: 1.5", "    high: 30"],
      [
        "3:10 approvals.quorum.low must be a whole number ≥ 1, not 0",
        "4:13 approvals.quorum.medium must be a whole number ≥ 1, not 1.5",
        "5:11 approvals.quorum.high must be a whole number from 1 to 20, not 30",
      ],
    ],
    [
      "a quoted number is text",
      ["approvals:", "  quorum: { high: '2' }"],
      ['2:19 approvals.quorum.high must be a whole number from 1 to 20, not "2"'],
    ],
    ["version other than 1", ["version: 2"], ["1:10 version must be `1`, not 2"]],
    ["version as text", ["version: '1'"], ['1:10 version must be `1`, not "1"']],
    [
      "a list where a mapping is expected",
      ["freeze:", "  - name: x"],
      ["2:3 freeze must be a mapping (`key: value` lines), not a list"],
    ],
    [
      "a boolean",
      ["freeze:", "  allow-emergency: yes"],
      ['2:20 freeze.allow-emergency must be true or false, not "yes"'],
    ],
    [
      "a required key",
      ["freeze:", "  windows:", "    - start: '0 18 * * 5'"],
      ["3:7 freeze.windows[0] is missing `name`: add `name: …` (shown in summaries)"],
    ],
    [
      "an empty string",
      ["freeze:", "  windows:", "    - name: ''"],
      ["3:13 freeze.windows[0].name must not be empty"],
    ],
    [
      "a duplicate list item",
      ["approvals:", "  users:", "    - alice", "    - bob", "    - alice"],
      ['5:7 approvals.users lists "alice" twice (items 1 and 3): keep one'],
    ],
    [
      "a pattern explained by the description",
      ["approvals:", "  users: [alice, 'not a login']"],
      [
        '2:18 approvals.users[1] is "not a login", which is not in the expected form: a GitHub login such as octocat',
      ],
    ],
    [
      "a pattern explained by the list's description",
      ["approvals:", "  teams: [acme]"],
      ['2:11 approvals.teams[0] is "acme", which is not in the expected form: teams written org/team-slug'],
    ],
    [
      "a pattern with no description shows the pattern",
      ["approvals:", "  owner: Acme"],
      ['2:10 approvals.owner is "Acme", which is not in the expected form (^[a-z]+$)'],
    ],
    [
      "oneOf with no branch of the value's type",
      ["freeze:", "  windows:", "    - name: x", "      environments: 3"],
      ["4:21 freeze.windows[0].environments must be text or a list of text, not 3"],
    ],
    [
      "oneOf explained by the branch of the value's type",
      ["freeze:", "  windows:", "    - name: x", "      environments: [prod, 3]"],
      ["4:28 freeze.windows[0].environments[1] must be text, not 3"],
    ],
    [
      "semantic check, with the path in front",
      [
        "freeze:",
        "  windows:",
        "    - name: a",
        "      start: '0 1 * * *'",
        "    - name: b",
        "      start: '0 25 * * *'",
      ],
      ['6:14 freeze.windows[1].start: "0 25 * * *" is not a valid cron expression (hour 25 is not 0-23)'],
    ],
    [
      "semantic check on a section-level key",
      ["approvals:", "  quorum:", "    medium: 3", "    high: 2"],
      ["4:11 approvals.quorum.high: must not be below medium (3)"],
    ],
    [
      "several problems, in file order",
      ["freeze:", "  timezone: Mars/Olympus", "approvals:", "  quorum: { low: 0 }", "typo: 1"],
      [
        "2:13 freeze.timezone: unknown time zone",
        "4:18 approvals.quorum.low must be a whole number ≥ 1, not 0",
        "5:1 unknown key `typo`: the keys allowed here are `version`, `approvals`, `freeze`",
      ],
    ],
  ];
  it.each(cases)("%s", (_name, lines, expected) => {
    const { policy, problems } = read(lines.join("\n"));
    expect(brief(problems)).toEqual(expected);
    expect(policy).toBeUndefined();
  });

  it("gives each problem its path", () => {
    const problems = validatePolicy("approvals:\n  quorum: { low: 0 }\nfrezee: 1\n", { sections });
    expect(problems.map((p) => p.path)).toEqual(["approvals.quorum.low", "frezee"]);
  });
});

describe("YAML syntax", () => {
  const cases: [string, string[], string[]][] = [
    [
      "a duplicated key",
      ["version: 1", "freeze:", "  timezone: UTC", "freeze:", "  timezone: Europe/Paris"],
      ["4:1 `freeze` is written twice in the same mapping: keep one (YAML would silently use the last)"],
    ],
    [
      "a nested duplicated key",
      ["approvals:", "  quorum:", "    high: 2", "    high: 3"],
      ["4:5 `high` is written twice in the same mapping: keep one (YAML would silently use the last)"],
    ],
    [
      "an unquoted cron expression",
      ["freeze:", "  windows:", "    - name: x", "      start: * * * * *"],
      [
        '4:14 a value starting with `*` is read as a YAML alias: put it in quotes, e.g. start: "0 18 * * FRI"',
      ],
    ],
    ["a tab", ["freeze:", "\ttimezone: UTC"], ["2:1 a tab is used for indentation: YAML needs spaces"]],
    [
      "two documents",
      ["version: 1", "---", "version: 1"],
      ["2:1 the file holds more than one YAML document (a second `---`): keep one"],
    ],
    [
      "an alias with no anchor",
      ["approvals:", "  users: *cab"],
      ["2:10 `*cab` refers to no anchor: put the value in quotes if it is text"],
    ],
    [
      "a list at the top",
      ["- version: 1"],
      ["1:1 the policy must be a mapping of sections (e.g. `version: 1`, `freeze:`), not a list"],
    ],
    [
      "a single value",
      ["hello"],
      ["1:1 the policy must be a mapping of sections (e.g. `version: 1`, `freeze:`), not a single value"],
    ],
  ];
  it.each(cases)("%s", (_name, lines, expected) => {
    expect(brief(read(lines.join("\n")).problems)).toEqual(expected);
  });

  it("an unclosed flow sequence is a syntax error with a position", () => {
    const [problem, ...rest] = read("approvals:\n  users: [alice,\n").problems;
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(/^YAML syntax error: /);
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it("refuses alias bombs instead of expanding them", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    const { problems } = read(bomb);
    expect(problems[0]?.message).toMatch(/cannot be read/);
  });
});

describe("parsePolicy, PolicyError and output helpers", () => {
  it("throws a PolicyError with every problem", () => {
    let error: unknown;
    try {
      parsePolicy("version: 3\nfrezee: {}\n", ".github/gatehouse.yml", { sections });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const e = error as PolicyError;
    expect(e.name).toBe("PolicyError");
    expect(e.source).toBe(".github/gatehouse.yml");
    expect(e.problems).toHaveLength(2);
    expect(e.message).toBe(
      [
        ".github/gatehouse.yml has 2 problems:",
        ".github/gatehouse.yml:1:10: version must be `1`, not 3",
        ".github/gatehouse.yml:2:1: unknown key `frezee` (did you mean `freeze`?)",
      ].join("\n"),
    );
  });

  it("returns the policy when valid", () => {
    expect(parsePolicy("version: 1\n", "x.yml", { sections }).version).toBe(1);
  });

  it("formats problems without a position", () => {
    expect(formatProblems([{ path: "", message: "m" }], "p.yml")).toBe("p.yml: m");
  });

  it("turns problems into annotation data", () => {
    const problems = read("approvals:\n  quorum: { low: 0 }\n").problems;
    expect(problemsToAnnotations(problems)).toEqual([
      {
        level: "error",
        message: "approvals.quorum.low must be a whole number ≥ 1, not 0",
        props: { title: "Gatehouse policy", file: ".github/gatehouse.yml", line: 2, col: 18 },
      },
    ]);
  });

  it("a section whose parse throws is reported, not thrown", () => {
    const broken: PolicySection<number> = {
      key: "broken",
      property: "broken",
      schema: {},
      defaults: () => 0,
      parse: () => {
        throw new Error("boom");
      },
    };
    expect(brief(readPolicy("broken: 1\n", { sections: [broken] }).problems)).toEqual([
      "1:9 broken cannot be read: boom",
    ]);
  });
});

describe("the registered sections", () => {
  it("are exported under their property names", () => {
    for (const [name, property] of Object.entries(registeredSectionNames())) {
      expect(property, `sections/index.ts exports ${name}`).toBe(name);
    }
  });

  it("have unique keys and properties, a schema with a description, and defaults that pass their checks", () => {
    const keys = policySections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const section of policySections) {
      expect(typeof section.schema.description, `${section.key} schema description`).toBe("string");
      expect(section.check?.(section.defaults(), undefined) ?? []).toEqual([]);
    }
    expect(keys[0]).toBe("version");
  });

  it("read the empty file as the default policy", () => {
    expect(parsePolicy("")).toEqual(defaultPolicy());
  });

  it("refuse an unknown version with the real schema", () => {
    expect(brief(validatePolicy("version: 2\n"))).toEqual(["1:10 version must be `1`, not 2"]);
  });
});

describe("suggestions", () => {
  it.each([
    ["frezee", "freeze"],
    ["strat", "start"],
    ["allowEmergency", "allow-emergency"],
    ["Version", "version"],
    ["aprovals", "approvals"],
  ])("%s → %s", async (word, expected) => {
    const { closest } = await import("./paths");
    expect(closest(word, ["version", "freeze", "start", "allow-emergency", "approvals"])).toBe(expected);
  });

  it("suggests nothing for unrelated words", async () => {
    const { closest } = await import("./paths");
    expect(closest("banana", ["version", "freeze"])).toBeUndefined();
  });
});
