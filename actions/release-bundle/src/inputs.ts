/**
 * The inputs of release-bundle, read and checked before anything is fetched or written.
 */
import {
  parseChangeRequestsInput,
  parseExplicitVersion,
  parseFreezeInput,
  parseRangeInput,
  validateChannel,
  validateTagPrefix,
} from "@gatehouse/core";
import { processRunner, type Runner } from "@gatehouse/github";
import type { ReleaseRequest } from "@gatehouse/release-process";

/** The checked inputs: what is asked of the release, and where its files are. */
export interface ReleaseInputs extends ReleaseRequest {
  files: string[];
  failOnUnmatchedFiles: boolean;
}

/** A bad input: the message names the input and the fix. */
export class InputProblem extends Error {
  override name = "InputProblem";
}

function guard<T>(input: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new InputProblem(message.includes(input) ? message : `Input ${input}: ${message}`);
  }
}

export function readInputs(
  runner: Pick<Runner, "getInput" | "getMultilineInput" | "getBooleanInput"> = processRunner,
): ReleaseInputs {
  const version = runner.getInput("version");
  if (version) guard("version", () => parseExplicitVersion(version));
  const prefixInput = runner.getInput("tag-prefix", { trim: false });
  const tagPrefix =
    prefixInput === "" ? undefined : guard("tag-prefix", () => validateTagPrefix(prefixInput.trim()));
  const prerelease = guard("prerelease", () => validateChannel(runner.getInput("prerelease")));
  const files = runner.getMultilineInput("files").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  return {
    version,
    tagPrefix,
    prerelease,
    files,
    draft: guard("draft", () => runner.getBooleanInput("draft")),
    dryRun: guard("dry-run", () => runner.getBooleanInput("dry-run")),
    failOnUnmatchedFiles: guard("fail-on-unmatched-files", () =>
      runner.getBooleanInput("fail-on-unmatched-files", { default: true }),
    ),
    changeRequests: guard("change-requests", () =>
      parseChangeRequestsInput(runner.getInput("change-requests")),
    ),
    environment: runner.getInput("environment"),
    freeze: guard("freeze", () => parseFreezeInput(runner.getInput("freeze"))),
    majorTag: guard("major-tag", () => runner.getBooleanInput("major-tag")),
    range: guard("range", () => parseRangeInput(runner.getInput("range"))),
  };
}
