import { describe, expect, it } from "vitest";
import { parsePolicy, readPolicy } from "../read";

function problemsOf(yaml: string) {
  return readPolicy(yaml).problems.map((p) => ({
    path: p.path,
    message: p.message,
    line: p.line,
    column: p.column,
  }));
}

describe("policy section freeze", () => {
  it("reads recurring and one-off windows with defaults", () => {
    const policy = parsePolicy(
      [
        "version: 1",
        "freeze:",
        "  timezone: Europe/Berlin",
        "  allow-emergency: true",
        "  hold: true",
        "  windows:",
        "    - name: Weekend",
        '      start: "0 18 * * FRI"',
        '      end: "0 6 * * MON"',
        "      environments: [production]",
        "    - name: Year end",
        "      reason: Trading peak",
        "      timezone: America/New_York",
        "      from: 2026-12-24T00:00",
        "      to: 2027-01-02",
        "",
      ].join("\n"),
    );
    expect(policy.freeze).toEqual({
      timezone: "Europe/Berlin",
      allowEmergency: true,
      hold: true,
      windows: [
        {
          kind: "recurring",
          name: "Weekend",
          start: "0 18 * * FRI",
          end: "0 6 * * MON",
          environments: ["production"],
        },
        {
          kind: "one-off",
          name: "Year end",
          reason: "Trading peak",
          timezone: "America/New_York",
          from: "2026-12-24T00:00",
          to: "2027-01-02",
        },
      ],
    });
  });

  it("defaults to UTC, no emergency override, no hold and no windows", () => {
    expect(parsePolicy("version: 1\n").freeze).toEqual({
      timezone: "UTC",
      allowEmergency: false,
      hold: false,
      windows: [],
    });
  });

  it("refuses a hold that is not true or false, with its line and column", () => {
    expect(problemsOf("version: 1\nfreeze:\n  hold: until-monday\n")).toEqual([
      expect.objectContaining({ path: "freeze.hold", line: 3, column: 9 }),
    ]);
  });

  // [what is wrong, YAML under `freeze:`, expected path, message pattern, line, column]
  const invalid: [string, string[], string, RegExp, number, number][] = [
    [
      "bad cron field",
      ["  windows:", "    - name: W", '      start: "0 25 * * FRI"', '      end: "0 6 * * MON"'],
      "freeze.windows[0].start",
      /hour field "25" is invalid.*0-23/,
      5,
      14,
    ],
    [
      "cron with six fields",
      ["  windows:", "    - name: W", '      start: "0 0 18 * * FRI"', '      end: "0 6 * * MON"'],
      "freeze.windows[0].start",
      /expected 5 fields/,
      5,
      14,
    ],
    [
      "unknown default time zone",
      ["  timezone: Europe/Berln"],
      "freeze.timezone",
      /unknown time zone "Europe\/Berln": did you mean "Europe\/Berlin"/,
      3,
      13,
    ],
    [
      "unknown window time zone",
      [
        "  windows:",
        "    - name: W",
        "      timezone: America/NewYork",
        '      start: "0 0 * * *"',
        '      end: "0 1 * * *"',
      ],
      "freeze.windows[0].timezone",
      /did you mean "America\/New_York"/,
      5,
      17,
    ],
    [
      "to before from",
      ["  windows:", "    - name: W", "      from: 2026-12-24T00:00", "      to: 2026-12-23T00:00"],
      "freeze.windows[0].to",
      /must be later than from/,
      6,
      11,
    ],
    [
      "to equal to from",
      ["  windows:", "    - name: W", "      from: 2026-12-24T00:00", "      to: 2026-12-24"],
      "freeze.windows[0].to",
      /must be later than from/,
      6,
      11,
    ],
    [
      "both cron and one-off",
      [
        "  windows:",
        "    - name: W",
        '      start: "0 0 * * *"',
        '      end: "0 1 * * *"',
        "      from: 2026-12-24T00:00",
        "      to: 2026-12-25T00:00",
      ],
      "freeze.windows[0].from",
      /either recurring .* or one-off .* not both/,
      7,
      13,
    ],
    [
      "neither cron nor one-off",
      ["  windows:", "    - name: W", "      reason: nothing"],
      "freeze.windows[0]",
      /needs either start and end \(cron\) or from and to/,
      4,
      7,
    ],
    [
      "start without end",
      ["  windows:", "    - name: W", '      start: "0 0 * * *"'],
      "freeze.windows[0].start",
      /needs both start and end: add end/,
      5,
      14,
    ],
    [
      "empty environments",
      [
        "  windows:",
        "    - name: W",
        '      start: "0 0 * * *"',
        '      end: "0 1 * * *"',
        "      environments: []",
      ],
      "freeze.windows[0].environments",
      /list of environment names/,
      7,
      21,
    ],
    [
      "not a date",
      ["  windows:", "    - name: W", "      from: 2026-13-01T00:00", "      to: 2027-01-02T00:00"],
      "freeze.windows[0].from",
      /not a calendar date/,
      5,
      13,
    ],
    [
      "duplicate names",
      [
        "  windows:",
        "    - name: W",
        '      start: "0 0 * * *"',
        '      end: "0 1 * * *"',
        "    - name: w",
        '      start: "0 2 * * *"',
        '      end: "0 3 * * *"',
      ],
      "freeze.windows[1].name",
      /already used by window 1/,
      7,
      13,
    ],
  ];

  it.each(invalid)("%s", (_what, lines, path, message, line, column) => {
    const problems = problemsOf(["version: 1", "freeze:", ...lines, ""].join("\n"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path, line, column });
    expect(problems[0]?.message).toMatch(message);
  });

  it("rejects unknown keys and wrong types through the schema", () => {
    const problems = problemsOf(
      [
        "version: 1",
        "freeze:",
        "  allow-emergency: maybe",
        "  windows:",
        "    - name: W",
        "      stat: x",
        "",
      ].join("\n"),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["freeze.allow-emergency", expect.stringMatching(/^freeze\.windows\[0\]/)]),
    );
  });
});
