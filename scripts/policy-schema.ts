/**
 * Writes `schema/gatehouse.schema.json`, the JSON Schema of `.github/gatehouse.yml`, composed from
 * the policy sections in `packages/core/src/policy/sections/` (editors use it to validate and
 * complete the policy file), and `packages/core/src/policy/validator.generated.ts`, the same schema
 * compiled ahead of time so actions do not compile it at start.
 *
 *   pnpm exec tsx scripts/policy-schema.ts           # write it
 *   pnpm exec tsx scripts/policy-schema.ts --check   # fail if the committed file is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { policySchema } from "../packages/core/src/policy";
import { generateValidatorSource } from "../packages/core/src/policy/standalone";

export const POLICY_SCHEMA_FILE = fileURLToPath(new URL("../schema/gatehouse.schema.json", import.meta.url));
export const POLICY_VALIDATOR_FILE = fileURLToPath(
  new URL("../packages/core/src/policy/validator.generated.ts", import.meta.url),
);
export const REGENERATE_COMMAND = "pnpm exec tsx scripts/policy-schema.ts";

export function renderPolicySchema(): string {
  return `${JSON.stringify(policySchema(), null, 2)}\n`;
}

function readCommitted(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** The generated files and what they should hold. */
export function generatedFiles(): { file: string; name: string; text: string }[] {
  return [
    { file: POLICY_SCHEMA_FILE, name: "schema/gatehouse.schema.json", text: renderPolicySchema() },
    {
      file: POLICY_VALIDATOR_FILE,
      name: "packages/core/src/policy/validator.generated.ts",
      text: generateValidatorSource(),
    },
  ];
}

/** Names of the generated files that differ from what the sections produce now. */
export function staleFiles(): string[] {
  return generatedFiles()
    .filter((f) => readCommitted(f.file) !== f.text)
    .map((f) => f.name);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--check")) {
    const stale = staleFiles();
    if (stale.length > 0) {
      console.error(
        `${stale.join(" and ")} ${stale.length === 1 ? "is" : "are"} stale: run \`${REGENERATE_COMMAND}\` and commit.`,
      );
      process.exit(1);
    }
    console.log("The policy schema and validator are current.");
  } else {
    for (const f of generatedFiles()) {
      writeFileSync(f.file, f.text);
      console.log(`Wrote ${f.name}.`);
    }
  }
}
