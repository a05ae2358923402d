import { describe, expect, it } from "vitest";
import { parseChangeRequest } from "./changeRequest";
import { changeRequestFormBody as formBody } from "./changeRequest.fixture";
import { renderedSections } from "./renderedForm";

const answers = (body: string) => renderedSections(body).map((s) => [s.label, s.text]);

describe("renderedSections: a form read as GitHub shows it", () => {
  it.each([
    ["an HTML comment", "### Risk\n\n<!-- High -->Low", "Low"],
    [
      "a collapsed <details> (its summary shows)",
      "### Risk\n\n<details><summary>Low</summary>\n\nHigh\n\n</details>",
      "Low",
    ],
    ["a link reference definition", "### Risk\n\n[High]: https://example.com\nLow", "Low"],
    ["zero-width characters", "### Risk\n\nL\u200Bow", "Low"],
  ])("drops %s", (_, body, expected) => {
    expect(answers(body)).toEqual([["Risk", expected]]);
  });

  it("reads a body again as the first time, an edited one anew, and with its own known labels", () => {
    const body = "### Risk\n\nLow\n\n### Notes\n\n### Risk\n\nHigh";
    const first = renderedSections(body);
    // What a caller does with the sections it got does not change what the next one gets.
    first[0]!.text = "changed by a caller";
    expect(answers(body)).toEqual([
      ["Risk", "Low"],
      ["Notes", ""],
      ["Risk", "High"],
    ]);
    expect(answers(body.replace("Low", "Medium"))[0]).toEqual(["Risk", "Medium"]);
    expect(renderedSections(body, new Set(["risk"])).map((s) => [s.label, s.text])).toEqual([
      ["Risk", "Low\n\n### Notes"],
      ["Risk", "High"],
    ]);
  });

  it("keeps what an open <details> shows", () => {
    expect(answers("### Risk\n\n<details open>\n\nHigh\n\n</details>")).toEqual([["Risk", "High"]]);
  });

  it("never starts a section from a heading GitHub does not show as one", () => {
    const body = [
      "### Risk",
      "",
      "High",
      "",
      "<!--",
      "### Risk",
      "",
      "Low",
      "-->",
      "",
      "```",
      "### Risk",
      "```",
      "",
      "> ### Risk",
      "",
      "<details>",
      "",
      "### Risk",
      "",
      "Low",
      "",
      "</details>",
    ].join("\n");
    expect(renderedSections(body).map((s) => s.label)).toEqual(["Risk"]);
    expect(renderedSections(body)[0]!.text).toMatch(/^High/);
  });
});

describe("parseChangeRequest: what the approver saw", () => {
  it("reads the visible risk when a hidden one comes first", () => {
    const body = formBody({ Risk: "High" }).replace("### Risk", "<!--\n### Risk\n\nLow\n-->\n\n### Risk");
    expect(parseChangeRequest(body).fields?.risk).toBe("high");
  });

  it("blocks a form section given twice, naming it", () => {
    const body = `${formBody({ Risk: "High" })}\n\n### Risk\n\nLow`;
    expect(parseChangeRequest(body).problems).toEqual([
      {
        field: "Risk",
        message: 'the "Risk" section is given 2 times; keep one, so everyone reads the same answer',
      },
    ]);
  });

  it("blocks bidirectional-control characters and answers GitHub hides entirely", () => {
    expect(parseChangeRequest(formBody({ "Back-out plan": "Redeploy \u202Eesaeler" })).problems).toEqual([
      {
        field: "Back-out plan",
        message:
          '"Back-out plan" contains invisible bidirectional-control characters, which make GitHub show the text in another order than it reads; delete them',
      },
    ]);
    expect(parseChangeRequest(formBody({ "Test evidence": "<!-- CI run 42 passed -->" })).problems).toEqual([
      {
        field: "Test evidence",
        message:
          '"Test evidence" has an answer GitHub does not show (an HTML comment, a collapsed <details> or raw HTML); write the answer as plain text',
      },
    ]);
  });
});
