import { describe, expect, it } from "vitest";
import { parsePolicy, readPolicy } from "../read";

const problemsOf = (yaml: string) =>
  readPolicy(yaml).problems.map((p) => ({
    path: p.path,
    message: p.message,
    line: p.line,
    column: p.column,
  }));

const lines = (...l: string[]) => `${l.join("\n")}\n`;

describe("policy section services", () => {
  it("reads services with paths, dependencies and maintenance windows in the freeze windows' forms", () => {
    const policy = parsePolicy(
      lines(
        "version: 1",
        "change-requests:",
        "  bind-services: true",
        "  block-on-conflict: true",
        "services:",
        "  - name: checkout",
        '    paths: ["services/checkout/**", "libs/cart/**"]',
        "    depends-on: [Payments]",
        "    maintenance-windows:",
        "      - name: Nightly",
        '        start: "0 22 * * *"',
        '        end: "0 6 * * *"',
        "      - name: Migration weekend",
        "        timezone: America/New_York",
        "        from: 2027-02-06T00:00",
        "        to: 2027-02-08T00:00",
        "  - name: payments",
      ),
    );
    expect(policy.services).toEqual([
      {
        name: "checkout",
        paths: ["services/checkout/**", "libs/cart/**"],
        dependsOn: ["Payments"],
        maintenanceWindows: [
          { kind: "recurring", name: "Nightly", start: "0 22 * * *", end: "0 6 * * *" },
          {
            kind: "one-off",
            name: "Migration weekend",
            timezone: "America/New_York",
            from: "2027-02-06T00:00",
            to: "2027-02-08T00:00",
          },
        ],
      },
      { name: "payments", paths: [], dependsOn: [], maintenanceWindows: [] },
    ]);
    expect(policy.changeRequests).toMatchObject({ bindServices: true, blockOnConflict: true });
  });

  it("defaults to no services, change requests not bound to paths, conflicts not blocking", () => {
    const policy = parsePolicy("version: 1\n");
    expect(policy.services).toEqual([]);
    expect(policy.changeRequests.bindServices ?? false).toBe(false);
    expect(policy.changeRequests.blockOnConflict ?? false).toBe(false);
  });

  it.each([
    [
      "a dependency on a service not listed, with the closest name",
      ["services:", "  - name: checkout", "    depends-on: [paymnets]", "  - name: payments"],
      {
        path: "services[0].depends-on[0]",
        message:
          'services[0].depends-on[0]: "paymnets" is not a service listed here: did you mean "payments"?',
        line: 4,
        column: 18,
      },
    ],
    [
      "a service depending on itself",
      ["services:", "  - name: checkout", "    depends-on: [Checkout]"],
      {
        path: "services[0].depends-on[0]",
        message: 'services[0].depends-on[0]: a service cannot depend on itself: remove "Checkout"',
        line: 4,
        column: 18,
      },
    ],
    [
      "the same service twice, whatever the case",
      ["services:", "  - name: checkout", "  - name: Checkout"],
      {
        path: "services[1].name",
        message: 'services[1].name: the service "Checkout" is already listed (service 1): keep one',
        line: 4,
        column: 11,
      },
    ],
    [
      "a path glob from the root",
      ["services:", "  - name: checkout", '    paths: ["/services/checkout/**"]'],
      {
        path: "services[0].paths[0]",
        message:
          'services[0].paths[0]: "/services/checkout/**": globs are relative to the repository root; write it without a leading "/" or "./"',
        line: 4,
        column: 13,
      },
    ],
    [
      "a maintenance window whose cron never parses",
      [
        "services:",
        "  - name: checkout",
        "    maintenance-windows:",
        "      - name: Nightly",
        '        start: "0 22 * * MOM"',
        '        end: "0 6 * * *"',
      ],
      {
        path: "services[0].maintenance-windows[0].start",
        message: expect.stringMatching(
          /^services\[0\]\.maintenance-windows\[0\]\.start: day of week field "MOM"/,
        ),
        line: 6,
        column: 16,
      },
    ],
    [
      "a one-off maintenance window that ends before it starts",
      [
        "services:",
        "  - name: checkout",
        "    maintenance-windows:",
        "      - name: Migration",
        "        from: 2027-02-08T00:00",
        "        to: 2027-02-06T00:00",
      ],
      {
        path: "services[0].maintenance-windows[0].to",
        message:
          "services[0].maintenance-windows[0].to: to (2027-02-06T00:00) must be later than from (2027-02-08T00:00)",
        line: 7,
        column: 13,
      },
    ],
    [
      "a maintenance window with an environment list left empty",
      [
        "services:",
        "  - name: checkout",
        "    maintenance-windows:",
        "      - name: Nightly",
        '        start: "0 22 * * *"',
        '        end: "0 6 * * *"',
        "        environments: []",
      ],
      {
        path: "services[0].maintenance-windows[0].environments",
        message:
          "services[0].maintenance-windows[0].environments: environments must be a list of environment names (leave it out to apply to every environment)",
        line: 8,
        column: 23,
      },
    ],
  ])("names the problem with its line and column: %s", (_, yaml, problem) => {
    expect(problemsOf(lines("version: 1", ...(yaml as string[])))).toEqual([problem]);
  });

  it("refuses a service name with a comma, which the form would read as two services", () => {
    const problems = problemsOf(lines("version: 1", "services:", '  - name: "checkout, payments"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "services[0].name", line: 3 });
  });
});
