/**
 * Writes `schema/gatehouse.schema.json`, the JSON Schema of `.github/gatehouse.yml`, composed from
 * the policy sections in `packages/core/src/policy/sections/`. Editors use it to validate and
 * complete the policy file.
 *
 *   pnpm exec tsx scripts/policy-schema.ts           # write it
 *   pnpm exec tsx scripts/policy-schema.ts --check   # fail if the committed file is stale
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { policySchema } from "../packages/core/src/policy";

export const POLICY_SCHEMA_FILE = fileURLToPath(new URL("../schema/gatehouse.schema.json", import.meta.url));
export const REGENERATE_COMMAND = "pnpm exec tsx scripts/policy-schema.ts";

export function renderPolicySchema(): string {
  return `${JSON.stringify(policySchema(), null, 2)}\n`;
}

function readCommitted(): string | undefined {
  try {
    return readFileSync(POLICY_SCHEMA_FILE, "utf8");
  } catch {
    return undefined;
  }
}

export function isPolicySchemaCurrent(): boolean {
  return readCommitted() === renderPolicySchema();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--check")) {
    if (!isPolicySchemaCurrent()) {
      console.error(`schema/gatehouse.schema.json is stale: run \`${REGENERATE_COMMAND}\` and commit it.`);
      process.exit(1);
    }
    console.log("schema/gatehouse.schema.json is current.");
  } else {
    writeFileSync(POLICY_SCHEMA_FILE, renderPolicySchema());
    console.log("Wrote schema/gatehouse.schema.json.");
  }
}
