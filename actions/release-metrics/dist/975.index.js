export const id = 975;
export const ids = [975];
export const modules = {

/***/ 3975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ../../packages/core/src/policy/sections/index.ts
var sections_namespaceObject = {};
__webpack_require__.r(sections_namespaceObject);
__webpack_require__.d(sections_namespaceObject, {
  approvals: () => (approvalsSection),
  changeRequests: () => (changeRequestsSection),
  deployments: () => (deploymentsSection),
  exemptPaths: () => (exemptPathsSection),
  freeze: () => (freezeSection),
  improvement: () => (improvementSection),
  release: () => (releaseSection),
  review: () => (reviewSection),
  risk: () => (riskSection),
  services: () => (servicesSection),
  version: () => (versionSection)
});

// EXTERNAL MODULE: ../../packages/github/src/runner.ts + 3 modules
var runner = __webpack_require__(540);
// EXTERNAL MODULE: ../../packages/github/src/setup.ts + 3 modules
var src_setup = __webpack_require__(6282);
// EXTERNAL MODULE: ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(5931);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8293);
;// CONCATENATED MODULE: ../../packages/core/src/policy/paths.ts
function formatPath(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else
            out += out === "" ? segment : `.${segment}`;
    }
    return out;
}
/** Turns an ajv `instancePath` (JSON pointer) into a path, using the data to tell indexes from keys. */
function pointerToPath(pointer, data) {
    if (pointer === "")
        return [];
    const path = [];
    let current = data;
    for (const raw of pointer.slice(1).split("/")) {
        const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        if (Array.isArray(current)) {
            const index = Number(segment);
            path.push(index);
            current = current[index];
        }
        else {
            path.push(segment);
            current =
                current && typeof current === "object" ? current[segment] : undefined;
        }
    }
    return path;
}
/** Edit distance counting a swap of two neighbouring letters as one edit, for "did you mean". */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The candidate closest to `word` (same letters ignoring case, `-` and `_`, or a small typo), if any. */
function closest(word, candidates) {
    const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
    const exact = candidates.find((c) => squash(c) === squash(word));
    if (exact)
        return exact;
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const d = editDistance(squash(word), squash(candidate));
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    return bestDistance <= allowed ? best : undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/messages.ts

const isSchema = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const messages_code = (value) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
/** How a value is shown in a message: strings quoted, containers by kind. */
function renderValue(value) {
    if (value === null || value === undefined)
        return "empty";
    if (typeof value === "string")
        return JSON.stringify(value);
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    return String(value);
}
function orList(items) {
    if (items.length <= 1)
        return items[0] ?? "";
    return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
function range(kind, schema) {
    const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
    const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
    const exMin = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : undefined;
    const exMax = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : undefined;
    if (min !== undefined && max !== undefined)
        return `${kind} from ${min} to ${max}`;
    const parts = [
        min !== undefined ? `≥ ${min}` : "",
        exMin !== undefined ? `> ${exMin}` : "",
        max !== undefined ? `≤ ${max}` : "",
        exMax !== undefined ? `< ${exMax}` : "",
    ].filter(Boolean);
    return parts.length ? `${kind} ${parts.join(" and ")}` : kind;
}
/** What a schema accepts, in words: "a whole number ≥ 1", "true or false", "a list of text". */
function describeExpected(schema) {
    if (!isSchema(schema))
        return "something else";
    if (Array.isArray(schema.enum)) {
        return schema.enum.length === 1 ? messages_code(schema.enum[0]) : `one of ${schema.enum.map(messages_code).join(", ")}`;
    }
    if ("const" in schema)
        return messages_code(schema.const);
    const branches = (schema.oneOf ?? schema.anyOf);
    if (Array.isArray(branches))
        return orList(branches.map(describeExpected));
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    return orList(types.map((type) => {
        switch (type) {
            case "integer":
                return range("a whole number", schema);
            case "number":
                return range("a number", schema);
            case "boolean":
                return "true or false";
            case "string":
                return schema.minLength === 1 ? "non-empty text" : "text";
            case "array": {
                const items = schema.items;
                if (isSchema(items) && typeof items.type === "string") {
                    const inner = {
                        string: "text",
                        object: "mappings",
                        integer: "whole numbers",
                        number: "numbers",
                        boolean: "true/false values",
                    };
                    return `a list of ${inner[items.type] ?? "items"}`;
                }
                return "a list";
            }
            case "object":
                return "a mapping (`key: value` lines)";
            case "null":
                return "empty";
            default:
                return "a value";
        }
    }));
}
function typeOf(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "array";
    if (typeof value === "number")
        return Number.isInteger(value) ? "integer" : "number";
    return typeof value;
}
function branchAcceptsType(branch, value) {
    if (!isSchema(branch))
        return false;
    const actual = typeOf(value);
    const types = Array.isArray(branch.type) ? branch.type : [branch.type];
    if (types[0] === undefined)
        return true;
    return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}
/**
 * Keeps the errors a user should see: for `oneOf`/`anyOf`, the errors of the one branch whose
 * type matches the value (if exactly one does), otherwise the single `oneOf` error.
 */
function selectErrors(errors) {
    const dropped = new Set();
    for (const error of errors) {
        if (error.keyword !== "oneOf" && error.keyword !== "anyOf")
            continue;
        const branches = Array.isArray(error.schema) ? error.schema : [];
        const prefix = `${error.schemaPath}/`;
        const inside = errors.filter((e) => e !== error && e.schemaPath.startsWith(prefix));
        const matching = branches.flatMap((b, i) => (branchAcceptsType(b, error.data) ? [i] : []));
        if (matching.length === 1) {
            const keep = `${prefix}${matching[0]}/`;
            for (const e of inside)
                if (!e.schemaPath.startsWith(keep))
                    dropped.add(e);
            // A type-matching branch with its own errors explains the problem better than "one of …".
            if (inside.some((e) => e.schemaPath.startsWith(keep)))
                dropped.add(error);
        }
        else {
            for (const e of inside)
                dropped.add(e);
        }
    }
    return errors.filter((e) => !dropped.has(e));
}
function unknownKey(path, key, parentSchema) {
    const known = isSchema(parentSchema) && isSchema(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
    const where = path.length ? ` in ${formatPath(path)}` : "";
    const guess = closest(key, known);
    if (guess)
        return `unknown key ${messages_code(key)}${where} (did you mean ${messages_code(guess)}?)`;
    if (known.length === 0)
        return `unknown key ${messages_code(key)}${where}: nothing can be set here`;
    return `unknown key ${messages_code(key)}${where}: the keys allowed here are ${known.map(messages_code).join(", ")}`;
}
/** The description nearest to the failing keyword, walking up `schemaPath` in the root schema. */
function nearestDescription(root, schemaPath) {
    const segments = schemaPath
        .replace(/^#\/?/, "")
        .split("/")
        .filter(Boolean)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const chain = [root];
    let node = root;
    for (const segment of segments.slice(0, -1)) {
        node = isSchema(node) || Array.isArray(node) ? node[segment] : undefined;
        chain.push(node);
    }
    // The root's own description (the whole file) says nothing about one value.
    for (const candidate of chain.slice(1).reverse()) {
        if (isSchema(candidate) && typeof candidate.description === "string")
            return candidate.description;
    }
    return "";
}
function messages_describeError(error, data, root) {
    const path = pointerToPath(error.instancePath, data);
    const name = formatPath(path) || "the policy";
    const parent = error.parentSchema;
    const params = error.params;
    const value = error.data;
    switch (error.keyword) {
        case "additionalProperties": {
            const key = String(params.additionalProperty);
            return { path: [...path, key], at: "key", message: unknownKey(path, key, parent) };
        }
        case "required": {
            const missing = String(params.missingProperty);
            const property = isSchema(parent) && isSchema(parent.properties) ? parent.properties[missing] : undefined;
            const hint = isSchema(property) && typeof property.description === "string" ? ` (${property.description})` : "";
            return {
                path,
                at: "value",
                message: `${name} is missing ${messages_code(missing)}: add \`${missing}: …\`${hint}`,
            };
        }
        case "type":
        case "enum":
        case "const":
        case "minimum":
        case "maximum":
        case "exclusiveMinimum":
        case "exclusiveMaximum":
        case "multipleOf":
        case "oneOf":
        case "anyOf":
            return {
                path,
                at: "value",
                message: `${name} must be ${describeExpected(parent)}, not ${renderValue(value)}`,
            };
        case "minLength":
            return {
                path,
                at: "value",
                message: params.limit === 1
                    ? `${name} must not be empty`
                    : `${name} must be at least ${params.limit} characters`,
            };
        case "maxLength":
            return { path, at: "value", message: `${name} must be at most ${params.limit} characters` };
        case "minItems":
            return {
                path,
                at: "value",
                message: `${name} needs at least ${params.limit} item${params.limit === 1 ? "" : "s"}`,
            };
        case "maxItems":
            return { path, at: "value", message: `${name} may hold at most ${params.limit} items` };
        case "uniqueItems": {
            const first = Math.min(Number(params.i), Number(params.j));
            const again = Math.max(Number(params.i), Number(params.j));
            const item = Array.isArray(value) ? value[again] : undefined;
            return {
                path: [...path, again],
                at: "value",
                message: `${name} lists ${renderValue(item)} twice (items ${first + 1} and ${again + 1}): keep one`,
            };
        }
        case "pattern": {
            const description = nearestDescription(root, error.schemaPath);
            return {
                path,
                at: "value",
                message: `${name} is ${renderValue(value)}, which is not in the expected form${description ? `: ${description}` : ` (${String(params.pattern)})`}`,
            };
        }
        case "format":
            return {
                path,
                at: "value",
                message: `${name} must be a valid ${String(params.format)}, not ${renderValue(value)}`,
            };
        default:
            return { path, at: "value", message: `${name} ${error.message ?? "is not valid"}` };
    }
}
/** Plain-words problems for ajv errors (run with `allErrors` and `verbose`), without duplicates. */
function describeSchemaErrors(errors, data, root) {
    const seen = new Set();
    const out = [];
    for (const error of selectErrors(errors)) {
        const located = messages_describeError(error, data, root ?? { description: "" });
        const id = `${formatPath(located.path)}\u0000${located.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(located);
    }
    return out;
}

// EXTERNAL MODULE: ../../packages/core/src/policy/problems.ts
var policy_problems = __webpack_require__(1641);
;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/approvals.ts
const groupSchema = (what) => ({
    type: "object",
    additionalProperties: false,
    description: what,
    properties: {
        users: {
            type: "array",
            items: {
                type: "string",
                pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$",
                description: "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change",
            },
            uniqueItems: true,
            description: "GitHub logins of people (never a bot or an App).",
        },
        teams: {
            type: "array",
            items: {
                type: "string",
                pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
                description: "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change",
            },
            uniqueItems: true,
            description: "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).",
        },
    },
});
const quorumItem = (risk, fallback) => ({
    type: "integer",
    minimum: 1,
    maximum: 20,
    description: `Distinct approvals a ${risk}-risk change needs. Default: ${fallback}.`,
});
const defaultQuorum = { low: 1, medium: 1, high: 2 };
function group(raw) {
    const strip = (s) => s.replace(/^@/, "");
    return { users: (raw?.users ?? []).map(strip), teams: (raw?.teams ?? []).map(strip) };
}
const approvalsSection = {
    key: "approvals",
    property: "approvals",
    schema: {
        type: "object",
        additionalProperties: false,
        description: "Who approves change requests (with /approve or the change/approved label) and how many.",
        properties: {
            approvers: groupSchema("Approvers of normal changes (the change advisory board)."),
            "emergency-approvers": groupSchema("Approvers of emergency changes; one approval from them is enough."),
            quorum: {
                type: "object",
                additionalProperties: false,
                description: "Distinct approvals needed by risk.",
                properties: {
                    low: quorumItem("low", defaultQuorum.low),
                    medium: quorumItem("medium", defaultQuorum.medium),
                    high: quorumItem("high", defaultQuorum.high),
                },
            },
            "standard-changes": {
                type: "array",
                items: {
                    oneOf: [
                        {
                            type: "string",
                            minLength: 1,
                            description: "A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes.",
                        },
                        {
                            type: "object",
                            additionalProperties: false,
                            required: ["name"],
                            description: "A standard change template and what it covers.",
                            properties: {
                                name: {
                                    type: "string",
                                    minLength: 1,
                                    description: "The template's name, as the change request names it.",
                                },
                                paths: {
                                    type: "array",
                                    items: { type: "string", minLength: 1 },
                                    minItems: 1,
                                    uniqueItems: true,
                                    description: 'Globs (e.g. "package.json", "infra/tls/**"): every file of every change linking a change request of this template must match one.',
                                },
                                services: {
                                    type: "array",
                                    items: { type: "string", minLength: 1 },
                                    minItems: 1,
                                    uniqueItems: true,
                                    description: "Services the template covers: every service the change request names must be one of these.",
                                },
                            },
                        },
                    ],
                },
                uniqueItems: true,
                description: "Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only.",
            },
            "unidentified-authors": {
                type: "string",
                enum: ["block", "report"],
                default: "block",
                description: "A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there.",
            },
        },
    },
    defaults: () => ({
        approvers: { users: [], teams: [] },
        emergencyApprovers: { users: [], teams: [] },
        quorum: { ...defaultQuorum },
        standardChanges: [],
        unidentifiedAuthors: "block",
    }),
    parse(raw) {
        const value = (raw ?? {});
        return {
            approvers: group(value.approvers),
            emergencyApprovers: group(value["emergency-approvers"]),
            quorum: { ...defaultQuorum, ...value.quorum },
            standardChanges: (value["standard-changes"] ?? []).map((s) => typeof s === "string"
                ? { name: s.trim(), paths: [], services: [] }
                : { name: s.name.trim(), paths: s.paths ?? [], services: (s.services ?? []).map((x) => x.trim()) }),
            unidentifiedAuthors: value["unidentified-authors"] ?? "block",
        };
    },
    check(value) {
        const problems = [];
        const { low, medium, high } = value.quorum;
        if (medium < low) {
            problems.push({
                path: ["quorum", "medium"],
                message: `medium (${medium}) must not be below low (${low})`,
            });
        }
        if (high < medium) {
            problems.push({
                path: ["quorum", "high"],
                message: `high (${high}) must not be below medium (${medium})`,
            });
        }
        const seen = new Map();
        value.standardChanges.forEach((t, i) => {
            const key = t.name.toLowerCase();
            const first = seen.get(key);
            if (first !== undefined) {
                problems.push({
                    path: ["standard-changes", i],
                    message: `the template "${t.name}" is listed twice (items ${first + 1} and ${i + 1}): keep one`,
                });
            }
            else
                seen.set(key, i);
        });
        return problems;
    },
};

// EXTERNAL MODULE: ../../node_modules/.pnpm/luxon@3.7.2/node_modules/luxon/build/es6/luxon.mjs
var luxon = __webpack_require__(8343);
;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/changeRequests.ts

const repositoryPattern = "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$";
const changeRequestsSection = {
    key: "change-requests",
    property: "changeRequests",
    schema: {
        type: "object",
        description: "Where change requests (issues opened with the change-request form) live.",
        additionalProperties: false,
        properties: {
            repository: {
                type: "string",
                pattern: repositoryPattern,
                description: "The one repository (owner/repo) holding change requests. Default: the deployed repository.",
            },
            repositories: {
                type: "array",
                items: { type: "string", pattern: repositoryPattern },
                uniqueItems: true,
                description: "Several repositories (owner/repo) whose issues may be change requests.",
            },
            label: {
                type: "string",
                minLength: 1,
                description: "The label every change request carries. Default: change-request.",
            },
            timezone: {
                type: "string",
                description: "IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC.",
            },
            "bind-services": {
                type: "boolean",
                default: false,
                description: "A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change.",
            },
            "block-on-conflict": {
                type: "boolean",
                default: false,
                description: "change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes.",
            },
        },
    },
    defaults: () => ({ repositories: [], label: "change-request" }),
    parse(raw) {
        const value = (raw ?? {});
        const repositories = [...(value.repository ? [value.repository] : []), ...(value.repositories ?? [])];
        const unique = [...new Map(repositories.map((r) => [r.toLowerCase(), r])).values()];
        return {
            repositories: unique,
            label: value.label ?? "change-request",
            ...(value.timezone ? { timezone: value.timezone } : {}),
            ...(value["bind-services"] ? { bindServices: true } : {}),
            ...(value["block-on-conflict"] ? { blockOnConflict: true } : {}),
        };
    },
    check(value) {
        const problems = [];
        if (value.timezone !== undefined && !luxon/* IANAZone */.oh.isValidZone(value.timezone)) {
            problems.push({
                path: ["timezone"],
                message: `"${value.timezone}" is not an IANA timezone; use a name such as "Europe/Berlin" or "UTC"`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/deployments.ts
const deploymentsSection = {
    key: "deployments",
    property: "deployments",
    schema: {
        type: "object",
        description: "Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.",
        additionalProperties: false,
        properties: {
            "trusted-creators": {
                type: "array",
                uniqueItems: true,
                items: { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" },
                description: 'Logins whose deployments and success statuses count (bots with "[bot]", e.g. "my-deployer[bot]"). The list replaces the default, ["github-actions[bot]"] (the identity GitHub records for a job that uses an environment): list it too to keep it.',
            },
        },
    },
    defaults: () => ({}),
    parse(raw) {
        const value = (raw ?? {});
        return value["trusted-creators"] ? { trustedCreators: value["trusted-creators"].slice() } : {};
    },
};

// EXTERNAL MODULE: ../../node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(6444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/risk.ts

/** Problems with a list of path globs (shared by risk.sensitive-paths and exempt-paths). */
function checkGlobs(globs, path = []) {
    const problems = [];
    globs.forEach((glob, index) => {
        if (glob.trim() === "") {
            problems.push({ path: [...path, index], message: "a path glob must not be empty" });
            return;
        }
        if (glob.startsWith("/") || glob.startsWith("./")) {
            problems.push({
                path: [...path, index],
                message: `"${glob}": globs are relative to the repository root; write it without a leading "/" or "./"`,
            });
            return;
        }
        try {
            picomatch_default().makeRe(glob, { strictBrackets: true });
        }
        catch (error) {
            problems.push({
                path: [...path, index],
                message: `"${glob}" is not a valid glob: ${error instanceof Error ? error.message : String(error)}`,
            });
        }
    });
    return problems;
}
const globListSchema = (description) => ({
    type: "array",
    items: { type: "string" },
    uniqueItems: true,
    description,
});
const riskSection = {
    key: "risk",
    property: "risk",
    schema: {
        type: "object",
        additionalProperties: false,
        description: "What raises a deployment's risk one level above the highest risk of its change requests.",
        properties: {
            "sensitive-paths": globListSchema('Globs (e.g. "infra/**", ".github/workflows/**"); a deployment touching any of them is one level riskier.'),
            "large-change": {
                type: "object",
                additionalProperties: false,
                description: "A deployment larger than this is one level riskier.",
                properties: {
                    files: {
                        type: "integer",
                        minimum: 1,
                        description: "Changed files above which a deployment is large.",
                    },
                    lines: {
                        type: "integer",
                        minimum: 1,
                        description: "Changed lines (additions + deletions) above which a deployment is large.",
                    },
                },
            },
        },
    },
    defaults: () => ({ sensitivePaths: [], largeChange: {} }),
    parse(raw) {
        const value = (raw ?? {});
        const large = value["large-change"] ?? {};
        return {
            sensitivePaths: value["sensitive-paths"] ?? [],
            largeChange: {
                ...(large.files !== undefined ? { files: large.files } : {}),
                ...(large.lines !== undefined ? { lines: large.lines } : {}),
            },
        };
    },
    check(value) {
        return checkGlobs(value.sensitivePaths, ["sensitive-paths"]);
    },
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/exemptPaths.ts

const exemptPathsSection = {
    key: "exempt-paths",
    property: "exemptPaths",
    schema: globListSchema('Globs of paths that need no change request (e.g. "docs/**", "**/*.md"): a pull request or commit touching only these is exempt.'),
    defaults: () => [],
    parse: (raw) => (raw ?? []).slice(),
    check: (value) => checkGlobs(value),
};

// EXTERNAL MODULE: ../../node_modules/.pnpm/cron-parser@5.10.5/node_modules/cron-parser/dist/index.js
var cron_parser_dist = __webpack_require__(5196);
;// CONCATENATED MODULE: ../../packages/core/src/schedule/freezeTime.ts
/**
 * Wall-clock time in IANA time zones, and 5-field cron schedules evaluated in them.
 *
 * The freeze calendar is defined in local time ("every Friday 18:00 in Berlin"), while decisions are
 * made on instants. Converting one to the other is where deployment tools usually go wrong, so the
 * rules are written down here and tested on both sides of every kind of change:
 *
 * - A local time that does not exist (it falls in a spring-forward gap, e.g. 02:30 on the night the
 *   clocks go from 02:00 to 03:00) means the first instant that does exist after it: the moment of the
 *   change (03:00 local).
 * - A local time that exists twice (fall-back, e.g. 02:30 on the night the clocks go from 03:00 back
 *   to 02:00) means its first occurrence, so a cron time fires once, not twice.
 *
 * Cron expressions are parsed field by field with `cron-parser` (numbers, names such as `FRI` and
 * `JAN`, ranges, steps, lists); occurrences are generated here day by day in the zone, because
 * the library's own `prev()`/`next()` disagree with each other across daylight-saving changes.
 */


const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far `latestAtOrBefore` / `earliestAfter` look (covers `29 FEB` across a skipped leap year). */
const CRON_SEARCH_DAYS = 366 * 9;
// ---------------------------------------------------------------- time zones
const zoneCache = new Map();
/** The zone, or null when the name is not a known IANA time zone. */
function findZone(name) {
    let zone = zoneCache.get(name);
    if (zone === undefined) {
        zone = luxon/* IANAZone */.oh.isValidZone(name) ? luxon/* IANAZone */.oh.create(name) : null;
        zoneCache.set(name, zone);
    }
    return zone;
}
function zoneOrThrow(name) {
    const zone = findZone(name);
    if (!zone)
        throw new Error(`Unknown time zone "${name}"`);
    return zone;
}
/** Offset of `zone` from UTC at instant `ms`, in minutes. */
function offsetAt(zone, ms) {
    return zoneOrThrow(zone).offset(ms);
}
/** Names of IANA zones close to `name` (typos, a city without its region, wrong case). */
function suggestZones(name, limit = 3) {
    const all = [...Intl.supportedValuesOf("timeZone"), "UTC", "Etc/UTC"];
    const wanted = name.trim().toLowerCase().replace(/\s+/g, "_");
    const scored = all.map((candidate) => {
        const lower = candidate.toLowerCase();
        const city = lower.slice(lower.lastIndexOf("/") + 1);
        const score = Math.min(freezeTime_editDistance(wanted, lower), freezeTime_editDistance(wanted, city) + 1);
        return { candidate, score };
    });
    scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
    const threshold = Math.max(2, Math.floor(wanted.length / 3));
    return scored
        .filter((s) => s.score <= threshold)
        .slice(0, limit)
        .map((s) => s.candidate);
}
function freezeTime_editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + cost);
            diagonal = above;
        }
    }
    return row[b.length];
}
/**
 * The instant at which the wall clock in `zone` shows `local`. Gap: the moment of the change
 * (the first existing instant after the missing time). Repeated time: the first of the two.
 */
function localToInstant(local, zone) {
    const z = zoneOrThrow(zone);
    const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    const before = z.offset(naive - DAY);
    const after = z.offset(naive + DAY);
    let best = null;
    for (const offset of new Set([before, after])) {
        const candidate = naive - offset * MINUTE;
        if (z.offset(candidate) === offset && (best === null || candidate < best))
            best = candidate;
    }
    if (best !== null)
        return best;
    // In a gap: the clocks jumped over `local`. Find the first minute whose wall time is >= local.
    let low = naive - Math.max(before, after) * MINUTE;
    let high = naive - Math.min(before, after) * MINUTE;
    while (high - low > MINUTE) {
        const mid = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
        if (mid + z.offset(mid) * MINUTE >= naive)
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** Wall-clock fields of instant `ms` in `zone`. */
function instantToLocal(ms, zone) {
    const offset = offsetAt(zone, ms);
    const d = new Date(ms + offset * MINUTE);
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        offset,
    };
}
/** ISO 8601 with the zone's offset at that instant, e.g. `2026-12-24T00:00:00+01:00`. */
function formatInstant(ms, zone) {
    const offset = offsetAt(zone, ms);
    const d = new Date(ms + offset * MINUTE);
    const local = d.toISOString().slice(0, 19);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
/**
 * An instant as a person reads it, in `zone`: `Mon at 09:00 Europe/Berlin` within the coming six
 * days of `now`, `Mon 7 Dec at 09:00 Europe/Berlin` later in the year, `Mon 4 Jan 2027 at 09:00
 * Europe/Berlin` in another year (English names, 24-hour clock).
 */
function formatForPeople(ms, zone, now) {
    const at = DateTime.fromMillis(ms, { zone, locale: "en-GB" });
    const today = DateTime.fromMillis(now, { zone }).startOf("day");
    const days = at.startOf("day").diff(today, "days").days;
    const day = days >= 0 && days < 7
        ? at.toFormat("ccc")
        : at.year === today.year
            ? at.toFormat("ccc d LLL")
            : at.toFormat("ccc d LLL yyyy");
    return `${day} at ${at.toFormat("HH:mm")} ${zone}`;
}
function pad(n) {
    return String(n).padStart(2, "0");
}
/**
 * Parses a local date-time as written in the policy: `2026-12-24T00:00`, `2026-12-24T00:00:00`
 * or `2026-12-24` (midnight). No offset: the window's time zone says where it is.
 */
function parseLocalDateTime(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
    if (!m) {
        if (/(Z|[+-]\d{2}:?\d{2})$/.test(text.trim()) && /T/.test(text)) {
            return { error: "write a local date-time without an offset (the window's timezone says where it is)" };
        }
        return { error: "expected a local date-time such as 2026-12-24T00:00 (or a date such as 2026-12-24)" };
    }
    const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
    const local = { year, month, day, hour, minute };
    const probe = new Date(Date.UTC(local.year, local.month - 1, local.day));
    if (local.month < 1 ||
        local.month > 12 ||
        probe.getUTCMonth() !== local.month - 1 ||
        probe.getUTCDate() !== local.day) {
        return { error: `${text.trim().slice(0, 10)} is not a calendar date` };
    }
    if (local.hour > 23 || local.minute > 59 || (second ?? 0) > 59) {
        return { error: `${text.trim()} is not a time of day (hours 00-23, minutes 00-59)` };
    }
    if (second)
        return { error: "seconds are not supported: use HH:MM" };
    return local;
}
// ---------------------------------------------------------------- cron
const FIELD_NAMES = ["minute", "hour", "day of month", "month", "day of week"];
const NAMES = /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)\b/gi;
const FIELD_RANGES = ["0-59", "0-23", "1-31", "1-12 or JAN-DEC", "0-7 or SUN-SAT"];
/** Checks a 5-field cron expression; returns the problem in words, or null when it is valid. */
function cronProblem(expression) {
    const result = parseCronFields(expression);
    return "error" in result ? result.error : null;
}
function parseCronFields(expression) {
    const parts = expression.trim().split(/\s+/).filter(Boolean);
    if (parts.length !== 5) {
        return {
            error: `expected 5 fields (minute hour day-of-month month day-of-week), found ${parts.length}`,
        };
    }
    const values = [];
    for (let i = 0; i < 5; i++) {
        const text = parts[i];
        const name = FIELD_NAMES[i];
        if (/[A-Z#?]/i.test(text.replace(NAMES, ""))) {
            return {
                error: `${name} field "${text}" is not understood: use ${FIELD_RANGES[i]}, with ranges (a-b), steps (*/n) and lists (a,b); L, W, # and ? are not supported`,
            };
        }
        const probe = ["*", "*", "*", "*", "*"];
        probe[i] = text;
        try {
            const fields = cron_parser_dist.CronExpressionParser.parse(probe.join(" ")).fields;
            const field = [fields.minute, fields.hour, fields.dayOfMonth, fields.month, fields.dayOfWeek][i];
            const raw = field?.values ?? [];
            values.push(raw.filter((v) => typeof v === "number"));
        }
        catch (e) {
            const reason = (e instanceof Error ? e.message : String(e))
                .replace(/\.$/, "")
                .replace(/^Constraint error, /, "");
            return { error: `${name} field "${text}" is invalid: ${reason} (allowed: ${FIELD_RANGES[i]})` };
        }
    }
    try {
        cron_parser_dist.CronExpressionParser.parse(parts.join(" "));
    }
    catch (e) {
        const reason = e instanceof Error ? e.message.replace(/\.$/, "") : String(e);
        return { error: `"${expression.trim()}" never fires (${reason})` };
    }
    const [minutes, hours, doms, months, dows] = values;
    const fields = {
        minutes: [...new Set(minutes)].sort((a, b) => a - b),
        hours: [...new Set(hours)].sort((a, b) => a - b),
        daysOfMonth: new Set(doms),
        months: new Set(months),
        daysOfWeek: new Set(dows.map((d) => d % 7)),
        domRestricted: !parts[2].startsWith("*"),
        dowRestricted: !parts[4].startsWith("*"),
    };
    if (!fieldsEverFire(fields))
        return { error: `"${expression.trim()}" never fires (no such date)` };
    return fields;
}
function fieldsEverFire(f) {
    // Walk 9 years of days from a fixed date: every day-of-month/weekday/leap-year combination appears.
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < CRON_SEARCH_DAYS; i++)
        if (dayMatches(f, start + i * DAY))
            return true;
    return false;
}
/** Does the calendar day starting at naive-UTC `dayMs` match the day fields (Vixie cron rules)? */
function dayMatches(f, dayMs) {
    const d = new Date(dayMs);
    if (!f.months.has(d.getUTCMonth() + 1))
        return false;
    const domOk = f.daysOfMonth.has(d.getUTCDate());
    const dowOk = f.daysOfWeek.has(d.getUTCDay());
    if (f.domRestricted && f.dowRestricted)
        return domOk || dowOk;
    return domOk && dowOk;
}
/** A cron schedule evaluated in `zone`. Throws when the expression or zone is invalid. */
function cronSchedule(expression, zone) {
    const fields = parseCronFields(expression);
    if ("error" in fields)
        throw new Error(`Invalid cron expression "${expression}": ${fields.error}`);
    zoneOrThrow(zone);
    const dayCache = new Map();
    /** Firings (instants, ascending, deduplicated) of the local calendar day at naive-UTC `dayMs`. */
    function firingsOn(dayMs) {
        let cached = dayCache.get(dayMs);
        if (cached)
            return cached;
        cached = [];
        if (dayMatches(fields, dayMs)) {
            const d = new Date(dayMs);
            const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
            let last = Number.NEGATIVE_INFINITY;
            for (const hour of fields.hours) {
                for (const minute of fields.minutes) {
                    const at = localToInstant({ ...date, hour, minute }, zone);
                    if (at > last) {
                        cached.push(at);
                        last = at;
                    }
                }
            }
        }
        if (dayCache.size > 4096)
            dayCache.clear();
        dayCache.set(dayMs, cached);
        return cached;
    }
    function localDay(ms) {
        const l = instantToLocal(ms, zone);
        return Date.UTC(l.year, l.month - 1, l.day);
    }
    return {
        expression,
        zone,
        latestAtOrBefore(ms) {
            // Start one day later: a gap resolution can move a firing past midnight of the next day's start.
            const first = localDay(ms) + DAY;
            for (let i = 0; i <= CRON_SEARCH_DAYS; i++) {
                const firings = firingsOn(first - i * DAY);
                for (let j = firings.length - 1; j >= 0; j--) {
                    const at = firings[j];
                    if (at <= ms)
                        return at;
                }
            }
            return null;
        },
        earliestAfter(ms) {
            const first = localDay(ms) - DAY;
            for (let i = 0; i <= CRON_SEARCH_DAYS; i++) {
                for (const at of firingsOn(first + i * DAY))
                    if (at > ms)
                        return at;
            }
            return null;
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/freeze.ts
/**
 * Policy section `freeze`: when deployments must not go out.
 *
 * ```yaml
 * freeze:
 *   timezone: Europe/Berlin          # default for every window (IANA name), default UTC
 *   allow-emergency: true            # an approved emergency change request may pass a freeze
 *   hold: true                       # the Gatehouse App holds a deployment until the freeze ends
 *   windows:
 *     - name: Weekend
 *       start: "0 18 * * FRI"        # recurring: 5-field cron, in the window's timezone
 *       end: "0 6 * * MON"
 *       environments: [production]   # absent = every environment
 *     - name: Year end
 *       reason: Trading peak and reduced staffing
 *       from: 2026-12-24T00:00       # one-off: local date-times
 *       to: 2027-01-02T00:00
 * ```
 */

const windowSchema = {
    type: "object",
    description: "A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).",
    required: ["name"],
    additionalProperties: false,
    properties: {
        name: { type: "string", minLength: 1, description: "Shown in job summaries, outputs and the calendar." },
        reason: { type: "string", description: "Why deployments are frozen; shown to whoever is blocked." },
        timezone: {
            type: "string",
            description: "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.",
        },
        environments: {
            description: "Environments this window applies to (default: all). Compared case-insensitively.",
            oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
        },
        start: {
            type: "string",
            description: 'Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. "0 18 * * FRI". Quote it in YAML.',
        },
        end: {
            type: "string",
            description: 'Recurring: 5-field cron when the freeze ends (exclusive), e.g. "0 6 * * MON".',
        },
        from: {
            type: "string",
            description: "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.",
        },
        to: {
            type: "string",
            description: "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.",
        },
    },
};
const freezeSchema = {
    type: "object",
    description: "Freeze windows: when deployments are blocked.",
    additionalProperties: false,
    properties: {
        timezone: {
            type: "string",
            default: "UTC",
            description: "IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC.",
        },
        "allow-emergency": {
            type: "boolean",
            default: false,
            description: "Let an approved emergency change request override a freeze.",
        },
        hold: {
            type: "boolean",
            default: false,
            description: "For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step.",
        },
        windows: { type: "array", items: windowSchema, description: "The freeze windows." },
    },
};
function asRecord(value) {
    return value && typeof value === "object" && !Array.isArray(value)
        ? value
        : {};
}
function str(value) {
    return typeof value === "string" ? value : undefined;
}
function defaultFreezePolicy() {
    return { timezone: "UTC", allowEmergency: false, hold: false, windows: [] };
}
/** Normalises the raw YAML value (already schema-checked) into a `FreezePolicy`. Never throws. */
function parseFreezePolicy(raw) {
    const section = asRecord(raw);
    const windows = Array.isArray(section.windows) ? section.windows : [];
    return {
        timezone: str(section.timezone)?.trim() || "UTC",
        allowEmergency: section["allow-emergency"] === true,
        hold: section.hold === true,
        windows: windows.map(parseWindow),
    };
}
/**
 * One window as written in the policy (already schema-checked): recurring when it has `start` or
 * `end`, one-off otherwise. Shared by freeze windows and services' maintenance windows.
 */
function parseWindow(w, i) {
    const r = asRecord(w);
    const base = { name: str(r.name)?.trim() || `window ${i + 1}` };
    if (str(r.reason))
        base.reason = str(r.reason);
    if (str(r.timezone))
        base.timezone = str(r.timezone)?.trim();
    const envs = typeof r.environments === "string" ? [r.environments] : r.environments;
    if (Array.isArray(envs))
        base.environments = envs.filter((e) => typeof e === "string");
    if (r.start !== undefined || r.end !== undefined) {
        return { ...base, kind: "recurring", start: str(r.start) ?? "", end: str(r.end) ?? "" };
    }
    return { ...base, kind: "one-off", from: str(r.from) ?? "", to: str(r.to) ?? "" };
}
function zoneProblem(name) {
    const close = suggestZones(name);
    const hint = close.length ? `did you mean ${close.map((z) => `"${z}"`).join(" or ")}?` : "use an IANA name";
    return `unknown time zone "${name}": ${hint} (e.g. Europe/Berlin, America/New_York, UTC)`;
}
/** Semantic checks the schema cannot express: cron, time zones, date order, window shape. */
function checkFreezePolicy(value, raw) {
    const problems = [];
    const section = asRecord(raw);
    const defaultZoneOk = !!findZone(value.timezone);
    if (typeof section.timezone === "string" && !defaultZoneOk) {
        problems.push({ path: ["timezone"], message: zoneProblem(value.timezone) });
    }
    const rawWindows = Array.isArray(section.windows) ? section.windows : [];
    problems.push(...checkWindows(rawWindows, value.windows, value.timezone, ["windows"]));
    return problems;
}
/**
 * Checks a list of windows as written (`raw`) and as parsed (`windows`): unique names, time zones,
 * environments, cron expressions, one-off dates in order. `defaultZone` is the zone of windows that
 * name none; `at` leads to the list. Shared by freeze windows and services' maintenance windows.
 */
function checkWindows(raw, windows, defaultZone, at, what = "freeze") {
    const problems = [];
    const defaultZoneOk = !!findZone(defaultZone);
    const seen = new Map();
    raw.forEach((w, i) => {
        const r = asRecord(w);
        const here = (...rest) => [...at, i, ...rest];
        const window = windows[i];
        if (!window)
            return;
        const previous = seen.get(window.name.toLowerCase());
        if (previous !== undefined) {
            problems.push({
                path: here("name"),
                message: `window name "${window.name}" is already used by window ${previous + 1}: give each window its own name`,
            });
        }
        else
            seen.set(window.name.toLowerCase(), i);
        let zone = defaultZone;
        let zoneOk = defaultZoneOk;
        if (window.timezone !== undefined) {
            zone = window.timezone;
            zoneOk = !!findZone(zone);
            if (!zoneOk)
                problems.push({ path: here("timezone"), message: zoneProblem(zone) });
        }
        if (r.environments !== undefined) {
            const envs = typeof r.environments === "string" ? [r.environments] : r.environments;
            if (!Array.isArray(envs) || envs.length === 0) {
                problems.push({
                    path: here("environments"),
                    message: `environments must be a list of environment names (leave it out to ${what === "freeze" ? "freeze" : "apply to"} every environment)`,
                });
            }
            else {
                envs.forEach((e, j) => {
                    if (typeof e !== "string" || e.trim() === "") {
                        problems.push({
                            path: here("environments", j),
                            message: "each environment must be a non-empty name, e.g. production",
                        });
                    }
                });
            }
        }
        const hasCron = r.start !== undefined || r.end !== undefined;
        const hasDates = r.from !== undefined || r.to !== undefined;
        if (hasCron && hasDates) {
            problems.push({
                path: here(r.from !== undefined ? "from" : "to"),
                message: "a window is either recurring (start/end cron) or one-off (from/to date-times), not both: split it into two windows",
            });
            return;
        }
        if (!hasCron && !hasDates) {
            problems.push({
                path: here(),
                message: `window "${window.name}" needs either start and end (cron) or from and to (local date-times)`,
            });
            return;
        }
        if (window.kind === "recurring") {
            for (const key of ["start", "end"]) {
                if (r[key] === undefined) {
                    const other = key === "start" ? "end" : "start";
                    problems.push({
                        path: here(other),
                        message: `a recurring window needs both start and end: add ${key} (a 5-field cron expression)`,
                    });
                    continue;
                }
                const problem = cronProblem(window[key]);
                if (problem)
                    problems.push({ path: here(key), message: `${key}: ${problem}` });
            }
            const same = (e) => e.trim().toUpperCase().split(/\s+/).join(" ");
            if (r.start !== undefined && r.end !== undefined && same(window.start) === same(window.end)) {
                problems.push({
                    path: here("end"),
                    message: `end is the same as start, so the window would never be active: the ${what === "freeze" ? "freeze" : "window"} ends at the next end after a start`,
                });
            }
            return;
        }
        const parsed = {
            from: undefined,
            to: undefined,
        };
        for (const key of ["from", "to"]) {
            if (r[key] === undefined) {
                const other = key === "from" ? "to" : "from";
                problems.push({
                    path: here(other),
                    message: `a one-off window needs both from and to: add ${key} (e.g. 2026-12-24T00:00)`,
                });
                continue;
            }
            parsed[key] = parseLocalDateTime(window[key]);
            const p = parsed[key];
            if (p && "error" in p)
                problems.push({ path: here(key), message: `${key}: ${p.error}` });
        }
        const from = parsed.from;
        const to = parsed.to;
        if (zoneOk && from && to && !("error" in from) && !("error" in to)) {
            if (localToInstant(to, zone) <= localToInstant(from, zone)) {
                problems.push({
                    path: here("to"),
                    message: `to (${window.to}) must be later than from (${window.from})`,
                });
            }
        }
    });
    return problems;
}
const freezeSection = {
    key: "freeze",
    property: "freeze",
    schema: freezeSchema,
    defaults: defaultFreezePolicy,
    parse: parseFreezePolicy,
    check: checkFreezePolicy,
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/improvement.ts
const improvementSection = {
    key: "improvement",
    property: "improvement",
    schema: {
        type: "object",
        description: "Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.",
        additionalProperties: false,
        properties: {
            "earned-standard-changes": {
                type: "integer",
                minimum: 0,
                maximum: 100,
                description: "A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10.",
            },
            period: {
                type: "string",
                enum: ["week", "month"],
                description: "The period each report covers: week (Monday to Monday, UTC) or month. Default week.",
            },
            periods: {
                type: "integer",
                minimum: 1,
                maximum: 52,
                description: "How many periods the trend shows, the reported one included. Default 8.",
            },
        },
    },
    defaults: () => ({ earnedStandardChanges: 10, period: "week", periods: 8 }),
    parse(raw) {
        const r = (raw ?? {});
        return {
            earnedStandardChanges: r["earned-standard-changes"] ?? 10,
            period: r.period ?? "week",
            periods: r.periods ?? 8,
        };
    },
};

// EXTERNAL MODULE: ../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var semver = __webpack_require__(6388);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/release.ts

const releaseSection = {
    key: "release",
    property: "release",
    schema: {
        type: "object",
        description: "How release-bundle versions and tags releases.",
        additionalProperties: false,
        properties: {
            "tag-prefix": {
                type: "string",
                maxLength: 50,
                description: 'Text before the version in release tags (default "v": v1.4.0). The `tag-prefix` input of release-bundle wins over it.',
            },
            "initial-version": {
                type: "string",
                description: "Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable).",
            },
        },
    },
    defaults: () => ({ tagPrefix: "v", initialVersion: "0.1.0" }),
    parse(raw) {
        const r = (raw ?? {});
        return { tagPrefix: r["tag-prefix"] ?? "v", initialVersion: r["initial-version"] ?? "0.1.0" };
    },
    check(value) {
        const problems = [];
        if (!semver_default().valid(value.initialVersion) || value.initialVersion.includes("+")) {
            problems.push({
                path: ["initial-version"],
                message: `"${value.initialVersion}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. 0.1.0 or 1.0.0.`,
            });
        }
        if (/[\s~^:?*[\\]|\.\.|@\{/.test(value.tagPrefix) || /^[-/]/.test(value.tagPrefix)) {
            problems.push({
                path: ["tag-prefix"],
                message: `"${value.tagPrefix}" cannot start a git tag name: use letters, digits, "-", "_", "." or "/", e.g. "v".`,
            });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/review.ts
const LOGIN = "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";
const reviewSection = {
    key: "review",
    property: "review",
    schema: {
        type: "object",
        description: "Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.",
        additionalProperties: false,
        properties: {
            repository: {
                type: "string",
                pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
                description: "owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository).",
            },
            "due-in-days": {
                type: "integer",
                minimum: 0,
                maximum: 365,
                description: "Days from the deployment until the review is due (default 5).",
            },
            labels: {
                type: "array",
                items: { type: "string", minLength: 1, maxLength: 50 },
                description: "Extra labels every review gets, e.g. team/payments.",
            },
            assignees: {
                type: "array",
                items: { type: "string", pattern: LOGIN },
                description: "Logins assigned to every review, besides the authors of its change requests.",
            },
        },
    },
    defaults: () => ({ repository: null, dueInDays: 5, labels: [], assignees: [] }),
    parse(raw) {
        const r = (raw ?? {});
        return {
            repository: r.repository ?? null,
            dueInDays: r["due-in-days"] ?? 5,
            labels: r.labels ?? [],
            assignees: (r.assignees ?? []).map((a) => a.replace(/^@/, "")),
        };
    },
    check(value) {
        const problems = [];
        value.labels.forEach((label, i) => {
            if (label.includes(",")) {
                problems.push({
                    path: ["labels", i],
                    message: `"${label}" contains a comma, which GitHub label names cannot.`,
                });
            }
        });
        return problems;
    },
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/services.ts
/**
 * Policy section `services`: the services changes are planned against — which paths belong to
 * each, which services it depends on, and when it may be changed.
 *
 * ```yaml
 * services:
 *   - name: checkout
 *     paths: ["services/checkout/**", "libs/cart/**"]
 *     depends-on: [payments]
 *     maintenance-windows:             # same forms as freeze windows
 *       - name: Nightly
 *         start: "0 22 * * *"          # cron, in the window's timezone (default freeze.timezone)
 *         end: "0 6 * * *"
 *       - name: Migration weekend
 *         from: 2027-02-06T00:00
 *         to: 2027-02-08T00:00
 *   - name: payments
 *     paths: ["services/payments/**"]
 * ```
 *
 * A change request's "Services affected" are checked against these names (case-insensitively);
 * `change-requests.bind-services` limits a change request to the paths of its services.
 */



/** A service name as change requests write it: no comma (the form separates services with commas). */
const namePattern = "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$";
const servicesSchema = {
    type: "array",
    description: "The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.",
    items: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        description: "A service.",
        properties: {
            name: {
                type: "string",
                pattern: namePattern,
                description: "The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas).",
            },
            paths: globListSchema('Globs of the repository paths that belong to the service (e.g. "services/checkout/**"). With `change-requests.bind-services`, a change request covers only pull requests touching its services\' paths.'),
            "depends-on": {
                type: "array",
                items: { type: "string", pattern: namePattern },
                uniqueItems: true,
                description: "Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict.",
            },
            "maintenance-windows": {
                type: "array",
                items: {
                    ...windowSchema,
                    description: "A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.",
                },
                description: "When the service may be changed. A change planned outside them is a conflict. Absent: at any time.",
            },
        },
    },
};
function services_asRecord(value) {
    return value && typeof value === "object" && !Array.isArray(value)
        ? value
        : {};
}
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
/** Normalises the raw YAML value (already schema-checked). Never throws. */
function parseServicesPolicy(raw) {
    return (Array.isArray(raw) ? raw : []).map((item, i) => {
        const r = services_asRecord(item);
        const windows = Array.isArray(r["maintenance-windows"]) ? r["maintenance-windows"] : [];
        return {
            name: typeof r.name === "string" ? r.name.trim() : `service ${i + 1}`,
            paths: strings(r.paths),
            dependsOn: strings(r["depends-on"]).map((s) => s.trim()),
            maintenanceWindows: windows.map(parseWindow),
        };
    });
}
/** Unique names, dependencies on listed services (not on themselves), valid globs and windows. */
function checkServicesPolicy(value, raw) {
    const problems = [];
    const rawList = Array.isArray(raw) ? raw : [];
    const names = value.map((s) => s.name);
    const seen = new Map();
    value.forEach((service, i) => {
        const key = service.name.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
            problems.push({
                path: [i, "name"],
                message: `the service "${service.name}" is already listed (service ${first + 1}): keep one`,
            });
        }
        else
            seen.set(key, i);
    });
    value.forEach((service, i) => {
        const r = services_asRecord(rawList[i]);
        problems.push(...checkGlobs(service.paths, [i, "paths"]));
        service.dependsOn.forEach((name, j) => {
            if (name.toLowerCase() === service.name.toLowerCase()) {
                problems.push({
                    path: [i, "depends-on", j],
                    message: `a service cannot depend on itself: remove "${name}"`,
                });
            }
            else if (!seen.has(name.toLowerCase())) {
                const guess = closest(name, names);
                problems.push({
                    path: [i, "depends-on", j],
                    message: `"${name}" is not a service listed here${guess ? `: did you mean "${guess}"?` : `: add it to services, or remove it (listed: ${names.join(", ")})`}`,
                });
            }
        });
        const rawWindows = Array.isArray(r["maintenance-windows"]) ? r["maintenance-windows"] : [];
        // A window without its own timezone is read in freeze.timezone, checked in that section.
        problems.push(...checkWindows(rawWindows, service.maintenanceWindows, "UTC", [i, "maintenance-windows"], "maintenance"));
    });
    return problems;
}
const servicesSection = {
    key: "services",
    property: "services",
    schema: servicesSchema,
    defaults: () => [],
    parse: parseServicesPolicy,
    check: checkServicesPolicy,
};
/** The service the policy lists under this name (case-insensitive), if any. */
function findService(services, name) {
    const wanted = name.trim().toLowerCase();
    return services.find((s) => s.name.toLowerCase() === wanted);
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/version.ts
/**
 * `version: 1`. Optional: a file without it is read as version 1, so a file holding only the
 * section it needs (e.g. `freeze:`) works. Any other value is refused, so a file written for a
 * future format is never misread.
 */
const versionSection = {
    key: "version",
    property: "version",
    schema: {
        description: "Format version of this file. Optional; only 1 exists.",
        type: "integer",
        enum: [1],
        default: 1,
    },
    defaults: () => 1,
    parse: () => 1,
};

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/index.ts
/**
 * Every section of `.github/gatehouse.yml`: one line each, exporting the section under its
 * `property` name (a test checks that they match):
 *
 *   export { freezeSection as freeze } from "./freeze";
 *
 * `Policy` is derived from this list, so `policy.<property>` is typed as soon as the line exists.
 * After adding or changing a section, run `pnpm exec tsx scripts/policy-schema.ts` and commit
 * `schema/gatehouse.schema.json` and `policy/validator.generated.ts` (a test fails until then).
 * Semantic check messages should not repeat the path: the framework writes it in front.
 */












;// CONCATENATED MODULE: ../../packages/core/src/policy/schema.ts

/** The order sections appear in the schema, in `defaultPolicy()` and in problem lists. */
const KEY_ORDER = [
    "version",
    "change-requests",
    "approvals",
    "risk",
    "exempt-paths",
    "freeze",
    "services",
    "release",
    "review",
];
function rank(key) {
    const i = KEY_ORDER.indexOf(key);
    return i === -1 ? KEY_ORDER.length : i;
}
/** Every section, in file order. */
const policySections = sortSections(Object.values(sections_namespaceObject));
function sortSections(sections) {
    return [...sections].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}
/** The property each section is registered under in `sections/index.ts` (must equal its `property`). */
function registeredSectionNames() {
    return Object.fromEntries(Object.entries(registry).map(([name, section]) => [name, section.property]));
}
/** The JSON Schema (draft-07) of `.github/gatehouse.yml`, composed from the sections. */
function policySchema(sections = policySections) {
    return {
        $schema: "http://json-schema.org/draft-07/schema#",
        title: "Gatehouse policy",
        description: "The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.",
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(sections.map((section) => [section.key, section.schema])),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/validator.generated.ts
// Generated by scripts/policy-schema.ts from packages/core/src/policy/sections: do not edit.
// biome-ignore-all format: generated code
// biome-ignore-all lint: generated code
// @ts-nocheck
const schemaText = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"title\":\"Gatehouse policy\",\"description\":\"The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"version\":{\"description\":\"Format version of this file. Optional; only 1 exists.\",\"type\":\"integer\",\"enum\":[1],\"default\":1},\"change-requests\":{\"type\":\"object\",\"description\":\"Where change requests (issues opened with the change-request form) live.\",\"additionalProperties\":false,\"properties\":{\"repository\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"The one repository (owner/repo) holding change requests. Default: the deployed repository.\"},\"repositories\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\"},\"uniqueItems\":true,\"description\":\"Several repositories (owner/repo) whose issues may be change requests.\"},\"label\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The label every change request carries. Default: change-request.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC.\"},\"bind-services\":{\"type\":\"boolean\",\"default\":false,\"description\":\"A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change.\"},\"block-on-conflict\":{\"type\":\"boolean\",\"default\":false,\"description\":\"change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes.\"}}},\"approvals\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Who approves change requests (with /approve or the change/approved label) and how many.\",\"properties\":{\"approvers\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Approvers of normal changes (the change advisory board).\",\"properties\":{\"users\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$\",\"description\":\"a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"GitHub logins of people (never a bot or an App).\"},\"teams\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).\"}}},\"emergency-approvers\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Approvers of emergency changes; one approval from them is enough.\",\"properties\":{\"users\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$\",\"description\":\"a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"GitHub logins of people (never a bot or an App).\"},\"teams\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).\"}}},\"quorum\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Distinct approvals needed by risk.\",\"properties\":{\"low\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a low-risk change needs. Default: 1.\"},\"medium\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a medium-risk change needs. Default: 1.\"},\"high\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a high-risk change needs. Default: 2.\"}}},\"standard-changes\":{\"type\":\"array\",\"items\":{\"oneOf\":[{\"type\":\"string\",\"minLength\":1,\"description\":\"A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes.\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\"],\"description\":\"A standard change template and what it covers.\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The template's name, as the change request names it.\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"uniqueItems\":true,\"description\":\"Globs (e.g. \\\"package.json\\\", \\\"infra/tls/**\\\"): every file of every change linking a change request of this template must match one.\"},\"services\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"uniqueItems\":true,\"description\":\"Services the template covers: every service the change request names must be one of these.\"}}}]},\"uniqueItems\":true,\"description\":\"Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only.\"},\"unidentified-authors\":{\"type\":\"string\",\"enum\":[\"block\",\"report\"],\"default\":\"block\",\"description\":\"A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there.\"}}},\"risk\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"What raises a deployment's risk one level above the highest risk of its change requests.\",\"properties\":{\"sensitive-paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs (e.g. \\\"infra/**\\\", \\\".github/workflows/**\\\"); a deployment touching any of them is one level riskier.\"},\"large-change\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"A deployment larger than this is one level riskier.\",\"properties\":{\"files\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Changed files above which a deployment is large.\"},\"lines\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Changed lines (additions + deletions) above which a deployment is large.\"}}}}},\"exempt-paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs of paths that need no change request (e.g. \\\"docs/**\\\", \\\"**/*.md\\\"): a pull request or commit touching only these is exempt.\"},\"freeze\":{\"type\":\"object\",\"description\":\"Freeze windows: when deployments are blocked.\",\"additionalProperties\":false,\"properties\":{\"timezone\":{\"type\":\"string\",\"default\":\"UTC\",\"description\":\"IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC.\"},\"allow-emergency\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Let an approved emergency change request override a freeze.\"},\"hold\":{\"type\":\"boolean\",\"default\":false,\"description\":\"For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step.\"},\"windows\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).\",\"required\":[\"name\"],\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Shown in job summaries, outputs and the calendar.\"},\"reason\":{\"type\":\"string\",\"description\":\"Why deployments are frozen; shown to whoever is blocked.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.\"},\"environments\":{\"description\":\"Environments this window applies to (default: all). Compared case-insensitively.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}}]},\"start\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \\\"0 18 * * FRI\\\". Quote it in YAML.\"},\"end\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron when the freeze ends (exclusive), e.g. \\\"0 6 * * MON\\\".\"},\"from\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.\"},\"to\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.\"}}},\"description\":\"The freeze windows.\"}}},\"services\":{\"type\":\"array\",\"description\":\"The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.\",\"items\":{\"type\":\"object\",\"required\":[\"name\"],\"additionalProperties\":false,\"description\":\"A service.\",\"properties\":{\"name\":{\"type\":\"string\",\"pattern\":\"^[^,\\\\n\\\\r]*[^,\\\\s][^,\\\\n\\\\r]*$\",\"description\":\"The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas).\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs of the repository paths that belong to the service (e.g. \\\"services/checkout/**\\\"). With `change-requests.bind-services`, a change request covers only pull requests touching its services' paths.\"},\"depends-on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[^,\\\\n\\\\r]*[^,\\\\s][^,\\\\n\\\\r]*$\"},\"uniqueItems\":true,\"description\":\"Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict.\"},\"maintenance-windows\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.\",\"required\":[\"name\"],\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Shown in job summaries, outputs and the calendar.\"},\"reason\":{\"type\":\"string\",\"description\":\"Why deployments are frozen; shown to whoever is blocked.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.\"},\"environments\":{\"description\":\"Environments this window applies to (default: all). Compared case-insensitively.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}}]},\"start\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \\\"0 18 * * FRI\\\". Quote it in YAML.\"},\"end\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron when the freeze ends (exclusive), e.g. \\\"0 6 * * MON\\\".\"},\"from\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.\"},\"to\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.\"}}},\"description\":\"When the service may be changed. A change planned outside them is a conflict. Absent: at any time.\"}}}},\"release\":{\"type\":\"object\",\"description\":\"How release-bundle versions and tags releases.\",\"additionalProperties\":false,\"properties\":{\"tag-prefix\":{\"type\":\"string\",\"maxLength\":50,\"description\":\"Text before the version in release tags (default \\\"v\\\": v1.4.0). The `tag-prefix` input of release-bundle wins over it.\"},\"initial-version\":{\"type\":\"string\",\"description\":\"Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable).\"}}},\"review\":{\"type\":\"object\",\"description\":\"Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.\",\"additionalProperties\":false,\"properties\":{\"repository\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository).\"},\"due-in-days\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":365,\"description\":\"Days from the deployment until the review is due (default 5).\"},\"labels\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":50},\"description\":\"Extra labels every review gets, e.g. team/payments.\"},\"assignees\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$\"},\"description\":\"Logins assigned to every review, besides the authors of its change requests.\"}}},\"deployments\":{\"type\":\"object\",\"description\":\"Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.\",\"additionalProperties\":false,\"properties\":{\"trusted-creators\":{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\\\[bot\\\\])?$\"},\"description\":\"Logins whose deployments and success statuses count (bots with \\\"[bot]\\\", e.g. \\\"my-deployer[bot]\\\"). The list replaces the default, [\\\"github-actions[bot]\\\"] (the identity GitHub records for a job that uses an environment): list it too to keep it.\"}}},\"improvement\":{\"type\":\"object\",\"description\":\"Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.\",\"additionalProperties\":false,\"properties\":{\"earned-standard-changes\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100,\"description\":\"A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10.\"},\"period\":{\"type\":\"string\",\"enum\":[\"week\",\"month\"],\"description\":\"The period each report covers: week (Monday to Monday, UTC) or month. Default week.\"},\"periods\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":52,\"description\":\"How many periods the trend shows, the reported one included. Default 8.\"}}}}}";
"use strict";
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const validator_generated = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Gatehouse policy", "description": "The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.", "type": "object", "additionalProperties": false, "properties": { "version": { "description": "Format version of this file. Optional; only 1 exists.", "type": "integer", "enum": [1], "default": 1 }, "change-requests": { "type": "object", "description": "Where change requests (issues opened with the change-request form) live.", "additionalProperties": false, "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "The one repository (owner/repo) holding change requests. Default: the deployed repository." }, "repositories": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "uniqueItems": true, "description": "Several repositories (owner/repo) whose issues may be change requests." }, "label": { "type": "string", "minLength": 1, "description": "The label every change request carries. Default: change-request." }, "timezone": { "type": "string", "description": "IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC." }, "bind-services": { "type": "boolean", "default": false, "description": "A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change." }, "block-on-conflict": { "type": "boolean", "default": false, "description": "change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes." } } }, "approvals": { "type": "object", "additionalProperties": false, "description": "Who approves change requests (with /approve or the change/approved label) and how many.", "properties": { "approvers": { "type": "object", "additionalProperties": false, "description": "Approvers of normal changes (the change advisory board).", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "description": "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "GitHub logins of people (never a bot or an App)." }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org)." } } }, "emergency-approvers": { "type": "object", "additionalProperties": false, "description": "Approvers of emergency changes; one approval from them is enough.", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "description": "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "GitHub logins of people (never a bot or an App)." }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org)." } } }, "quorum": { "type": "object", "additionalProperties": false, "description": "Distinct approvals needed by risk.", "properties": { "low": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a low-risk change needs. Default: 1." }, "medium": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a medium-risk change needs. Default: 1." }, "high": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a high-risk change needs. Default: 2." } } }, "standard-changes": { "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes." }, { "type": "object", "additionalProperties": false, "required": ["name"], "description": "A standard change template and what it covers.", "properties": { "name": { "type": "string", "minLength": 1, "description": "The template's name, as the change request names it." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "uniqueItems": true, "description": "Globs (e.g. \"package.json\", \"infra/tls/**\"): every file of every change linking a change request of this template must match one." }, "services": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "uniqueItems": true, "description": "Services the template covers: every service the change request names must be one of these." } } }] }, "uniqueItems": true, "description": "Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only." }, "unidentified-authors": { "type": "string", "enum": ["block", "report"], "default": "block", "description": "A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there." } } }, "risk": { "type": "object", "additionalProperties": false, "description": "What raises a deployment's risk one level above the highest risk of its change requests.", "properties": { "sensitive-paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs (e.g. \"infra/**\", \".github/workflows/**\"); a deployment touching any of them is one level riskier." }, "large-change": { "type": "object", "additionalProperties": false, "description": "A deployment larger than this is one level riskier.", "properties": { "files": { "type": "integer", "minimum": 1, "description": "Changed files above which a deployment is large." }, "lines": { "type": "integer", "minimum": 1, "description": "Changed lines (additions + deletions) above which a deployment is large." } } } } }, "exempt-paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs of paths that need no change request (e.g. \"docs/**\", \"**/*.md\"): a pull request or commit touching only these is exempt." }, "freeze": { "type": "object", "description": "Freeze windows: when deployments are blocked.", "additionalProperties": false, "properties": { "timezone": { "type": "string", "default": "UTC", "description": "IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC." }, "allow-emergency": { "type": "boolean", "default": false, "description": "Let an approved emergency change request override a freeze." }, "hold": { "type": "boolean", "default": false, "description": "For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step." }, "windows": { "type": "array", "items": { "type": "object", "description": "A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in job summaries, outputs and the calendar." }, "reason": { "type": "string", "description": "Why deployments are frozen; shown to whoever is blocked." }, "timezone": { "type": "string", "description": "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`." }, "environments": { "description": "Environments this window applies to (default: all). Compared case-insensitively.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "start": { "type": "string", "description": "Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \"0 18 * * FRI\". Quote it in YAML." }, "end": { "type": "string", "description": "Recurring: 5-field cron when the freeze ends (exclusive), e.g. \"0 6 * * MON\"." }, "from": { "type": "string", "description": "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00." }, "to": { "type": "string", "description": "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00." } } }, "description": "The freeze windows." } } }, "services": { "type": "array", "description": "The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.", "items": { "type": "object", "required": ["name"], "additionalProperties": false, "description": "A service.", "properties": { "name": { "type": "string", "pattern": "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", "description": "The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas)." }, "paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs of the repository paths that belong to the service (e.g. \"services/checkout/**\"). With `change-requests.bind-services`, a change request covers only pull requests touching its services' paths." }, "depends-on": { "type": "array", "items": { "type": "string", "pattern": "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, "uniqueItems": true, "description": "Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict." }, "maintenance-windows": { "type": "array", "items": { "type": "object", "description": "A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in job summaries, outputs and the calendar." }, "reason": { "type": "string", "description": "Why deployments are frozen; shown to whoever is blocked." }, "timezone": { "type": "string", "description": "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`." }, "environments": { "description": "Environments this window applies to (default: all). Compared case-insensitively.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "start": { "type": "string", "description": "Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \"0 18 * * FRI\". Quote it in YAML." }, "end": { "type": "string", "description": "Recurring: 5-field cron when the freeze ends (exclusive), e.g. \"0 6 * * MON\"." }, "from": { "type": "string", "description": "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00." }, "to": { "type": "string", "description": "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00." } } }, "description": "When the service may be changed. A change planned outside them is a conflict. Absent: at any time." } } } }, "release": { "type": "object", "description": "How release-bundle versions and tags releases.", "additionalProperties": false, "properties": { "tag-prefix": { "type": "string", "maxLength": 50, "description": "Text before the version in release tags (default \"v\": v1.4.0). The `tag-prefix` input of release-bundle wins over it." }, "initial-version": { "type": "string", "description": "Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable)." } } }, "review": { "type": "object", "description": "Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.", "additionalProperties": false, "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository)." }, "due-in-days": { "type": "integer", "minimum": 0, "maximum": 365, "description": "Days from the deployment until the review is due (default 5)." }, "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "description": "Extra labels every review gets, e.g. team/payments." }, "assignees": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, "description": "Logins assigned to every review, besides the authors of its change requests." } } }, "deployments": { "type": "object", "description": "Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.", "additionalProperties": false, "properties": { "trusted-creators": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" }, "description": "Logins whose deployments and success statuses count (bots with \"[bot]\", e.g. \"my-deployer[bot]\"). The list replaces the default, [\"github-actions[bot]\"] (the identity GitHub records for a job that uses an environment): list it too to keep it." } } }, "improvement": { "type": "object", "description": "Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.", "additionalProperties": false, "properties": { "earned-standard-changes": { "type": "integer", "minimum": 0, "maximum": 100, "description": "A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10." }, "period": { "type": "string", "enum": ["week", "month"], "description": "The period each report covers: week (Monday to Monday, UTC) or month. Default week." }, "periods": { "type": "integer", "minimum": 1, "maximum": 52, "description": "How many periods the trend shows, the reported one included. Default 8." } } } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = ((value) => [...value].length);
const func0 = (function equal(a, b) {
    if (a === b)
        return true;
    if (a && b && typeof a === "object" && typeof b === "object") {
        if (Array.isArray(a) !== Array.isArray(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
    }
    return a !== a && b !== b;
});
const pattern0 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern2 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "u");
const pattern3 = new RegExp("^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern6 = new RegExp("^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", "u");
const pattern9 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) {
            const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!(data0 === 1)) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.version.enum, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data["change-requests"] !== undefined) {
        let data1 = data["change-requests"];
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                if (!((((((key1 === "repository") || (key1 === "repositories")) || (key1 === "label")) || (key1 === "timezone")) || (key1 === "bind-services")) || (key1 === "block-on-conflict"))) {
                    const err3 = { instancePath: instancePath + "/change-requests", schemaPath: "#/properties/change-requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties["change-requests"], data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data1.repository !== undefined) {
                let data2 = data1.repository;
                if (typeof data2 === "string") {
                    if (!pattern0.test(data2)) {
                        const err4 = { instancePath: instancePath + "/change-requests/repository", schemaPath: "#/properties/change-requests/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties["change-requests"].properties.repository, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/change-requests/repository", schemaPath: "#/properties/change-requests/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["change-requests"].properties.repository.type, parentSchema: schema11.properties["change-requests"].properties.repository, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data1.repositories !== undefined) {
                let data3 = data1.repositories;
                if (Array.isArray(data3)) {
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        if (typeof data4 === "string") {
                            if (!pattern0.test(data4)) {
                                const err6 = { instancePath: instancePath + "/change-requests/repositories/" + i0, schemaPath: "#/properties/change-requests/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties["change-requests"].properties.repositories.items, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err7 = { instancePath: instancePath + "/change-requests/repositories/" + i0, schemaPath: "#/properties/change-requests/properties/repositories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["change-requests"].properties.repositories.items.type, parentSchema: schema11.properties["change-requests"].properties.repositories.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    let i1 = data3.length;
                    let j0;
                    if (i1 > 1) {
                        const indices0 = {};
                        for (; i1--;) {
                            let item0 = data3[i1];
                            if (typeof item0 !== "string") {
                                continue;
                            }
                            if (typeof indices0[item0] == "number") {
                                j0 = indices0[item0];
                                const err8 = { instancePath: instancePath + "/change-requests/repositories", schemaPath: "#/properties/change-requests/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties["change-requests"].properties.repositories, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                                break;
                            }
                            indices0[item0] = i1;
                        }
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/change-requests/repositories", schemaPath: "#/properties/change-requests/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["change-requests"].properties.repositories.type, parentSchema: schema11.properties["change-requests"].properties.repositories, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.label !== undefined) {
                let data5 = data1.label;
                if (typeof data5 === "string") {
                    if (func3(data5) < 1) {
                        const err10 = { instancePath: instancePath + "/change-requests/label", schemaPath: "#/properties/change-requests/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties["change-requests"].properties.label, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/change-requests/label", schemaPath: "#/properties/change-requests/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["change-requests"].properties.label.type, parentSchema: schema11.properties["change-requests"].properties.label, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.timezone !== undefined) {
                let data6 = data1.timezone;
                if (typeof data6 !== "string") {
                    const err12 = { instancePath: instancePath + "/change-requests/timezone", schemaPath: "#/properties/change-requests/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["change-requests"].properties.timezone.type, parentSchema: schema11.properties["change-requests"].properties.timezone, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data1["bind-services"] !== undefined) {
                let data7 = data1["bind-services"];
                if (typeof data7 !== "boolean") {
                    const err13 = { instancePath: instancePath + "/change-requests/bind-services", schemaPath: "#/properties/change-requests/properties/bind-services/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties["change-requests"].properties["bind-services"].type, parentSchema: schema11.properties["change-requests"].properties["bind-services"], data: data7 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data1["block-on-conflict"] !== undefined) {
                let data8 = data1["block-on-conflict"];
                if (typeof data8 !== "boolean") {
                    const err14 = { instancePath: instancePath + "/change-requests/block-on-conflict", schemaPath: "#/properties/change-requests/properties/block-on-conflict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties["change-requests"].properties["block-on-conflict"].type, parentSchema: schema11.properties["change-requests"].properties["block-on-conflict"], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/change-requests", schemaPath: "#/properties/change-requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["change-requests"].type, parentSchema: schema11.properties["change-requests"], data: data1 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.approvals !== undefined) {
        let data9 = data.approvals;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
                if (!(((((key2 === "approvers") || (key2 === "emergency-approvers")) || (key2 === "quorum")) || (key2 === "standard-changes")) || (key2 === "unidentified-authors"))) {
                    const err16 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data9.approvers !== undefined) {
                let data10 = data9.approvers;
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key3 in data10) {
                        if (!((key3 === "users") || (key3 === "teams"))) {
                            const err17 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals.properties.approvers, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data10.users !== undefined) {
                        let data11 = data10.users;
                        if (Array.isArray(data11)) {
                            const len1 = data11.length;
                            for (let i2 = 0; i2 < len1; i2++) {
                                let data12 = data11[i2];
                                if (typeof data12 === "string") {
                                    if (!pattern2.test(data12)) {
                                        const err18 = { instancePath: instancePath + "/approvals/approvers/users/" + i2, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", parentSchema: schema11.properties.approvals.properties.approvers.properties.users.items, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err18];
                                        }
                                        else {
                                            vErrors.push(err18);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err19 = { instancePath: instancePath + "/approvals/approvers/users/" + i2, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties.approvers.properties.users.items.type, parentSchema: schema11.properties.approvals.properties.approvers.properties.users.items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                            }
                            let i3 = data11.length;
                            let j1;
                            if (i3 > 1) {
                                const indices1 = {};
                                for (; i3--;) {
                                    let item1 = data11[i3];
                                    if (typeof item1 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices1[item1] == "number") {
                                        j1 = indices1[item1];
                                        const err20 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties.approvers.properties.users, data: data11 };
                                        if (vErrors === null) {
                                            vErrors = [err20];
                                        }
                                        else {
                                            vErrors.push(err20);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices1[item1] = i3;
                                }
                            }
                        }
                        else {
                            const err21 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties.approvers.properties.users.type, parentSchema: schema11.properties.approvals.properties.approvers.properties.users, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data10.teams !== undefined) {
                        let data13 = data10.teams;
                        if (Array.isArray(data13)) {
                            const len2 = data13.length;
                            for (let i4 = 0; i4 < len2; i4++) {
                                let data14 = data13[i4];
                                if (typeof data14 === "string") {
                                    if (!pattern3.test(data14)) {
                                        const err22 = { instancePath: instancePath + "/approvals/approvers/teams/" + i4, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties.approvals.properties.approvers.properties.teams.items, data: data14 };
                                        if (vErrors === null) {
                                            vErrors = [err22];
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err23 = { instancePath: instancePath + "/approvals/approvers/teams/" + i4, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties.approvers.properties.teams.items.type, parentSchema: schema11.properties.approvals.properties.approvers.properties.teams.items, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            let i5 = data13.length;
                            let j2;
                            if (i5 > 1) {
                                const indices2 = {};
                                for (; i5--;) {
                                    let item2 = data13[i5];
                                    if (typeof item2 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices2[item2] == "number") {
                                        j2 = indices2[item2];
                                        const err24 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties.approvers.properties.teams, data: data13 };
                                        if (vErrors === null) {
                                            vErrors = [err24];
                                        }
                                        else {
                                            vErrors.push(err24);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices2[item2] = i5;
                                }
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties.approvers.properties.teams.type, parentSchema: schema11.properties.approvals.properties.approvers.properties.teams, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.properties.approvers.type, parentSchema: schema11.properties.approvals.properties.approvers, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data9["emergency-approvers"] !== undefined) {
                let data15 = data9["emergency-approvers"];
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    for (const key4 in data15) {
                        if (!((key4 === "users") || (key4 === "teams"))) {
                            const err27 = { instancePath: instancePath + "/approvals/emergency-approvers", schemaPath: "#/properties/approvals/properties/emergency-approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals.properties["emergency-approvers"], data: data15 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    if (data15.users !== undefined) {
                        let data16 = data15.users;
                        if (Array.isArray(data16)) {
                            const len3 = data16.length;
                            for (let i6 = 0; i6 < len3; i6++) {
                                let data17 = data16[i6];
                                if (typeof data17 === "string") {
                                    if (!pattern2.test(data17)) {
                                        const err28 = { instancePath: instancePath + "/approvals/emergency-approvers/users/" + i6, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.users.items, data: data17 };
                                        if (vErrors === null) {
                                            vErrors = [err28];
                                        }
                                        else {
                                            vErrors.push(err28);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err29 = { instancePath: instancePath + "/approvals/emergency-approvers/users/" + i6, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["emergency-approvers"].properties.users.items.type, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.users.items, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                            }
                            let i7 = data16.length;
                            let j3;
                            if (i7 > 1) {
                                const indices3 = {};
                                for (; i7--;) {
                                    let item3 = data16[i7];
                                    if (typeof item3 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices3[item3] == "number") {
                                        j3 = indices3[item3];
                                        const err30 = { instancePath: instancePath + "/approvals/emergency-approvers/users", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.users, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err30];
                                        }
                                        else {
                                            vErrors.push(err30);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices3[item3] = i7;
                                }
                            }
                        }
                        else {
                            const err31 = { instancePath: instancePath + "/approvals/emergency-approvers/users", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties["emergency-approvers"].properties.users.type, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.users, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data15.teams !== undefined) {
                        let data18 = data15.teams;
                        if (Array.isArray(data18)) {
                            const len4 = data18.length;
                            for (let i8 = 0; i8 < len4; i8++) {
                                let data19 = data18[i8];
                                if (typeof data19 === "string") {
                                    if (!pattern3.test(data19)) {
                                        const err32 = { instancePath: instancePath + "/approvals/emergency-approvers/teams/" + i8, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items, data: data19 };
                                        if (vErrors === null) {
                                            vErrors = [err32];
                                        }
                                        else {
                                            vErrors.push(err32);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err33 = { instancePath: instancePath + "/approvals/emergency-approvers/teams/" + i8, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items.type, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            let i9 = data18.length;
                            let j4;
                            if (i9 > 1) {
                                const indices4 = {};
                                for (; i9--;) {
                                    let item4 = data18[i9];
                                    if (typeof item4 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices4[item4] == "number") {
                                        j4 = indices4[item4];
                                        const err34 = { instancePath: instancePath + "/approvals/emergency-approvers/teams", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices4[item4] = i9;
                                }
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/approvals/emergency-approvers/teams", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams.type, parentSchema: schema11.properties.approvals.properties["emergency-approvers"].properties.teams, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err36 = { instancePath: instancePath + "/approvals/emergency-approvers", schemaPath: "#/properties/approvals/properties/emergency-approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.properties["emergency-approvers"].type, parentSchema: schema11.properties.approvals.properties["emergency-approvers"], data: data15 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data9.quorum !== undefined) {
                let data20 = data9.quorum;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    for (const key5 in data20) {
                        if (!(((key5 === "low") || (key5 === "medium")) || (key5 === "high"))) {
                            const err37 = { instancePath: instancePath + "/approvals/quorum", schemaPath: "#/properties/approvals/properties/quorum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals.properties.quorum, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data20.low !== undefined) {
                        let data21 = data20.low;
                        if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                            const err38 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.approvals.properties.quorum.properties.low.type, parentSchema: schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (typeof data21 == "number") {
                            if (data21 > 20 || isNaN(data21)) {
                                const err39 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            if (data21 < 1 || isNaN(data21)) {
                                const err40 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data20.medium !== undefined) {
                        let data22 = data20.medium;
                        if (!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) {
                            const err41 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.approvals.properties.quorum.properties.medium.type, parentSchema: schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        if (typeof data22 == "number") {
                            if (data22 > 20 || isNaN(data22)) {
                                const err42 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                            if (data22 < 1 || isNaN(data22)) {
                                const err43 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data20.high !== undefined) {
                        let data23 = data20.high;
                        if (!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) {
                            const err44 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.approvals.properties.quorum.properties.high.type, parentSchema: schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                        if (typeof data23 == "number") {
                            if (data23 > 20 || isNaN(data23)) {
                                const err45 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (data23 < 1 || isNaN(data23)) {
                                const err46 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/approvals/quorum", schemaPath: "#/properties/approvals/properties/quorum/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.properties.quorum.type, parentSchema: schema11.properties.approvals.properties.quorum, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data9["standard-changes"] !== undefined) {
                let data24 = data9["standard-changes"];
                if (Array.isArray(data24)) {
                    const len5 = data24.length;
                    for (let i10 = 0; i10 < len5; i10++) {
                        let data25 = data24[i10];
                        const _errs58 = errors;
                        let valid23 = false;
                        let passing0 = null;
                        const _errs59 = errors;
                        if (typeof data25 === "string") {
                            if (func3(data25) < 1) {
                                const err48 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[0], data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err49 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[0].type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[0], data: data25 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        var _valid0 = _errs59 === errors;
                        if (_valid0) {
                            valid23 = true;
                            passing0 = 0;
                        }
                        const _errs61 = errors;
                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                            if (data25.name === undefined) {
                                const err50 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].required, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            for (const key6 in data25) {
                                if (!(((key6 === "name") || (key6 === "paths")) || (key6 === "services"))) {
                                    const err51 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            if (data25.name !== undefined) {
                                let data26 = data25.name;
                                if (typeof data26 === "string") {
                                    if (func3(data26) < 1) {
                                        const err52 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/name", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name, data: data26 };
                                        if (vErrors === null) {
                                            vErrors = [err52];
                                        }
                                        else {
                                            vErrors.push(err52);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err53 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/name", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name.type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name, data: data26 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            if (data25.paths !== undefined) {
                                let data27 = data25.paths;
                                if (Array.isArray(data27)) {
                                    if (data27.length < 1) {
                                        const err54 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                    const len6 = data27.length;
                                    for (let i11 = 0; i11 < len6; i11++) {
                                        let data28 = data27[i11];
                                        if (typeof data28 === "string") {
                                            if (func3(data28) < 1) {
                                                const err55 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths/" + i11, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items, data: data28 };
                                                if (vErrors === null) {
                                                    vErrors = [err55];
                                                }
                                                else {
                                                    vErrors.push(err55);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err56 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths/" + i11, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items.type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items, data: data28 };
                                            if (vErrors === null) {
                                                vErrors = [err56];
                                            }
                                            else {
                                                vErrors.push(err56);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i12 = data27.length;
                                    let j5;
                                    if (i12 > 1) {
                                        const indices5 = {};
                                        for (; i12--;) {
                                            let item5 = data27[i12];
                                            if (typeof item5 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices5[item5] == "number") {
                                                j5 = indices5[item5];
                                                const err57 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
                                                if (vErrors === null) {
                                                    vErrors = [err57];
                                                }
                                                else {
                                                    vErrors.push(err57);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices5[item5] = i12;
                                        }
                                    }
                                }
                                else {
                                    const err58 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                            }
                            if (data25.services !== undefined) {
                                let data29 = data25.services;
                                if (Array.isArray(data29)) {
                                    if (data29.length < 1) {
                                        const err59 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                    const len7 = data29.length;
                                    for (let i13 = 0; i13 < len7; i13++) {
                                        let data30 = data29[i13];
                                        if (typeof data30 === "string") {
                                            if (func3(data30) < 1) {
                                                const err60 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services/" + i13, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items, data: data30 };
                                                if (vErrors === null) {
                                                    vErrors = [err60];
                                                }
                                                else {
                                                    vErrors.push(err60);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err61 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services/" + i13, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items.type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items, data: data30 };
                                            if (vErrors === null) {
                                                vErrors = [err61];
                                            }
                                            else {
                                                vErrors.push(err61);
                                            }
                                            errors++;
                                        }
                                    }
                                    let i14 = data29.length;
                                    let j6;
                                    if (i14 > 1) {
                                        const indices6 = {};
                                        for (; i14--;) {
                                            let item6 = data29[i14];
                                            if (typeof item6 !== "string") {
                                                continue;
                                            }
                                            if (typeof indices6[item6] == "number") {
                                                j6 = indices6[item6];
                                                const err62 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
                                                if (vErrors === null) {
                                                    vErrors = [err62];
                                                }
                                                else {
                                                    vErrors.push(err62);
                                                }
                                                errors++;
                                                break;
                                            }
                                            indices6[item6] = i14;
                                        }
                                    }
                                }
                                else {
                                    const err63 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err63];
                                    }
                                    else {
                                        vErrors.push(err63);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].type, parentSchema: schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                        var _valid0 = _errs61 === errors;
                        if (_valid0 && valid23) {
                            valid23 = false;
                            passing0 = [passing0, 1];
                        }
                        else {
                            if (_valid0) {
                                valid23 = true;
                                passing0 = 1;
                            }
                        }
                        if (!valid23) {
                            const err65 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.approvals.properties["standard-changes"].items.oneOf, parentSchema: schema11.properties.approvals.properties["standard-changes"].items, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs58;
                            if (vErrors !== null) {
                                if (_errs58) {
                                    vErrors.length = _errs58;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    let i15 = data24.length;
                    let j7;
                    if (i15 > 1) {
                        outer0: for (; i15--;) {
                            for (j7 = i15; j7--;) {
                                if (func0(data24[i15], data24[j7])) {
                                    const err66 = { instancePath: instancePath + "/approvals/standard-changes", schemaPath: "#/properties/approvals/properties/standard-changes/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema11.properties.approvals.properties["standard-changes"], data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err66];
                                    }
                                    else {
                                        vErrors.push(err66);
                                    }
                                    errors++;
                                    break outer0;
                                }
                            }
                        }
                    }
                }
                else {
                    const err67 = { instancePath: instancePath + "/approvals/standard-changes", schemaPath: "#/properties/approvals/properties/standard-changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.approvals.properties["standard-changes"].type, parentSchema: schema11.properties.approvals.properties["standard-changes"], data: data24 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            if (data9["unidentified-authors"] !== undefined) {
                let data31 = data9["unidentified-authors"];
                if (typeof data31 !== "string") {
                    const err68 = { instancePath: instancePath + "/approvals/unidentified-authors", schemaPath: "#/properties/approvals/properties/unidentified-authors/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.approvals.properties["unidentified-authors"].type, parentSchema: schema11.properties.approvals.properties["unidentified-authors"], data: data31 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
                if (!((data31 === "block") || (data31 === "report"))) {
                    const err69 = { instancePath: instancePath + "/approvals/unidentified-authors", schemaPath: "#/properties/approvals/properties/unidentified-authors/enum", keyword: "enum", params: { allowedValues: schema11.properties.approvals.properties["unidentified-authors"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.approvals.properties["unidentified-authors"].enum, parentSchema: schema11.properties.approvals.properties["unidentified-authors"], data: data31 };
                    if (vErrors === null) {
                        vErrors = [err69];
                    }
                    else {
                        vErrors.push(err69);
                    }
                    errors++;
                }
            }
        }
        else {
            const err70 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.approvals.type, parentSchema: schema11.properties.approvals, data: data9 };
            if (vErrors === null) {
                vErrors = [err70];
            }
            else {
                vErrors.push(err70);
            }
            errors++;
        }
    }
    if (data.risk !== undefined) {
        let data32 = data.risk;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key7 in data32) {
                if (!((key7 === "sensitive-paths") || (key7 === "large-change"))) {
                    const err71 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.risk, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
            }
            if (data32["sensitive-paths"] !== undefined) {
                let data33 = data32["sensitive-paths"];
                if (Array.isArray(data33)) {
                    const len8 = data33.length;
                    for (let i16 = 0; i16 < len8; i16++) {
                        let data34 = data33[i16];
                        if (typeof data34 !== "string") {
                            const err72 = { instancePath: instancePath + "/risk/sensitive-paths/" + i16, schemaPath: "#/properties/risk/properties/sensitive-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.risk.properties["sensitive-paths"].items.type, parentSchema: schema11.properties.risk.properties["sensitive-paths"].items, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err72];
                            }
                            else {
                                vErrors.push(err72);
                            }
                            errors++;
                        }
                    }
                    let i17 = data33.length;
                    let j8;
                    if (i17 > 1) {
                        const indices7 = {};
                        for (; i17--;) {
                            let item7 = data33[i17];
                            if (typeof item7 !== "string") {
                                continue;
                            }
                            if (typeof indices7[item7] == "number") {
                                j8 = indices7[item7];
                                const err73 = { instancePath: instancePath + "/risk/sensitive-paths", schemaPath: "#/properties/risk/properties/sensitive-paths/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: schema11.properties.risk.properties["sensitive-paths"], data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                                break;
                            }
                            indices7[item7] = i17;
                        }
                    }
                }
                else {
                    const err74 = { instancePath: instancePath + "/risk/sensitive-paths", schemaPath: "#/properties/risk/properties/sensitive-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.risk.properties["sensitive-paths"].type, parentSchema: schema11.properties.risk.properties["sensitive-paths"], data: data33 };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
            }
            if (data32["large-change"] !== undefined) {
                let data35 = data32["large-change"];
                if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                    for (const key8 in data35) {
                        if (!((key8 === "files") || (key8 === "lines"))) {
                            const err75 = { instancePath: instancePath + "/risk/large-change", schemaPath: "#/properties/risk/properties/large-change/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.risk.properties["large-change"], data: data35 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    if (data35.files !== undefined) {
                        let data36 = data35.files;
                        if (!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))) {
                            const err76 = { instancePath: instancePath + "/risk/large-change/files", schemaPath: "#/properties/risk/properties/large-change/properties/files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.risk.properties["large-change"].properties.files.type, parentSchema: schema11.properties.risk.properties["large-change"].properties.files, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                        if (typeof data36 == "number") {
                            if (data36 < 1 || isNaN(data36)) {
                                const err77 = { instancePath: instancePath + "/risk/large-change/files", schemaPath: "#/properties/risk/properties/large-change/properties/files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.risk.properties["large-change"].properties.files, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data35.lines !== undefined) {
                        let data37 = data35.lines;
                        if (!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))) {
                            const err78 = { instancePath: instancePath + "/risk/large-change/lines", schemaPath: "#/properties/risk/properties/large-change/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.risk.properties["large-change"].properties.lines.type, parentSchema: schema11.properties.risk.properties["large-change"].properties.lines, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                        if (typeof data37 == "number") {
                            if (data37 < 1 || isNaN(data37)) {
                                const err79 = { instancePath: instancePath + "/risk/large-change/lines", schemaPath: "#/properties/risk/properties/large-change/properties/lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.risk.properties["large-change"].properties.lines, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                    }
                }
                else {
                    const err80 = { instancePath: instancePath + "/risk/large-change", schemaPath: "#/properties/risk/properties/large-change/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.risk.properties["large-change"].type, parentSchema: schema11.properties.risk.properties["large-change"], data: data35 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
        }
        else {
            const err81 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.risk.type, parentSchema: schema11.properties.risk, data: data32 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    if (data["exempt-paths"] !== undefined) {
        let data38 = data["exempt-paths"];
        if (Array.isArray(data38)) {
            const len9 = data38.length;
            for (let i18 = 0; i18 < len9; i18++) {
                let data39 = data38[i18];
                if (typeof data39 !== "string") {
                    const err82 = { instancePath: instancePath + "/exempt-paths/" + i18, schemaPath: "#/properties/exempt-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["exempt-paths"].items.type, parentSchema: schema11.properties["exempt-paths"].items, data: data39 };
                    if (vErrors === null) {
                        vErrors = [err82];
                    }
                    else {
                        vErrors.push(err82);
                    }
                    errors++;
                }
            }
            let i19 = data38.length;
            let j9;
            if (i19 > 1) {
                const indices8 = {};
                for (; i19--;) {
                    let item8 = data38[i19];
                    if (typeof item8 !== "string") {
                        continue;
                    }
                    if (typeof indices8[item8] == "number") {
                        j9 = indices8[item8];
                        const err83 = { instancePath: instancePath + "/exempt-paths", schemaPath: "#/properties/exempt-paths/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i19 + " are identical)", schema: true, parentSchema: schema11.properties["exempt-paths"], data: data38 };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                        break;
                    }
                    indices8[item8] = i19;
                }
            }
        }
        else {
            const err84 = { instancePath: instancePath + "/exempt-paths", schemaPath: "#/properties/exempt-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["exempt-paths"].type, parentSchema: schema11.properties["exempt-paths"], data: data38 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
    }
    if (data.freeze !== undefined) {
        let data40 = data.freeze;
        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (const key9 in data40) {
                if (!((((key9 === "timezone") || (key9 === "allow-emergency")) || (key9 === "hold")) || (key9 === "windows"))) {
                    const err85 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.freeze, data: data40 };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
            }
            if (data40.timezone !== undefined) {
                let data41 = data40.timezone;
                if (typeof data41 !== "string") {
                    const err86 = { instancePath: instancePath + "/freeze/timezone", schemaPath: "#/properties/freeze/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.timezone.type, parentSchema: schema11.properties.freeze.properties.timezone, data: data41 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
            if (data40["allow-emergency"] !== undefined) {
                let data42 = data40["allow-emergency"];
                if (typeof data42 !== "boolean") {
                    const err87 = { instancePath: instancePath + "/freeze/allow-emergency", schemaPath: "#/properties/freeze/properties/allow-emergency/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.freeze.properties["allow-emergency"].type, parentSchema: schema11.properties.freeze.properties["allow-emergency"], data: data42 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data40.hold !== undefined) {
                let data43 = data40.hold;
                if (typeof data43 !== "boolean") {
                    const err88 = { instancePath: instancePath + "/freeze/hold", schemaPath: "#/properties/freeze/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.freeze.properties.hold.type, parentSchema: schema11.properties.freeze.properties.hold, data: data43 };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
            }
            if (data40.windows !== undefined) {
                let data44 = data40.windows;
                if (Array.isArray(data44)) {
                    const len10 = data44.length;
                    for (let i20 = 0; i20 < len10; i20++) {
                        let data45 = data44[i20];
                        if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                            if (data45.name === undefined) {
                                const err89 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.freeze.properties.windows.items.required, parentSchema: schema11.properties.freeze.properties.windows.items, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err89];
                                }
                                else {
                                    vErrors.push(err89);
                                }
                                errors++;
                            }
                            for (const key10 in data45) {
                                if (!((((((((key10 === "name") || (key10 === "reason")) || (key10 === "timezone")) || (key10 === "environments")) || (key10 === "start")) || (key10 === "end")) || (key10 === "from")) || (key10 === "to"))) {
                                    const err90 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.freeze.properties.windows.items, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err90];
                                    }
                                    else {
                                        vErrors.push(err90);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.name !== undefined) {
                                let data46 = data45.name;
                                if (typeof data46 === "string") {
                                    if (func3(data46) < 1) {
                                        const err91 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/name", schemaPath: "#/properties/freeze/properties/windows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.freeze.properties.windows.items.properties.name, data: data46 };
                                        if (vErrors === null) {
                                            vErrors = [err91];
                                        }
                                        else {
                                            vErrors.push(err91);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err92 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/name", schemaPath: "#/properties/freeze/properties/windows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.name.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.name, data: data46 };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.reason !== undefined) {
                                let data47 = data45.reason;
                                if (typeof data47 !== "string") {
                                    const err93 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/reason", schemaPath: "#/properties/freeze/properties/windows/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.reason.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.reason, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err93];
                                    }
                                    else {
                                        vErrors.push(err93);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.timezone !== undefined) {
                                let data48 = data45.timezone;
                                if (typeof data48 !== "string") {
                                    const err94 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/timezone", schemaPath: "#/properties/freeze/properties/windows/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.timezone.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.timezone, data: data48 };
                                    if (vErrors === null) {
                                        vErrors = [err94];
                                    }
                                    else {
                                        vErrors.push(err94);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.environments !== undefined) {
                                let data49 = data45.environments;
                                const _errs115 = errors;
                                let valid44 = false;
                                let passing1 = null;
                                const _errs116 = errors;
                                if (typeof data49 !== "string") {
                                    const err95 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[0].type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[0], data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err95];
                                    }
                                    else {
                                        vErrors.push(err95);
                                    }
                                    errors++;
                                }
                                var _valid1 = _errs116 === errors;
                                if (_valid1) {
                                    valid44 = true;
                                    passing1 = 0;
                                }
                                const _errs118 = errors;
                                if (Array.isArray(data49)) {
                                    const len11 = data49.length;
                                    for (let i21 = 0; i21 < len11; i21++) {
                                        let data50 = data49[i21];
                                        if (typeof data50 !== "string") {
                                            const err96 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments/" + i21, schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].items.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].items, data: data50 };
                                            if (vErrors === null) {
                                                vErrors = [err96];
                                            }
                                            else {
                                                vErrors.push(err96);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err97 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1], data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err97];
                                    }
                                    else {
                                        vErrors.push(err97);
                                    }
                                    errors++;
                                }
                                var _valid1 = _errs118 === errors;
                                if (_valid1 && valid44) {
                                    valid44 = false;
                                    passing1 = [passing1, 1];
                                }
                                else {
                                    if (_valid1) {
                                        valid44 = true;
                                        passing1 = 1;
                                    }
                                }
                                if (!valid44) {
                                    const err98 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.freeze.properties.windows.items.properties.environments.oneOf, parentSchema: schema11.properties.freeze.properties.windows.items.properties.environments, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                                else {
                                    errors = _errs115;
                                    if (vErrors !== null) {
                                        if (_errs115) {
                                            vErrors.length = _errs115;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                }
                            }
                            if (data45.start !== undefined) {
                                let data51 = data45.start;
                                if (typeof data51 !== "string") {
                                    const err99 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/start", schemaPath: "#/properties/freeze/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.start.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.start, data: data51 };
                                    if (vErrors === null) {
                                        vErrors = [err99];
                                    }
                                    else {
                                        vErrors.push(err99);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.end !== undefined) {
                                let data52 = data45.end;
                                if (typeof data52 !== "string") {
                                    const err100 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/end", schemaPath: "#/properties/freeze/properties/windows/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.end.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.end, data: data52 };
                                    if (vErrors === null) {
                                        vErrors = [err100];
                                    }
                                    else {
                                        vErrors.push(err100);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.from !== undefined) {
                                let data53 = data45.from;
                                if (typeof data53 !== "string") {
                                    const err101 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/from", schemaPath: "#/properties/freeze/properties/windows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.from.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.from, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                            if (data45.to !== undefined) {
                                let data54 = data45.to;
                                if (typeof data54 !== "string") {
                                    const err102 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/to", schemaPath: "#/properties/freeze/properties/windows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freeze.properties.windows.items.properties.to.type, parentSchema: schema11.properties.freeze.properties.windows.items.properties.to, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err102];
                                    }
                                    else {
                                        vErrors.push(err102);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err103 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freeze.properties.windows.items.type, parentSchema: schema11.properties.freeze.properties.windows.items, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err104 = { instancePath: instancePath + "/freeze/windows", schemaPath: "#/properties/freeze/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freeze.properties.windows.type, parentSchema: schema11.properties.freeze.properties.windows, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err104];
                    }
                    else {
                        vErrors.push(err104);
                    }
                    errors++;
                }
            }
        }
        else {
            const err105 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freeze.type, parentSchema: schema11.properties.freeze, data: data40 };
            if (vErrors === null) {
                vErrors = [err105];
            }
            else {
                vErrors.push(err105);
            }
            errors++;
        }
    }
    if (data.services !== undefined) {
        let data55 = data.services;
        if (Array.isArray(data55)) {
            const len12 = data55.length;
            for (let i22 = 0; i22 < len12; i22++) {
                let data56 = data55[i22];
                if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                    if (data56.name === undefined) {
                        const err106 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.services.items.required, parentSchema: schema11.properties.services.items, data: data56 };
                        if (vErrors === null) {
                            vErrors = [err106];
                        }
                        else {
                            vErrors.push(err106);
                        }
                        errors++;
                    }
                    for (const key11 in data56) {
                        if (!((((key11 === "name") || (key11 === "paths")) || (key11 === "depends-on")) || (key11 === "maintenance-windows"))) {
                            const err107 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.items, data: data56 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                    }
                    if (data56.name !== undefined) {
                        let data57 = data56.name;
                        if (typeof data57 === "string") {
                            if (!pattern6.test(data57)) {
                                const err108 = { instancePath: instancePath + "/services/" + i22 + "/name", schemaPath: "#/properties/services/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, message: "must match pattern \"" + "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" + "\"", schema: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", parentSchema: schema11.properties.services.items.properties.name, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err109 = { instancePath: instancePath + "/services/" + i22 + "/name", schemaPath: "#/properties/services/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties.name.type, parentSchema: schema11.properties.services.items.properties.name, data: data57 };
                            if (vErrors === null) {
                                vErrors = [err109];
                            }
                            else {
                                vErrors.push(err109);
                            }
                            errors++;
                        }
                    }
                    if (data56.paths !== undefined) {
                        let data58 = data56.paths;
                        if (Array.isArray(data58)) {
                            const len13 = data58.length;
                            for (let i23 = 0; i23 < len13; i23++) {
                                let data59 = data58[i23];
                                if (typeof data59 !== "string") {
                                    const err110 = { instancePath: instancePath + "/services/" + i22 + "/paths/" + i23, schemaPath: "#/properties/services/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties.paths.items.type, parentSchema: schema11.properties.services.items.properties.paths.items, data: data59 };
                                    if (vErrors === null) {
                                        vErrors = [err110];
                                    }
                                    else {
                                        vErrors.push(err110);
                                    }
                                    errors++;
                                }
                            }
                            let i24 = data58.length;
                            let j10;
                            if (i24 > 1) {
                                const indices9 = {};
                                for (; i24--;) {
                                    let item9 = data58[i24];
                                    if (typeof item9 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices9[item9] == "number") {
                                        j10 = indices9[item9];
                                        const err111 = { instancePath: instancePath + "/services/" + i22 + "/paths", schemaPath: "#/properties/services/items/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i24 + " are identical)", schema: true, parentSchema: schema11.properties.services.items.properties.paths, data: data58 };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices9[item9] = i24;
                                }
                            }
                        }
                        else {
                            const err112 = { instancePath: instancePath + "/services/" + i22 + "/paths", schemaPath: "#/properties/services/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.items.properties.paths.type, parentSchema: schema11.properties.services.items.properties.paths, data: data58 };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                    }
                    if (data56["depends-on"] !== undefined) {
                        let data60 = data56["depends-on"];
                        if (Array.isArray(data60)) {
                            const len14 = data60.length;
                            for (let i25 = 0; i25 < len14; i25++) {
                                let data61 = data60[i25];
                                if (typeof data61 === "string") {
                                    if (!pattern6.test(data61)) {
                                        const err113 = { instancePath: instancePath + "/services/" + i22 + "/depends-on/" + i25, schemaPath: "#/properties/services/items/properties/depends-on/items/pattern", keyword: "pattern", params: { pattern: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, message: "must match pattern \"" + "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" + "\"", schema: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", parentSchema: schema11.properties.services.items.properties["depends-on"].items, data: data61 };
                                        if (vErrors === null) {
                                            vErrors = [err113];
                                        }
                                        else {
                                            vErrors.push(err113);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err114 = { instancePath: instancePath + "/services/" + i22 + "/depends-on/" + i25, schemaPath: "#/properties/services/items/properties/depends-on/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["depends-on"].items.type, parentSchema: schema11.properties.services.items.properties["depends-on"].items, data: data61 };
                                    if (vErrors === null) {
                                        vErrors = [err114];
                                    }
                                    else {
                                        vErrors.push(err114);
                                    }
                                    errors++;
                                }
                            }
                            let i26 = data60.length;
                            let j11;
                            if (i26 > 1) {
                                const indices10 = {};
                                for (; i26--;) {
                                    let item10 = data60[i26];
                                    if (typeof item10 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices10[item10] == "number") {
                                        j11 = indices10[item10];
                                        const err115 = { instancePath: instancePath + "/services/" + i22 + "/depends-on", schemaPath: "#/properties/services/items/properties/depends-on/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i26 + " are identical)", schema: true, parentSchema: schema11.properties.services.items.properties["depends-on"], data: data60 };
                                        if (vErrors === null) {
                                            vErrors = [err115];
                                        }
                                        else {
                                            vErrors.push(err115);
                                        }
                                        errors++;
                                        break;
                                    }
                                    indices10[item10] = i26;
                                }
                            }
                        }
                        else {
                            const err116 = { instancePath: instancePath + "/services/" + i22 + "/depends-on", schemaPath: "#/properties/services/items/properties/depends-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.items.properties["depends-on"].type, parentSchema: schema11.properties.services.items.properties["depends-on"], data: data60 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                    if (data56["maintenance-windows"] !== undefined) {
                        let data62 = data56["maintenance-windows"];
                        if (Array.isArray(data62)) {
                            const len15 = data62.length;
                            for (let i27 = 0; i27 < len15; i27++) {
                                let data63 = data62[i27];
                                if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                    if (data63.name === undefined) {
                                        const err117 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.services.items.properties["maintenance-windows"].items.required, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
                                        if (vErrors === null) {
                                            vErrors = [err117];
                                        }
                                        else {
                                            vErrors.push(err117);
                                        }
                                        errors++;
                                    }
                                    for (const key12 in data63) {
                                        if (!((((((((key12 === "name") || (key12 === "reason")) || (key12 === "timezone")) || (key12 === "environments")) || (key12 === "start")) || (key12 === "end")) || (key12 === "from")) || (key12 === "to"))) {
                                            const err118 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
                                            if (vErrors === null) {
                                                vErrors = [err118];
                                            }
                                            else {
                                                vErrors.push(err118);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.name !== undefined) {
                                        let data64 = data63.name;
                                        if (typeof data64 === "string") {
                                            if (func3(data64) < 1) {
                                                const err119 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/name", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.name, data: data64 };
                                                if (vErrors === null) {
                                                    vErrors = [err119];
                                                }
                                                else {
                                                    vErrors.push(err119);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err120 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/name", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.name.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.name, data: data64 };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.reason !== undefined) {
                                        let data65 = data63.reason;
                                        if (typeof data65 !== "string") {
                                            const err121 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/reason", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.reason.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.reason, data: data65 };
                                            if (vErrors === null) {
                                                vErrors = [err121];
                                            }
                                            else {
                                                vErrors.push(err121);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.timezone !== undefined) {
                                        let data66 = data63.timezone;
                                        if (typeof data66 !== "string") {
                                            const err122 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/timezone", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.timezone.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.timezone, data: data66 };
                                            if (vErrors === null) {
                                                vErrors = [err122];
                                            }
                                            else {
                                                vErrors.push(err122);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.environments !== undefined) {
                                        let data67 = data63.environments;
                                        const _errs157 = errors;
                                        let valid59 = false;
                                        let passing2 = null;
                                        const _errs158 = errors;
                                        if (typeof data67 !== "string") {
                                            const err123 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[0].type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[0], data: data67 };
                                            if (vErrors === null) {
                                                vErrors = [err123];
                                            }
                                            else {
                                                vErrors.push(err123);
                                            }
                                            errors++;
                                        }
                                        var _valid2 = _errs158 === errors;
                                        if (_valid2) {
                                            valid59 = true;
                                            passing2 = 0;
                                        }
                                        const _errs160 = errors;
                                        if (Array.isArray(data67)) {
                                            const len16 = data67.length;
                                            for (let i28 = 0; i28 < len16; i28++) {
                                                let data68 = data67[i28];
                                                if (typeof data68 !== "string") {
                                                    const err124 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments/" + i28, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].items.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].items, data: data68 };
                                                    if (vErrors === null) {
                                                        vErrors = [err124];
                                                    }
                                                    else {
                                                        vErrors.push(err124);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err125 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1], data: data67 };
                                            if (vErrors === null) {
                                                vErrors = [err125];
                                            }
                                            else {
                                                vErrors.push(err125);
                                            }
                                            errors++;
                                        }
                                        var _valid2 = _errs160 === errors;
                                        if (_valid2 && valid59) {
                                            valid59 = false;
                                            passing2 = [passing2, 1];
                                        }
                                        else {
                                            if (_valid2) {
                                                valid59 = true;
                                                passing2 = 1;
                                            }
                                        }
                                        if (!valid59) {
                                            const err126 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments, data: data67 };
                                            if (vErrors === null) {
                                                vErrors = [err126];
                                            }
                                            else {
                                                vErrors.push(err126);
                                            }
                                            errors++;
                                        }
                                        else {
                                            errors = _errs157;
                                            if (vErrors !== null) {
                                                if (_errs157) {
                                                    vErrors.length = _errs157;
                                                }
                                                else {
                                                    vErrors = null;
                                                }
                                            }
                                        }
                                    }
                                    if (data63.start !== undefined) {
                                        let data69 = data63.start;
                                        if (typeof data69 !== "string") {
                                            const err127 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/start", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.start.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.start, data: data69 };
                                            if (vErrors === null) {
                                                vErrors = [err127];
                                            }
                                            else {
                                                vErrors.push(err127);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.end !== undefined) {
                                        let data70 = data63.end;
                                        if (typeof data70 !== "string") {
                                            const err128 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/end", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.end.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.end, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err128];
                                            }
                                            else {
                                                vErrors.push(err128);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.from !== undefined) {
                                        let data71 = data63.from;
                                        if (typeof data71 !== "string") {
                                            const err129 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/from", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.from.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.from, data: data71 };
                                            if (vErrors === null) {
                                                vErrors = [err129];
                                            }
                                            else {
                                                vErrors.push(err129);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data63.to !== undefined) {
                                        let data72 = data63.to;
                                        if (typeof data72 !== "string") {
                                            const err130 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/to", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.to.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items.properties.to, data: data72 };
                                            if (vErrors === null) {
                                                vErrors = [err130];
                                            }
                                            else {
                                                vErrors.push(err130);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err131 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.items.properties["maintenance-windows"].items.type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
                                    if (vErrors === null) {
                                        vErrors = [err131];
                                    }
                                    else {
                                        vErrors.push(err131);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err132 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows", schemaPath: "#/properties/services/items/properties/maintenance-windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.items.properties["maintenance-windows"].type, parentSchema: schema11.properties.services.items.properties["maintenance-windows"], data: data62 };
                            if (vErrors === null) {
                                vErrors = [err132];
                            }
                            else {
                                vErrors.push(err132);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err133 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.services.items.type, parentSchema: schema11.properties.services.items, data: data56 };
                    if (vErrors === null) {
                        vErrors = [err133];
                    }
                    else {
                        vErrors.push(err133);
                    }
                    errors++;
                }
            }
        }
        else {
            const err134 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.services.type, parentSchema: schema11.properties.services, data: data55 };
            if (vErrors === null) {
                vErrors = [err134];
            }
            else {
                vErrors.push(err134);
            }
            errors++;
        }
    }
    if (data.release !== undefined) {
        let data73 = data.release;
        if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            for (const key13 in data73) {
                if (!((key13 === "tag-prefix") || (key13 === "initial-version"))) {
                    const err135 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.release, data: data73 };
                    if (vErrors === null) {
                        vErrors = [err135];
                    }
                    else {
                        vErrors.push(err135);
                    }
                    errors++;
                }
            }
            if (data73["tag-prefix"] !== undefined) {
                let data74 = data73["tag-prefix"];
                if (typeof data74 === "string") {
                    if (func3(data74) > 50) {
                        const err136 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.release.properties["tag-prefix"], data: data74 };
                        if (vErrors === null) {
                            vErrors = [err136];
                        }
                        else {
                            vErrors.push(err136);
                        }
                        errors++;
                    }
                }
                else {
                    const err137 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.release.properties["tag-prefix"].type, parentSchema: schema11.properties.release.properties["tag-prefix"], data: data74 };
                    if (vErrors === null) {
                        vErrors = [err137];
                    }
                    else {
                        vErrors.push(err137);
                    }
                    errors++;
                }
            }
            if (data73["initial-version"] !== undefined) {
                let data75 = data73["initial-version"];
                if (typeof data75 !== "string") {
                    const err138 = { instancePath: instancePath + "/release/initial-version", schemaPath: "#/properties/release/properties/initial-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.release.properties["initial-version"].type, parentSchema: schema11.properties.release.properties["initial-version"], data: data75 };
                    if (vErrors === null) {
                        vErrors = [err138];
                    }
                    else {
                        vErrors.push(err138);
                    }
                    errors++;
                }
            }
        }
        else {
            const err139 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.release.type, parentSchema: schema11.properties.release, data: data73 };
            if (vErrors === null) {
                vErrors = [err139];
            }
            else {
                vErrors.push(err139);
            }
            errors++;
        }
    }
    if (data.review !== undefined) {
        let data76 = data.review;
        if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            for (const key14 in data76) {
                if (!((((key14 === "repository") || (key14 === "due-in-days")) || (key14 === "labels")) || (key14 === "assignees"))) {
                    const err140 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.review, data: data76 };
                    if (vErrors === null) {
                        vErrors = [err140];
                    }
                    else {
                        vErrors.push(err140);
                    }
                    errors++;
                }
            }
            if (data76.repository !== undefined) {
                let data77 = data76.repository;
                if (typeof data77 === "string") {
                    if (!pattern0.test(data77)) {
                        const err141 = { instancePath: instancePath + "/review/repository", schemaPath: "#/properties/review/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema11.properties.review.properties.repository, data: data77 };
                        if (vErrors === null) {
                            vErrors = [err141];
                        }
                        else {
                            vErrors.push(err141);
                        }
                        errors++;
                    }
                }
                else {
                    const err142 = { instancePath: instancePath + "/review/repository", schemaPath: "#/properties/review/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.review.properties.repository.type, parentSchema: schema11.properties.review.properties.repository, data: data77 };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
            }
            if (data76["due-in-days"] !== undefined) {
                let data78 = data76["due-in-days"];
                if (!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))) {
                    const err143 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.review.properties["due-in-days"].type, parentSchema: schema11.properties.review.properties["due-in-days"], data: data78 };
                    if (vErrors === null) {
                        vErrors = [err143];
                    }
                    else {
                        vErrors.push(err143);
                    }
                    errors++;
                }
                if (typeof data78 == "number") {
                    if (data78 > 365 || isNaN(data78)) {
                        const err144 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema11.properties.review.properties["due-in-days"], data: data78 };
                        if (vErrors === null) {
                            vErrors = [err144];
                        }
                        else {
                            vErrors.push(err144);
                        }
                        errors++;
                    }
                    if (data78 < 0 || isNaN(data78)) {
                        const err145 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.review.properties["due-in-days"], data: data78 };
                        if (vErrors === null) {
                            vErrors = [err145];
                        }
                        else {
                            vErrors.push(err145);
                        }
                        errors++;
                    }
                }
            }
            if (data76.labels !== undefined) {
                let data79 = data76.labels;
                if (Array.isArray(data79)) {
                    const len17 = data79.length;
                    for (let i29 = 0; i29 < len17; i29++) {
                        let data80 = data79[i29];
                        if (typeof data80 === "string") {
                            if (func3(data80) > 50) {
                                const err146 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema11.properties.review.properties.labels.items, data: data80 };
                                if (vErrors === null) {
                                    vErrors = [err146];
                                }
                                else {
                                    vErrors.push(err146);
                                }
                                errors++;
                            }
                            if (func3(data80) < 1) {
                                const err147 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.review.properties.labels.items, data: data80 };
                                if (vErrors === null) {
                                    vErrors = [err147];
                                }
                                else {
                                    vErrors.push(err147);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err148 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.review.properties.labels.items.type, parentSchema: schema11.properties.review.properties.labels.items, data: data80 };
                            if (vErrors === null) {
                                vErrors = [err148];
                            }
                            else {
                                vErrors.push(err148);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err149 = { instancePath: instancePath + "/review/labels", schemaPath: "#/properties/review/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.review.properties.labels.type, parentSchema: schema11.properties.review.properties.labels, data: data79 };
                    if (vErrors === null) {
                        vErrors = [err149];
                    }
                    else {
                        vErrors.push(err149);
                    }
                    errors++;
                }
            }
            if (data76.assignees !== undefined) {
                let data81 = data76.assignees;
                if (Array.isArray(data81)) {
                    const len18 = data81.length;
                    for (let i30 = 0; i30 < len18; i30++) {
                        let data82 = data81[i30];
                        if (typeof data82 === "string") {
                            if (!pattern9.test(data82)) {
                                const err150 = { instancePath: instancePath + "/review/assignees/" + i30, schemaPath: "#/properties/review/properties/assignees/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: schema11.properties.review.properties.assignees.items, data: data82 };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err151 = { instancePath: instancePath + "/review/assignees/" + i30, schemaPath: "#/properties/review/properties/assignees/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.review.properties.assignees.items.type, parentSchema: schema11.properties.review.properties.assignees.items, data: data82 };
                            if (vErrors === null) {
                                vErrors = [err151];
                            }
                            else {
                                vErrors.push(err151);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err152 = { instancePath: instancePath + "/review/assignees", schemaPath: "#/properties/review/properties/assignees/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.review.properties.assignees.type, parentSchema: schema11.properties.review.properties.assignees, data: data81 };
                    if (vErrors === null) {
                        vErrors = [err152];
                    }
                    else {
                        vErrors.push(err152);
                    }
                    errors++;
                }
            }
        }
        else {
            const err153 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.review.type, parentSchema: schema11.properties.review, data: data76 };
            if (vErrors === null) {
                vErrors = [err153];
            }
            else {
                vErrors.push(err153);
            }
            errors++;
        }
    }
    if (data.deployments !== undefined) {
        let data83 = data.deployments;
        if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            for (const key15 in data83) {
                if (!(key15 === "trusted-creators")) {
                    const err154 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployments, data: data83 };
                    if (vErrors === null) {
                        vErrors = [err154];
                    }
                    else {
                        vErrors.push(err154);
                    }
                    errors++;
                }
            }
            if (data83["trusted-creators"] !== undefined) {
                let data84 = data83["trusted-creators"];
                if (Array.isArray(data84)) {
                    const len19 = data84.length;
                    for (let i31 = 0; i31 < len19; i31++) {
                        let data85 = data84[i31];
                        if (typeof data85 === "string") {
                            if (!pattern10.test(data85)) {
                                const err155 = { instancePath: instancePath + "/deployments/trusted-creators/" + i31, schemaPath: "#/properties/deployments/properties/trusted-creators/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", parentSchema: schema11.properties.deployments.properties["trusted-creators"].items, data: data85 };
                                if (vErrors === null) {
                                    vErrors = [err155];
                                }
                                else {
                                    vErrors.push(err155);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err156 = { instancePath: instancePath + "/deployments/trusted-creators/" + i31, schemaPath: "#/properties/deployments/properties/trusted-creators/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.properties["trusted-creators"].items.type, parentSchema: schema11.properties.deployments.properties["trusted-creators"].items, data: data85 };
                            if (vErrors === null) {
                                vErrors = [err156];
                            }
                            else {
                                vErrors.push(err156);
                            }
                            errors++;
                        }
                    }
                    let i32 = data84.length;
                    let j12;
                    if (i32 > 1) {
                        const indices11 = {};
                        for (; i32--;) {
                            let item11 = data84[i32];
                            if (typeof item11 !== "string") {
                                continue;
                            }
                            if (typeof indices11[item11] == "number") {
                                j12 = indices11[item11];
                                const err157 = { instancePath: instancePath + "/deployments/trusted-creators", schemaPath: "#/properties/deployments/properties/trusted-creators/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i32 + " are identical)", schema: true, parentSchema: schema11.properties.deployments.properties["trusted-creators"], data: data84 };
                                if (vErrors === null) {
                                    vErrors = [err157];
                                }
                                else {
                                    vErrors.push(err157);
                                }
                                errors++;
                                break;
                            }
                            indices11[item11] = i32;
                        }
                    }
                }
                else {
                    const err158 = { instancePath: instancePath + "/deployments/trusted-creators", schemaPath: "#/properties/deployments/properties/trusted-creators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployments.properties["trusted-creators"].type, parentSchema: schema11.properties.deployments.properties["trusted-creators"], data: data84 };
                    if (vErrors === null) {
                        vErrors = [err158];
                    }
                    else {
                        vErrors.push(err158);
                    }
                    errors++;
                }
            }
        }
        else {
            const err159 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployments.type, parentSchema: schema11.properties.deployments, data: data83 };
            if (vErrors === null) {
                vErrors = [err159];
            }
            else {
                vErrors.push(err159);
            }
            errors++;
        }
    }
    if (data.improvement !== undefined) {
        let data86 = data.improvement;
        if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            for (const key16 in data86) {
                if (!(((key16 === "earned-standard-changes") || (key16 === "period")) || (key16 === "periods"))) {
                    const err160 = { instancePath: instancePath + "/improvement", schemaPath: "#/properties/improvement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.improvement, data: data86 };
                    if (vErrors === null) {
                        vErrors = [err160];
                    }
                    else {
                        vErrors.push(err160);
                    }
                    errors++;
                }
            }
            if (data86["earned-standard-changes"] !== undefined) {
                let data87 = data86["earned-standard-changes"];
                if (!((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87)))) {
                    const err161 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.improvement.properties["earned-standard-changes"].type, parentSchema: schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
                    if (vErrors === null) {
                        vErrors = [err161];
                    }
                    else {
                        vErrors.push(err161);
                    }
                    errors++;
                }
                if (typeof data87 == "number") {
                    if (data87 > 100 || isNaN(data87)) {
                        const err162 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
                        if (vErrors === null) {
                            vErrors = [err162];
                        }
                        else {
                            vErrors.push(err162);
                        }
                        errors++;
                    }
                    if (data87 < 0 || isNaN(data87)) {
                        const err163 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
                        if (vErrors === null) {
                            vErrors = [err163];
                        }
                        else {
                            vErrors.push(err163);
                        }
                        errors++;
                    }
                }
            }
            if (data86.period !== undefined) {
                let data88 = data86.period;
                if (typeof data88 !== "string") {
                    const err164 = { instancePath: instancePath + "/improvement/period", schemaPath: "#/properties/improvement/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.improvement.properties.period.type, parentSchema: schema11.properties.improvement.properties.period, data: data88 };
                    if (vErrors === null) {
                        vErrors = [err164];
                    }
                    else {
                        vErrors.push(err164);
                    }
                    errors++;
                }
                if (!((data88 === "week") || (data88 === "month"))) {
                    const err165 = { instancePath: instancePath + "/improvement/period", schemaPath: "#/properties/improvement/properties/period/enum", keyword: "enum", params: { allowedValues: schema11.properties.improvement.properties.period.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.improvement.properties.period.enum, parentSchema: schema11.properties.improvement.properties.period, data: data88 };
                    if (vErrors === null) {
                        vErrors = [err165];
                    }
                    else {
                        vErrors.push(err165);
                    }
                    errors++;
                }
            }
            if (data86.periods !== undefined) {
                let data89 = data86.periods;
                if (!((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89)))) {
                    const err166 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.improvement.properties.periods.type, parentSchema: schema11.properties.improvement.properties.periods, data: data89 };
                    if (vErrors === null) {
                        vErrors = [err166];
                    }
                    else {
                        vErrors.push(err166);
                    }
                    errors++;
                }
                if (typeof data89 == "number") {
                    if (data89 > 52 || isNaN(data89)) {
                        const err167 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: schema11.properties.improvement.properties.periods, data: data89 };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                    if (data89 < 1 || isNaN(data89)) {
                        const err168 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.improvement.properties.periods, data: data89 };
                        if (vErrors === null) {
                            vErrors = [err168];
                        }
                        else {
                            vErrors.push(err168);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err169 = { instancePath: instancePath + "/improvement", schemaPath: "#/properties/improvement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.improvement.type, parentSchema: schema11.properties.improvement, data: data86 };
            if (vErrors === null) {
                vErrors = [err169];
            }
            else {
                vErrors.push(err169);
            }
            errors++;
        }
    }
}
else {
    const err170 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err170];
    }
    else {
        vErrors.push(err170);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ../../packages/core/src/policy/read.ts
/**
 * Reading `.github/gatehouse.yml`: YAML (keeping nodes, so every problem has a line and column),
 * then the composed JSON Schema, then each section's `parse` and semantic `check`.
 */








/** Options of the ajv instance; the generated validator is compiled with the same. */
const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, logger: false };
const validators = new WeakMap();
/**
 * The schema validator for these sections: the one generated at build time when it was generated
 * from exactly this schema (the usual case, and fast), otherwise compiled now with ajv.
 */
function validatorFor(sections) {
    let validate = validators.get(sections);
    if (!validate) {
        const schema = policySchema(sections);
        if (schemaText === JSON.stringify(schema)) {
            validate = validator_generated;
        }
        else {
            validate = new (ajv_default())(AJV_OPTIONS).compile(schema);
        }
        validators.set(sections, validate);
    }
    return validate;
}
/** The value of every section's defaults. */
function read_defaultPolicy(sections = policySections) {
    return Object.fromEntries(sections.map((s) => [s.property, s.defaults()]));
}
/** Reads a policy file: the policy when it is valid, and every problem with its line and column. */
function readPolicy(text, options = {}) {
    const sections = options.sections ?? policySections;
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        if (offset === undefined)
            return {};
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    const syntax = yamlProblems(doc, text, at);
    if (syntax.length > 0)
        return { policy: undefined, problems: syntax };
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return {
            policy: undefined,
            problems: [
                {
                    path: "",
                    message: `the YAML cannot be read: ${e instanceof Error ? e.message : String(e)}`,
                    line: 1,
                    column: 1,
                },
            ],
        };
    }
    if (raw === null || raw === undefined)
        raw = {};
    if (typeof raw !== "object" || Array.isArray(raw)) {
        return {
            policy: undefined,
            problems: [
                {
                    path: "",
                    message: `the policy must be a mapping of sections (e.g. \`version: 1\`, \`freeze:\`), not ${Array.isArray(raw) ? "a list" : "a single value"}`,
                    ...at(doc.contents?.range?.[0] ?? 0),
                },
            ],
        };
    }
    // A section written with no value (`freeze:`) means its defaults.
    const data = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
    const locate = (message) => ({
        path: formatPath(message.path),
        message: message.message,
        ...at(offsetOf(doc, message.path, message.at)),
    });
    const validate = validatorFor(sections);
    const problems = [];
    const invalidKeys = new Set();
    if (!validate(data)) {
        for (const message of describeSchemaErrors(validate.errors ?? [], data, policySchema(sections))) {
            problems.push(locate(message));
            if (typeof message.path[0] === "string")
                invalidKeys.add(message.path[0]);
        }
    }
    const policy = {};
    for (const section of sections) {
        if (!(section.key in data)) {
            policy[section.property] = section.defaults();
            continue;
        }
        if (invalidKeys.has(section.key))
            continue;
        const value = data[section.key];
        try {
            const parsed = section.parse(value);
            policy[section.property] = parsed;
            for (const p of section.check?.(parsed, value) ?? []) {
                const path = [section.key, ...p.path];
                problems.push(locate({ path, at: "value", message: withPath(path, p.message) }));
            }
        }
        catch (e) {
            problems.push(locate({
                path: [section.key],
                at: "value",
                message: `${section.key} cannot be read: ${e instanceof Error ? e.message : String(e)}`,
            }));
        }
    }
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { policy: problems.length === 0 ? policy : undefined, problems };
}
/** Reads and validates a policy file; throws a `PolicyError` listing every problem. */
function read_parsePolicy(text, source = policy_problems/* DEFAULT_POLICY_PATH */.lo, options = {}) {
    const { policy, problems } = readPolicy(text, options);
    if (!policy)
        throw new policy_problems/* PolicyError */.pn(problems, source);
    return policy;
}
/** Every problem of a policy file (empty when it is valid). */
function validatePolicy(text, options = {}) {
    return readPolicy(text, options).problems;
}
/** `.github/gatehouse.yml:3:13: freeze.timezone: …` — one line per problem, as compilers print them. */
/** `freeze.windows[1].start: "0 25 * * *" is not …` — the path in front, once. */
function withPath(path, message) {
    const full = formatPath(path);
    if (message.startsWith(full))
        return message;
    const last = path.at(-1);
    const trimmed = typeof last === "string" && message.startsWith(`${last}: `) ? message.slice(last.length + 2) : message;
    return `${full}: ${trimmed}`;
}
/** The offset of the node at `path` (its key with `at: "key"`), or of its deepest existing ancestor. */
function offsetOf(doc, path, at) {
    let node = doc.contents;
    let pair;
    let offset = rangeStart(node) ?? 0;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const found = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!found)
                break;
            pair = found;
            node = found.value;
            offset = rangeStart(node) ?? rangeStart(found.key) ?? offset;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number") {
            const item = node.items[segment];
            if (item === undefined)
                break;
            pair = undefined;
            node = item;
            offset = rangeStart(node) ?? offset;
        }
        else {
            break;
        }
    }
    if (at === "key" && pair && path.length > 0) {
        const last = path.at(-1);
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === String(last))
            return rangeStart(pair.key) ?? offset;
    }
    return offset;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** YAML syntax problems, one per line, in words a policy author understands. */
function yamlProblems(doc, text, at) {
    const problems = [];
    const lines = new Set();
    const push = (offset, message) => {
        const position = at(offset);
        if (position.line !== undefined && lines.has(position.line))
            return;
        if (position.line !== undefined)
            lines.add(position.line);
        problems.push({ path: "", message, ...position });
    };
    for (const error of doc.errors) {
        const offset = error.pos[0];
        const lineText = text.slice(text.lastIndexOf("\n", offset - 1) + 1).split("\n")[0] ?? "";
        switch (error.code) {
            case "DUPLICATE_KEY": {
                const key = text
                    .slice(offset)
                    .match(/^["']?([^"':\n]+)/)?.[1]
                    ?.trim() ?? "this key";
                push(offset, `\`${key}\` is written twice in the same mapping: keep one (YAML would silently use the last)`);
                break;
            }
            case "BAD_ALIAS":
            case "UNEXPECTED_TOKEN":
                if (/:\s*\*/.test(lineText) || /^\s*-\s*\*/.test(lineText)) {
                    push(offset, 'a value starting with `*` is read as a YAML alias: put it in quotes, e.g. start: "0 18 * * FRI"');
                    break;
                }
                push(offset, `YAML syntax error: ${error.message}`);
                break;
            case "TAB_AS_INDENT":
                push(offset, "a tab is used for indentation: YAML needs spaces");
                break;
            case "MULTIPLE_DOCS":
                push(offset, "the file holds more than one YAML document (a second `---`): keep one");
                break;
            default:
                push(offset, `YAML syntax error: ${error.message}`);
        }
    }
    if (problems.length === 0) {
        // Aliases to anchors that do not exist parse without error but cannot be read.
        (0,dist/* visit */.YR)(doc, {
            Alias(_, alias) {
                if ((0,dist/* isAlias */.Vj)(alias) && !alias.resolve(doc)) {
                    push(alias.range?.[0] ?? 0, `\`*${alias.source}\` refers to no anchor: put the value in quotes if it is text`);
                }
            },
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ../../packages/github/src/policy.ts
/**
 * The policy of a repository: its `.github/gatehouse.yml` (see policyText.ts for how it is read),
 * validated, or the defaults when there is none.
 */


/** The policy from fetched text: parsed and validated (a `PolicyError` with line and column), or the defaults. */
function policyFromText(fetched) {
    const policy = fetched.text === null ? read_defaultPolicy() : read_parsePolicy(fetched.text, fetched.source.path);
    return { policy, source: fetched.source, notes: fetched.notes };
}
/**
 * Reads and validates the policy. A missing file gives the defaults (with a note); an invalid one
 * throws a `PolicyError` with line and column; a token without `contents: read` gives a
 * `PermissionError`.
 */
async function loadPolicy(client, target) {
    return policyFromText(await fetchPolicyText(client, target));
}

// EXTERNAL MODULE: ../../packages/github/src/start.ts
var start = __webpack_require__(4670);
;// CONCATENATED MODULE: ../../packages/github/src/action.ts
/**
 * What an action's `run` calls first: the shared start (start.ts) and the policy, validated.
 */





/** The policy of the repository, from its default branch unless the `policy-ref` input names a ref. */
async function loadActionPolicy(setup, runner) {
    return policyFromText(await (0,src_setup.policyText)(setup, (0,start/* policyRef */.iu)(runner)));
}

;// CONCATENATED MODULE: ../../packages/core/src/markdown.ts
/**
 * Putting text taken from users (titles, bodies, commit messages, logins) into Markdown that GitHub
 * renders: escaped so it shows literally, cannot break a table, inject HTML or links, render as
 * math, or ping anyone. Plus the table, link, details and hidden-marker helpers summaries, comments
 * and issues are built with.
 */
/** Zero-width space between `@` and a name: shows `@name` without notifying anyone. */
const NO_MENTION = "@&#8203;";
// Bidirectional overrides and isolates can make text read differently from what it is.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 control characters other than tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
function clean(text) {
    return text.replace(BIDI_CONTROLS, "").replace(CONTROL, "").replace(/\t/g, " ");
}
/** Escapes one line of text for inline Markdown (no newline handling). */
function escapeLine(line) {
    let out = line
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
        .replace(/@/g, NO_MENTION);
    // Block syntax that only matters at the start of a line: headings, lists, rules, setext underlines.
    out = out.replace(/^(\s*)([#+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
    return out;
}
/**
 * Escapes user text for inline Markdown and table cells: `\ ` * _ [ ] | ~ $` are backslash-escaped,
 * `< > &` become entities, `@` cannot mention, line breaks become spaces, and bidirectional or
 * control characters are removed.
 */
function markdown_escapeMarkdown(text) {
    if (!text)
        return "";
    return escapeLine(clean(text)
        .replace(/\r\n?|\n/g, " ")
        .replace(/ {2,}/g, " "));
}
/** Escapes multi-line user text line by line, keeping its line breaks (for a block, not a table). */
function escapeMarkdownLines(text) {
    if (!text)
        return "";
    return clean(text)
        .split(/\r\n?|\n/)
        .map((line) => (line.trim() === "" ? "" : `${escapeLine(line)}  `))
        .join("\n")
        .replace(/ {2}$/, "");
}
// Invisible characters that change what a copied word is (soft hyphen, zero-width space, word
// joiner, byte-order mark, bidi marks); zero-width (non-)joiners stay, scripts and emoji need them.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u2060\uFEFF]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const URL_AT = /https?:\/\/(?:[^\s()<>]|\([^\s()<>]*\))+/y;
const MENTION_AT = /@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(\/[A-Za-z0-9._-]*[A-Za-z0-9_-])?/y;
const ENTITY_AT = /&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/**
 * User text (a commit subject, a title) as inline Markdown that reads exactly as written: code
 * spans stay code and URLs stay links, while everything else that Markdown or GitHub would
 * interpret — emphasis, links and images, HTML and entities, strikethrough, math, block syntax at
 * the start, mentions — is backslash-escaped, so the raw Markdown stays readable and no entity or
 * invisible character gets into it (a name copied from the notes works). `@name` becomes a link
 * to its profile (with `userUrl`) or inline code: it never notifies anyone. Line breaks become
 * spaces; control, bidi and invisible characters are removed.
 */
function proseMarkdown(text, opts = {}) {
    if (!text)
        return "";
    const line = cleanProse(text)
        .replace(/\r\n?|\n/g, " ")
        .replace(/ {2,}/g, " ")
        .trim();
    return proseLine(line, opts);
}
/**
 * Multi-line user text (a breaking-change note) as Markdown that keeps its lines, paragraphs,
 * lists and fenced code blocks; each line is escaped as `proseMarkdown` escapes a line, list
 * markers and indentation kept. Trailing spaces are dropped (no invisible hard breaks).
 */
function proseMarkdownLines(text, opts = {}) {
    if (!text)
        return "";
    const lines = cleanProse(text).split(/\r\n?|\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trimEnd();
        const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence) {
            const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
            const end = lines.findIndex((l, j) => j > i && close.test(l));
            if (end !== -1) {
                out.push(...lines.slice(i, end + 1).map((l) => l.trimEnd()));
                i = end;
                continue;
            }
        }
        const item = /^(\s*)([-+*]|\d{1,9}[.)])( +)(?=\S)/.exec(line);
        if (item && !/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
            out.push(item[0] + proseLine(line.slice(item[0].length), opts));
        }
        else {
            const indent = /^\s*/.exec(line)[0];
            out.push(indent + proseLine(line.slice(indent.length), opts));
        }
    }
    return out.join("\n").replace(/^\n+|\n+$/g, "");
}
function cleanProse(text) {
    return clean(text).replace(INVISIBLE, "");
}
/** One line of prose: code spans and URLs verbatim, the rest escaped (see proseMarkdown). */
function proseLine(line, opts) {
    if (line === "")
        return "";
    const closers = backtickRuns(line);
    const start = blockStart(line);
    let out = start.escaped;
    let i = start.length;
    while (i < line.length) {
        const c = line[i];
        if (c === "`") {
            let run = 1;
            while (line[i + run] === "`")
                run++;
            const close = nextRun(closers, run, i + run);
            if (close !== undefined) {
                out += line.slice(i, close + run);
                i = close + run;
            }
            else {
                out += "\\`".repeat(run);
                i += run;
            }
            continue;
        }
        const before = i > 0 ? line[i - 1] : " ";
        if (c === "h" && !WORD.test(before)) {
            URL_AT.lastIndex = i;
            const url = URL_AT.exec(line)?.[0].replace(/[.,:;!?'"*_~]+$/, "");
            if (url && url.length > "https://".length) {
                out += url;
                i += url.length;
                continue;
            }
        }
        if (c === "@" && !/[\w@`]/.test(before)) {
            MENTION_AT.lastIndex = i;
            const m = MENTION_AT.exec(line);
            if (m) {
                const url = m[2] ? undefined : opts.userUrl?.(m[1]);
                out += url ? `[${m[0]}](${url})` : `\`${m[0]}\``;
                i += m[0].length;
                continue;
            }
        }
        const next = line[i + 1] ?? "";
        switch (c) {
            case "\\":
                out += ASCII_PUNCTUATION.test(next) ? "\\\\" : "\\";
                break;
            case "*":
            case "~":
            case "$":
            case "[":
                out += `\\${c}`;
                break;
            case "_":
                out += WORD.test(before) && WORD.test(next) ? "_" : "\\_";
                break;
            case "<":
                out += /[A-Za-z/!?]/.test(next) ? "\\<" : "<";
                break;
            case "&":
                ENTITY_AT.lastIndex = i;
                out += ENTITY_AT.test(line) ? "\\&" : "&";
                break;
            default:
                out += c;
        }
        i++;
    }
    return out;
}
/**
 * Block syntax at the start of a line (heading, quote, list, setext underline, numbered list),
 * escaped, and how many characters of the line it covers.
 */
function blockStart(line) {
    const heading = /^#{1,6}(?=\s|$)/.exec(line)?.[0];
    if (heading)
        return { escaped: `\\${heading}`, length: heading.length };
    if (/^[>+=-]/.test(line))
        return { escaped: `\\${line[0]}`, length: 1 };
    const numbered = /^(\d{1,9})([.)])/.exec(line);
    if (numbered)
        return { escaped: `${numbered[1]}\\${numbered[2]}`, length: numbered[0].length };
    return { escaped: "", length: 0 };
}
/** Positions of the backtick runs of a line, by run length (for matching code spans in one pass). */
function backtickRuns(line) {
    const runs = new Map();
    for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
        let run = 1;
        while (line[i + run] === "`")
            run++;
        const at = runs.get(run);
        if (at)
            at.starts.push(i);
        else
            runs.set(run, { starts: [i], next: 0 });
        i += run;
    }
    return runs;
}
/** The first run of exactly `length` backticks starting at or after `from`. */
function nextRun(runs, length, from) {
    const at = runs.get(length);
    if (!at)
        return undefined;
    // A cursor, not shift(): the scan moves forward only, so the whole line stays linear.
    while (at.next < at.starts.length && at.starts[at.next] < from)
        at.next++;
    return at.starts[at.next];
}
/** An inline code span that holds any text, backticks included (line breaks become spaces). */
function markdown_code(text) {
    const value = clean(text ?? "").replace(/\r\n?|\n/g, " ");
    if (value === "")
        return "` `";
    const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = value.startsWith("`") || value.endsWith("`") || /^ .* $/.test(value) ? " " : "";
    return `${fence}${pad}${value}${pad}${fence}`;
}
/** A URL that is safe in a Markdown link: http(s), mailto or relative; undefined for anything else. */
function markdown_safeUrl(url) {
    const value = clean(url ?? "").trim();
    if (value === "")
        return undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (scheme !== undefined && !["http", "https", "mailto"].includes(scheme))
        return undefined;
    return value.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
/** `[text](url)` with the text escaped; just the escaped text when the URL is missing or unsafe. */
function markdown_link(text, url) {
    const label = markdown_escapeMarkdown(text) || markdown_escapeMarkdown(url);
    const target = markdown_safeUrl(url);
    return target ? `[${label}](${target})` : label;
}
/**
 * Makes a cell safe inside a table row: line breaks become `<br>` and pipes not already escaped are
 * escaped (even in code spans, as GitHub's table syntax requires). Content is otherwise kept: escape
 * user text with `escapeMarkdown` before passing it.
 */
function tableCell(cell) {
    if (cell === null || cell === undefined)
        return "";
    const text = String(cell).replace(/\r\n?|\n/g, "<br>");
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\\") {
            out += c + (text[i + 1] ?? "");
            i++;
        }
        else if (c === "|") {
            out += "\\|";
        }
        else {
            out += c;
        }
    }
    return out.trim();
}
/** A GitHub-flavoured Markdown table. Cells are Markdown (escape user text first); pipes and line breaks are made safe. */
function markdown_markdownTable(headers, rows, align = []) {
    const width = Math.max(headers.length, ...rows.map((r) => r.length));
    const line = (cells) => `| ${Array.from({ length: width }, (_, i) => tableCell(cells[i]) || " ").join(" | ")} |`.replace(/ {2,}\|/g, " |");
    const rule = Array.from({ length: width }, (_, i) => {
        const a = align[i];
        return a === "center" ? ":---:" : a === "right" ? "---:" : a === "left" ? ":---" : "---";
    });
    return [line(headers), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}
/** A collapsible block: the summary is plain text (escaped), the body is Markdown. */
function details(summary, body, opts = {}) {
    return `<details${opts.open ? " open" : ""}>\n<summary>${markdown_escapeMarkdown(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}
const MARKER_KIND = /^[a-z0-9][a-z0-9-]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function encodeMarkerKey(key) {
    return key
        .replace(LONE_SURROGATE, "\uFFFD")
        .replace(/[^A-Za-z0-9._/@#+=:,-]/gu, (c) => encodeURIComponent(c))
        .replace(/--/g, "-%2D")
        .replace(/-$/, "%2D");
}
function markerPattern(kind) {
    if (!MARKER_KIND.test(kind))
        throw new Error(`marker kind "${kind}" must be lower-case letters, digits and dashes`);
    return new RegExp(`<!-- gatehouse:${kind}:([^\\s>]*) -->`);
}
/**
 * The hidden HTML comment Gatehouse puts in what it writes (`<!-- gatehouse:<kind>:<key> -->`), so a
 * re-run finds its own comment or issue instead of writing a second one. Any key is allowed; it is
 * encoded so it cannot end the comment.
 */
function marker(kind, key) {
    markerPattern(kind);
    return `<!-- gatehouse:${kind}:${encodeMarkerKey(key)} -->`;
}
/** The key of the first `kind` marker in `body`, or undefined. */
function findMarker(body, kind) {
    if (!body)
        return undefined;
    const found = markerPattern(kind).exec(body)?.[1];
    if (found === undefined)
        return undefined;
    try {
        return decodeURIComponent(found);
    }
    catch {
        return found;
    }
}
/** True when `body` carries the marker for exactly this kind and key. */
function hasMarker(body, kind, key) {
    return typeof body === "string" && body.includes(marker(kind, key));
}
/** The first item (comment, issue) whose body carries the marker, e.g. to update instead of duplicating. */
function findByMarker(items, kind, key) {
    const wanted = marker(kind, key);
    return items.find((item) => typeof item.body === "string" && item.body.includes(wanted));
}

;// CONCATENATED MODULE: ../../packages/core/src/review/postImplementationReview.ts
/**
 * Post-implementation review (PIR): the last step of every change, successful or not.
 *
 * After a deployment, one review issue is opened per deployment — a deployment being one
 * workflow run deploying one repository to one environment, so that re-runs (new attempts of the
 * same run) find and update the same issue instead of opening another. The review carries the
 * sections of the shipped PIR issue form (`.github/ISSUE_TEMPLATE/post-implementation-review.yml`),
 * so a review opened by hand and a generated one read the same:
 * - the facts of the deployment (outcome, environment, version and release, duration, run, the
 *   change requests with their type, risk and approvers, the environment approvers, an emergency
 *   or freeze override, due date, whether the review is required) are written by Gatehouse and
 *   refreshed on every re-run;
 * - the review itself (checklist, objectives met, incidents, back-out, lessons learned) belongs to
 *   the people doing it: a re-run keeps whatever they already wrote or ticked.
 *
 * Failed and cancelled deployments and emergency changes make the review required and
 * high-priority, and their checklist also asks for the back-out decision and the incident link.
 *
 * The change requests close their loop here: each gets one comment linking the review and moves to
 * `change/implemented` (success) or `change/failed` (anything else); on success they may be closed.
 */



const DEPLOYMENT_OUTCOMES = (/* unused pure expression or super */ null && (["success", "failure", "cancelled"]));
/** Thrown for an input the review cannot be opened with; names the input and the fix. */
class ReviewInputError extends Error {
    input;
    name = "ReviewInputError";
    constructor(input, message) {
        super(message);
        this.input = input;
    }
}
/** Labels the review process uses, with the colour and description they are created with. */
const REVIEW_LABELS = {
    review: {
        name: "post-implementation-review",
        color: "5319e7",
        description: "Post-implementation review of a deployment",
    },
    highPriority: { name: "priority/high", color: "b60205", description: "Needs attention first" },
    implemented: {
        name: "change/implemented",
        color: "0e8a16",
        description: "Change request deployed successfully",
    },
    failed: { name: "change/failed", color: "d93f0b", description: "Change request whose deployment failed" },
    unauthorised: {
        name: "change/unauthorised",
        color: "b60205",
        description: "Deployed although change-gate did not authorise it (report mode)",
    },
};
// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------
/** `success` / `failure` / `cancelled` (as `${{ job.status }}` says it; `canceled` accepted too). */
function parseOutcome(text) {
    const value = text.trim().toLowerCase();
    if (value === "canceled")
        return "cancelled";
    if (DEPLOYMENT_OUTCOMES.includes(value))
        return value;
    throw new ReviewInputError("outcome", `Input "outcome" must be success, failure or cancelled (got "${text}"); pass \`outcome: \${{ job.status }}\`.`);
}
const CHANGE_TYPES = (/* unused pure expression or super */ null && (["standard", "normal", "emergency"]));
const RISKS = (/* unused pure expression or super */ null && (["low", "medium", "high"]));
const oneOf = (allowed, value, fallback) => {
    const v = (value ?? "").toLowerCase();
    return allowed.includes(v) ? v : fallback;
};
/**
 * Reads change-gate's `change-requests` output. Empty text means none were supplied (`null`),
 * which the review states rather than failing; an unknown type reads as normal, an unknown risk
 * as medium.
 */
function parseReviewChangeRequests(text) {
    let gated;
    try {
        gated = parseGatedChangeRequests(text);
    }
    catch (e) {
        if (e instanceof ChangeRequestsInputError)
            throw new ReviewInputError("change-requests", e.message);
        throw e;
    }
    return (gated?.map((cr) => ({
        repository: cr.repository,
        number: cr.number,
        title: cr.title ?? "",
        type: oneOf(CHANGE_TYPES, cr.type, "normal"),
        risk: oneOf(RISKS, cr.risk, "medium"),
        approvers: cr.approvers.map((a) => a.login),
        url: cr.url ?? "",
        ...(cr.authorised === false ? { authorised: false } : {}),
    })) ?? null);
}
/** Comma- or newline-separated logins, `@` optional, duplicates dropped. */
function parseLogins(text) {
    const logins = text
        .split(/[\s,]+/)
        .map((s) => s.trim().replace(/^@/, ""))
        .filter(Boolean);
    const bad = logins.find((l) => !GITHUB_LOGIN.test(l));
    if (bad !== undefined) {
        throw new ReviewInputError("assignees", `Input "assignees" (or review.assignees in the policy): "${bad}" is not a GitHub login — write logins such as \`alice\` or \`@alice\`, separated by commas or new lines (teams cannot be assigned).`);
    }
    return uniqueIgnoringCase(logins);
}
/** A GitHub user login: letters, digits and single inner hyphens, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** GitHub's longest label name. */
const MAX_LABEL_LENGTH = 50;
/** Comma- or newline-separated label names, each at most 50 characters as GitHub allows. */
function parseLabelList(text) {
    const labels = text
        .split(/[\n,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    const long = labels.find((l) => [...l].length > MAX_LABEL_LENGTH);
    if (long !== undefined) {
        throw new ReviewInputError("labels", `Input "labels" (or review.labels in the policy): "${long}" is ${[...long].length} characters long; GitHub allows at most ${MAX_LABEL_LENGTH} in a label name — shorten it.`);
    }
    return uniqueIgnoringCase(labels);
}
function parseDueInDays(text, fallback = 5) {
    const trimmed = text.trim();
    if (trimmed === "")
        return fallback;
    const days = Number(trimmed);
    if (!Number.isInteger(days) || days < 0 || days > 365) {
        throw new ReviewInputError("due-in-days", `Input "due-in-days" must be a whole number of days between 0 and 365 (got "${text}").`);
    }
    return days;
}
function parseCloseChangeRequests(text) {
    const value = text.trim().toLowerCase();
    if (value === "" || value === "never")
        return "never";
    if (value === "on-success")
        return "on-success";
    throw new ReviewInputError("close-change-requests", `Input "close-change-requests" must be never or on-success (got "${text}").`);
}
/** ISO 8601 instant (e.g. `${{ steps.start.outputs.at }}` from `date -u +%FT%TZ`), or epoch seconds. */
function parseStartedAt(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return null;
    const date = /^\d{9,11}$/.test(trimmed) ? new Date(Number(trimmed) * 1000) : new Date(trimmed);
    if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T|^\d{9,11}$/.test(trimmed)) {
        throw new ReviewInputError("started-at", `Input "started-at" must be an ISO 8601 date-time such as 2026-11-23T14:05:00Z (got "${text}").`);
    }
    return date;
}
/** Attempts are left out on purpose: a re-run is the same deployment and updates the same review. */
function reviewIdentity(id) {
    const key = `${id.repository.toLowerCase()}/${encodeURIComponent(id.environment.trim().toLowerCase())}/${id.runId}`;
    return { key, marker: marker("pir", key), commentMarker: marker("pir-link", key) };
}
function reviewRequirement(outcome, changeRequests, reviewRepository = "", priorityLabel = REVIEW_LABELS.highPriority.name) {
    const reasons = [];
    if (outcome === "failure")
        reasons.push("the deployment failed");
    if (outcome === "cancelled")
        reasons.push("the deployment was cancelled");
    const emergencies = (changeRequests ?? []).filter((cr) => cr.type === "emergency");
    if (emergencies.length > 0) {
        const refs = emergencies.map((cr) => changeRequestRef(cr, reviewRepository)).join(", ");
        reasons.push(`${emergencies.length === 1 ? "it deployed an emergency change" : "it deployed emergency changes"} (${refs})`);
    }
    const unauthorised = (changeRequests ?? []).filter((cr) => cr.authorised === false);
    if (unauthorised.length > 0) {
        const refs = unauthorised.map((cr) => changeRequestRef(cr, reviewRepository)).join(", ");
        reasons.push(`it deployed ${unauthorised.length === 1 ? "a change request" : "change requests"} change-gate did not authorise (${refs}; the gate ran in report mode)`);
    }
    const required = reasons.length > 0;
    return { required, reasons, labels: required ? [priorityLabel] : [] };
}
/**
 * Success → `change/implemented` (and closed when `close-change-requests: on-success`), anything else
 * → `change/failed`; the opposite label is removed, so a failed attempt followed by a successful
 * re-run ends implemented. Closed CRs are never reopened.
 */
function changeRequestTransition(outcome, current, close, authorised = true) {
    if (!authorised) {
        // Deployed without the gate's authorisation: never `change/implemented` (nor closed) as if it
        // had been authorised; labelled for what it is, whatever labels it already carries.
        const label = REVIEW_LABELS.unauthorised.name;
        const has = current.labels.some((l) => l.toLowerCase() === label);
        return { labels: has ? null : [...current.labels, label], close: false, label };
    }
    const wanted = outcome === "success" ? REVIEW_LABELS.implemented.name : REVIEW_LABELS.failed.name;
    const unwanted = outcome === "success" ? REVIEW_LABELS.failed.name : REVIEW_LABELS.implemented.name;
    const lower = (s) => s.toLowerCase();
    const has = (name) => current.labels.some((l) => lower(l) === lower(name));
    const labels = has(wanted) && !has(unwanted)
        ? null
        : [...current.labels.filter((l) => lower(l) !== lower(unwanted) && lower(l) !== lower(wanted)), wanted];
    return {
        labels,
        close: outcome === "success" && close === "on-success" && current.state === "open",
        label: wanted,
    };
}
/** Headings of the PIR issue form, in order. Gatehouse writes the facts; people write the review. */
const REVIEW_SECTIONS = {
    outcome: "Outcome",
    environment: "Environment",
    version: "Version",
    duration: "Duration",
    run: "Workflow run",
    changeRequests: "Change requests",
    approvers: "Environment approvers",
    override: "Emergency or freeze override",
    dueDate: "Due date",
    required: "Review required",
    checklist: "Review checklist",
    objectives: "Objectives met",
    incidents: "Incidents",
    backOut: "Back-out used",
    backOutDecision: "Back-out decision",
    incidentLink: "Incident link",
    lessons: "Lessons learned",
};
/** Sections the reviewers fill in: a re-run never overwrites what they wrote there. */
const PEOPLE_SECTIONS = [
    REVIEW_SECTIONS.checklist,
    REVIEW_SECTIONS.objectives,
    REVIEW_SECTIONS.incidents,
    REVIEW_SECTIONS.backOut,
    REVIEW_SECTIONS.backOutDecision,
    REVIEW_SECTIONS.incidentLink,
    REVIEW_SECTIONS.lessons,
];
/** What a section nobody has filled in yet says (GitHub's own issue forms write the same). */
const NO_RESPONSE = "_No response_";
const postImplementationReview_CHECKLIST_ITEMS = {
    objectives: "The change met its objectives",
    incidents: "Incidents caused by the change are recorded (or there were none)",
    backOut: "Whether the back-out plan was used is recorded",
    lessons: "Lessons learned are recorded",
    backOutDecision: "The back-out decision is recorded (backed out, or why the fix went forward)",
    incidentLink: "The incident is linked",
};
/** `#12` inside the review repository, `org/changes#12` from anywhere else. */
function changeRequestRef(cr, fromRepository) {
    return cr.repository.toLowerCase() === fromRepository.toLowerCase()
        ? `#${cr.number}`
        : `${cr.repository}#${cr.number}`;
}
const OUTCOME_WORDS = {
    success: "Success",
    failure: "Failure",
    cancelled: "Cancelled",
};
/** `YYYY-MM-DD` (UTC) `days` after `now`. */
function reviewDueDate(now, days) {
    return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
/** `1 h 02 min 05 s`, `3 min 10 s`, `42 s`. */
function formatDuration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h} h ${String(m).padStart(2, "0")} min ${String(s).padStart(2, "0")} s`;
    if (m > 0)
        return `${m} min ${String(s).padStart(2, "0")} s`;
    return `${s} s`;
}
function isoSeconds(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
function releaseUrl(serverUrl, repository, tag) {
    return `${serverUrl.replace(/\/+$/, "")}/${repository}/releases/tag/${encodeURIComponent(tag)}`;
}
/** `[#12](url)`: references are made of owner/repo and a number, so they need no escaping. */
function refLink(ref, url) {
    const target = safeUrl(url);
    return target ? `[${ref}](${target})` : ref;
}
/** `@login` shown without notifying anyone (the review must not ping every approver). */
function userLink(login) {
    return escapeMarkdown(`@${login.replace(/^@/, "")}`);
}
function reviewTitle(facts) {
    const what = facts.releaseTag ? facts.releaseTag : `run ${facts.identity.runId}`;
    return `PIR: ${facts.identity.environment} ${what} — ${OUTCOME_WORDS[facts.outcome].toLowerCase()}`;
}
function section(heading, content) {
    return `### ${heading}\n\n${content.trim() === "" ? NO_RESPONSE : content.trim()}`;
}
function postImplementationReview_changeRequestsSection(facts) {
    const crs = facts.changeRequests;
    if (crs === null) {
        return "No change requests were supplied to this review (pass change-gate's `change-requests` output to link them).";
    }
    if (crs.length === 0)
        return "This deployment carried no change requests.";
    const rows = crs.map((cr) => {
        const state = facts.changeRequestStates?.get(changeRequestKey(cr));
        const ref = changeRequestRef(cr, facts.reviewRepository);
        const crLink = refLink(ref, cr.url);
        const status = state === undefined
            ? ""
            : !state.found
                ? "⚠️ no longer exists"
                : facts.outcome === "success"
                    ? REVIEW_LABELS.implemented.name
                    : REVIEW_LABELS.failed.name;
        return [
            crLink,
            escapeMarkdown(cr.title || "(untitled)"),
            cr.type,
            cr.risk,
            cr.approvers.length > 0 ? cr.approvers.map(userLink).join(", ") : "—",
            status,
        ];
    });
    const table = markdownTable(["Change request", "Title", "Type", "Risk", "Approvers", "Status"], rows);
    const missing = crs.filter((cr) => facts.changeRequestStates?.get(changeRequestKey(cr))?.found === false);
    const note = missing.length > 0
        ? `\n\n${missing.map((cr) => changeRequestRef(cr, facts.reviewRepository)).join(", ")} ${missing.length === 1 ? "no longer exists" : "no longer exist"} (deleted, transferred or not readable with this token): ${missing.length === 1 ? "its" : "their"} lifecycle could not be recorded.`
        : "";
    return `${table}${note}`;
}
function approversSection(facts) {
    if (facts.approvals === null) {
        return "Could not be read with this token: give the job `actions: read` to list who approved the deployment.";
    }
    const env = facts.identity.environment.toLowerCase();
    const relevant = facts.approvals.filter((a) => a.environments.length === 0 || a.environments.some((e) => e.toLowerCase() === env));
    if (relevant.length === 0)
        return "No environment approval was recorded for this run.";
    return relevant
        .map((a) => {
        const envs = a.environments.length > 0 ? a.environments.map((e) => code(e)).join(", ") : "";
        const comment = a.comment.trim() ? `: “${escapeMarkdown(a.comment.trim().replace(/\s+/g, " "))}”` : "";
        return `- ${userLink(a.user)} ${a.state}${envs ? ` ${envs}` : ""}${comment}`;
    })
        .join("\n");
}
function overrideSection(facts) {
    const lines = [];
    const emergencies = (facts.changeRequests ?? []).filter((cr) => cr.type === "emergency");
    for (const cr of emergencies) {
        lines.push(`- Emergency change: ${changeRequestRef(cr, facts.reviewRepository)}`);
    }
    if (facts.freezeOverriddenBy) {
        lines.push(`- A freeze window was overridden by ${link(facts.freezeOverriddenBy, facts.freezeOverriddenBy)}`);
    }
    return lines.length > 0 ? lines.join("\n") : "None";
}
function checklistItems(requirement, outcome) {
    const items = [
        postImplementationReview_CHECKLIST_ITEMS.objectives,
        postImplementationReview_CHECKLIST_ITEMS.incidents,
        postImplementationReview_CHECKLIST_ITEMS.backOut,
        postImplementationReview_CHECKLIST_ITEMS.lessons,
    ];
    if (outcome !== "success" || requirement.required) {
        items.push(postImplementationReview_CHECKLIST_ITEMS.backOutDecision, postImplementationReview_CHECKLIST_ITEMS.incidentLink);
    }
    return items;
}
/** The review issue's title and body, following the PIR issue form's sections. */
function renderReview(facts) {
    const id = reviewIdentity(facts.identity);
    const requirement = reviewRequirement(facts.outcome, facts.changeRequests, facts.reviewRepository);
    const dueDate = reviewDueDate(facts.now, facts.dueInDays);
    const deployedRepo = facts.identity.repository;
    const version = facts.releaseTag
        ? link(facts.releaseTag, releaseUrl(facts.serverUrl, deployedRepo, facts.releaseTag))
        : "No release was supplied (pass release-bundle's `tag` output as `release-tag`).";
    let duration;
    if (facts.startedAt === null) {
        duration = `Not recorded (pass \`started-at\`); reviewed at ${isoSeconds(facts.now)}.`;
    }
    else if (facts.startedAt.getTime() > facts.now.getTime()) {
        duration = `Unknown: \`started-at\` (${isoSeconds(facts.startedAt)}) is after the review time (${isoSeconds(facts.now)}).`;
    }
    else {
        duration = `${formatDuration(facts.now.getTime() - facts.startedAt.getTime())} (${isoSeconds(facts.startedAt)} → ${isoSeconds(facts.now)})`;
    }
    const attempt = facts.runAttempt > 1 ? `, attempt ${facts.runAttempt}` : "";
    const runText = `${deployedRepo} run ${facts.identity.runId}${attempt}`;
    const required = requirement.required
        ? `Yes — ${requirement.reasons.join("; ")}.`
        : "No — the deployment succeeded with no emergency change.";
    const peopleHint = `Tick the checklist and fill in the sections below by ${dueDate}.`;
    const lead = requirement.required
        ? `> [!CAUTION]\n> **Review required by ${dueDate}:** ${escapeMarkdown(requirement.reasons.join("; "))}. Record the back-out decision and link the incident.`
        : `> [!NOTE]\n> Post-implementation review of the deployment to ${code(facts.identity.environment)}. ${peopleHint}`;
    const items = checklistItems(requirement, facts.outcome);
    const people = [
        section(REVIEW_SECTIONS.checklist, items.map((item) => `- [ ] ${item}`).join("\n")),
        section(REVIEW_SECTIONS.objectives, NO_RESPONSE),
        section(REVIEW_SECTIONS.incidents, NO_RESPONSE),
        section(REVIEW_SECTIONS.backOut, NO_RESPONSE),
    ];
    if (items.includes(postImplementationReview_CHECKLIST_ITEMS.backOutDecision)) {
        people.push(section(REVIEW_SECTIONS.backOutDecision, NO_RESPONSE), section(REVIEW_SECTIONS.incidentLink, NO_RESPONSE));
    }
    people.push(section(REVIEW_SECTIONS.lessons, NO_RESPONSE));
    const body = [
        id.marker,
        lead,
        section(REVIEW_SECTIONS.outcome, OUTCOME_WORDS[facts.outcome]),
        section(REVIEW_SECTIONS.environment, escapeMarkdown(facts.identity.environment)),
        section(REVIEW_SECTIONS.version, version),
        section(REVIEW_SECTIONS.duration, duration),
        section(REVIEW_SECTIONS.run, link(runText, facts.runUrl)),
        section(REVIEW_SECTIONS.changeRequests, postImplementationReview_changeRequestsSection(facts)),
        section(REVIEW_SECTIONS.approvers, approversSection(facts)),
        section(REVIEW_SECTIONS.override, overrideSection(facts)),
        section(REVIEW_SECTIONS.dueDate, dueDate),
        section(REVIEW_SECTIONS.required, required),
        ...people,
    ].join("\n\n");
    return { title: reviewTitle(facts), body: `${body}\n`, requirement, dueDate };
}
/** Splits a body into its preamble and `### Heading` sections (as GitHub renders an issue form). */
function splitSections(body) {
    const sections = new Map();
    const parts = body.replace(/\r\n/g, "\n").split(/^### +/m);
    const preamble = parts.shift() ?? "";
    for (const part of parts) {
        const newline = part.indexOf("\n");
        const heading = (newline === -1 ? part : part.slice(0, newline)).trim();
        const content = newline === -1 ? "" : part.slice(newline + 1).trim();
        if (!sections.has(heading))
            sections.set(heading, content);
    }
    return { preamble, sections };
}
/**
 * The body a re-run writes: the freshly rendered facts, with everything the reviewers already wrote
 * kept — filled-in sections stay as they are, ticked checklist items stay ticked, items added by
 * hand stay.
 */
function mergeReviewBody(existing, rendered) {
    const old = splitSections(existing).sections;
    const fresh = splitSections(rendered);
    const out = [fresh.preamble.trimEnd()];
    for (const [heading, content] of fresh.sections) {
        let value = content;
        const previous = old.get(heading);
        if (PEOPLE_SECTIONS.includes(heading) && previous !== undefined) {
            value = heading === REVIEW_SECTIONS.checklist ? mergeChecklist(previous, content) : previous || content;
        }
        out.push(`### ${heading}\n\n${value.trim() === "" ? NO_RESPONSE : value.trim()}`);
    }
    // What people wrote in sections this rendering no longer has (a back-out decision written
    // after a failed attempt, sections added by hand) survives too.
    for (const [heading, content] of old) {
        if (fresh.sections.has(heading))
            continue;
        const isFact = Object.values(REVIEW_SECTIONS).includes(heading) && !PEOPLE_SECTIONS.includes(heading);
        if (!isFact && content !== NO_RESPONSE)
            out.push(`### ${heading}\n\n${content}`);
    }
    return `${out.join("\n\n")}\n`;
}
function mergeChecklist(previous, fresh) {
    const item = /^- \[( |x|X)\] +(.*)$/;
    const ticked = new Map();
    const extra = [];
    const freshItems = new Set(fresh
        .split("\n")
        .map((line) => item.exec(line.trim())?.[2]?.trim())
        .filter(Boolean));
    for (const line of previous.split("\n")) {
        const m = item.exec(line.trim());
        if (!m)
            continue;
        const text = (m[2] ?? "").trim();
        ticked.set(text, m[1] !== " ");
        if (!freshItems.has(text))
            extra.push(line.trim());
    }
    const lines = fresh.split("\n").map((line) => {
        const m = item.exec(line.trim());
        if (!m)
            return line;
        const text = (m[2] ?? "").trim();
        return `- [${ticked.get(text) ? "x" : " "}] ${text}`;
    });
    return [...lines, ...extra].join("\n");
}
/** True when `body` carries the review marker of this deployment. */
function isReviewOf(body, identity) {
    return typeof body === "string" && body.includes(identity.marker);
}
/** The comment each change request gets, linking its review. */
function renderChangeRequestComment(input) {
    const id = reviewIdentity(input.identity);
    const what = input.releaseTag ? code(input.releaseTag) : "this change";
    const outcome = input.outcome === "success" ? "succeeded" : input.outcome === "failure" ? "failed" : "was cancelled";
    const run = safeUrl(input.runUrl) ? ` (${link(`run ${input.identity.runId}`, input.runUrl)})` : "";
    const lifecycle = input.transition.label === REVIEW_LABELS.unauthorised.name
        ? `change-gate did not authorise this change request (it ran in report mode), so it is labelled \`${input.transition.label}\`, not implemented.`
        : `This change request is now \`${input.transition.label}\`${input.closed ? " and closed" : ""}.`;
    const review = `Post-implementation review: ${refLink(input.reviewRef, input.reviewUrl)}${input.required ? " — **required**" : ""}.`;
    return `${id.commentMarker}\nThe deployment of ${what} to ${code(input.identity.environment)}${run} ${outcome}. ${lifecycle}\n\n${review}\n`;
}
/** Labels the review issue ends with: ours added, high priority removed when no longer required. */
function reviewLabels(current, wanted, managed = [REVIEW_LABELS.highPriority.name]) {
    const lower = (s) => s.toLowerCase();
    const wantedLower = new Set(wanted.map(lower));
    const kept = current.filter((l) => wantedLower.has(lower(l)) || !managed.some((m) => lower(m) === lower(l)));
    const keptLower = new Set(kept.map(lower));
    return [...kept, ...wanted.filter((l) => !keptLower.has(lower(l)))];
}
function sameSet(a, b) {
    const la = new Set(a.map((s) => s.toLowerCase()));
    const lb = new Set(b.map((s) => s.toLowerCase()));
    return la.size === lb.size && [...la].every((x) => lb.has(x));
}
function uniqueIgnoringCase(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = v.toLowerCase();
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/improvement/deliveryMetrics.ts
/**
 * The DORA metrics of one environment over a period `[from, to)`, computed from Gatehouse's own
 * links instead of guesses: the deployments GitHub recorded (created and marked by identities the
 * policy trusts), each successful deployment's exact range since the previous successful one, and
 * the post-implementation review of each deployment with its outcome and change requests.
 *
 * Definitions (each figure lists the deployments it was computed from, so a reader can check it):
 * - a deployment counts when it was created in the period by a trusted identity and its final
 *   status — the newest one a trusted identity set, leaving out `inactive` (GitHub marks an older
 *   deployment inactive when a newer one succeeds; that does not undo its success) — is `success`,
 *   `failure` or `error`;
 * - it *failed* when that status is `failure`/`error`, or when its review's outcome is `failure`;
 *   every other counted deployment is *successful*;
 * - deployment frequency: successful deployments per week and per day of the period;
 * - change lead time: for every commit first deployed by a successful deployment of the period (in
 *   its range since the previous successful deployment, not in an earlier one's), the hours from its
 *   committer date to that deployment's success; median and 90th percentile (nearest rank);
 * - change failure rate: failed ÷ counted deployments;
 * - failed deployment recovery time: for each failed deployment of the period, the hours from its
 *   final status to the success of the next successful deployment created after it (which may come
 *   after the period); median over those recovered — one never recovered is listed, not counted;
 * - deployment rework rate: the share of counted deployments whose review names an emergency change
 *   request.
 * Rates and lead times are null when there is nothing to measure.
 */

const HOUR = 3_600_000;
const deliveryMetrics_DAY = 24 * HOUR;
const lower = (s) => s.toLowerCase();
const time = (iso) => Date.parse(iso);
/** The median: the middle value, or the mean of the two middle ones. Null for no values. */
function median(values) {
    if (values.length === 0)
        return null;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** The p-th percentile by nearest rank: the smallest value with at least p % of values at or below it. */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const s = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * s.length));
    return s[rank - 1];
}
/** The run id an Actions deployment status points at (`…/actions/runs/<id>…`), or null. */
function runIdOfLogUrl(url) {
    const m = /\/actions\/runs\/(\d+)(?:[/?#]|$)/.exec(url ?? "");
    return m ? Number(m[1]) : null;
}
function finalStatus(d, trust) {
    const trusted = new Set(trust.trustedCreators.map(lower));
    const believed = (login) => login !== null && trusted.has(lower(login));
    if (!believed(d.creator)) {
        return {
            state: null,
            at: null,
            runId: null,
            distrust: `${d.creator ? `\`@${d.creator}\`` : "an unknown account"} created it, and the policy trusts only ${[
                ...trusted,
            ]
                .map((l) => `\`${l}\``)
                .join(", ")} (\`deployments.trusted-creators\`)`,
        };
    }
    // Newest first; statuses set in the same second keep their given order (newest last).
    const ordered = d.statuses
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => believed(s.creator))
        .sort((a, b) => time(b.s.createdAt) - time(a.s.createdAt) || b.i - a.i)
        .map(({ s }) => s);
    const final = ordered.find((s) => lower(s.state) !== "inactive") ?? null;
    let runId = null;
    for (const s of ordered) {
        runId = runIdOfLogUrl(s.logUrl);
        if (runId !== null)
            break;
    }
    return { state: final ? lower(final.state) : null, at: final?.createdAt ?? null, runId, distrust: null };
}
function judgeAll(input) {
    const trusted = new Set(input.trustedCreators.map(lower));
    const reviews = new Map();
    // The oldest review of a deployment is the one Gatehouse opened; a later one is not its record.
    for (const r of [...input.reviews].sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.number - b.number)) {
        if (r.author === null || !trusted.has(lower(r.author)))
            continue;
        if (!reviews.has(r.key))
            reviews.set(r.key, r);
    }
    return [...input.deployments]
        .sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.id - b.id)
        .map((d) => {
        const final = finalStatus(d, input);
        const key = final.runId === null
            ? null
            : reviewIdentity({
                repository: input.repository,
                environment: input.environment,
                runId: final.runId,
            }).key;
        const review = key === null ? null : (reviews.get(key) ?? null);
        let result = null;
        let failedBecause = null;
        if (final.state === "failure" || final.state === "error") {
            result = "failure";
            failedBecause = final.state === "failure" ? "status failure" : "status error";
        }
        else if (final.state === "success") {
            if (review?.outcome === "failure") {
                result = "failure";
                failedBecause = "review";
            }
            else
                result = "success";
        }
        return { d, final, review, result, failedBecause };
    });
}
/**
 * The ranges the lead time needs: for each successful deployment of the period (oldest first), the
 * commit it deployed and the commit of the previous successful deployment to the environment (null
 * when there is none: its range is unknown).
 */
function rangesNeeded(input) {
    const from = input.from.getTime();
    const to = input.to.getTime();
    const out = [];
    let previous = null;
    for (const j of judgeAll(input)) {
        if (j.result !== "success")
            continue;
        const created = time(j.d.createdAt);
        if (created >= from && created < to)
            out.push({ deploymentId: j.d.id, base: previous, head: j.d.sha });
        previous = j.d.sha;
    }
    return out;
}
const round = (n, digits) => {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
};
function computeDeliveryMetrics(input) {
    const from = input.from.getTime();
    const to = input.to.getTime();
    const judged = judgeAll(input);
    const inPeriod = (j) => time(j.d.createdAt) >= from && time(j.d.createdAt) < to;
    const deployments = [];
    const leftOut = [];
    for (const j of judged) {
        if (!inPeriod(j))
            continue;
        if (j.final.distrust) {
            leftOut.push({ id: j.d.id, sha: j.d.sha, createdAt: j.d.createdAt, reason: `${j.final.distrust}.` });
            continue;
        }
        if (j.result === null) {
            leftOut.push({
                id: j.d.id,
                sha: j.d.sha,
                createdAt: j.d.createdAt,
                reason: j.final.state
                    ? `its final status is ${j.final.state}, not success, failure or error.`
                    : "it has no status a trusted identity set.",
            });
            continue;
        }
        const crs = j.review?.changeRequests ?? [];
        deployments.push({
            id: j.d.id,
            sha: j.d.sha,
            createdAt: j.d.createdAt,
            result: j.result,
            finishedAt: j.final.at,
            failedBecause: j.failedBecause,
            runId: j.final.runId,
            review: j.review ? { number: j.review.number, url: j.review.url, outcome: j.review.outcome } : null,
            changeRequests: crs.map((cr) => `${cr.repository}#${cr.number}`),
            emergency: crs.some((cr) => cr.type === "emergency"),
        });
    }
    const successful = deployments.filter((d) => d.result === "success");
    const failed = deployments.filter((d) => d.result === "failure");
    // Lead time: each commit once, at the first successful deployment whose range holds it.
    const seen = new Set();
    const commits = [];
    const unknownRanges = [];
    for (const d of successful) {
        const range = input.ranges.get(d.id);
        if (!range) {
            unknownRanges.push(d.id);
            continue;
        }
        for (const c of range) {
            if (seen.has(c.sha))
                continue;
            seen.add(c.sha);
            commits.push({
                sha: c.sha,
                deploymentId: d.id,
                hours: (time(d.finishedAt) - time(c.committedAt)) / HOUR,
            });
        }
    }
    const hours = commits.map((c) => c.hours);
    // Recovery: the next successful deployment created after the failed one, wherever it falls.
    const laterSuccesses = judged.filter((j) => j.result === "success" && !j.final.distrust);
    const recoveries = failed.map((f) => {
        const next = laterSuccesses.find((j) => time(j.d.createdAt) > time(f.createdAt) || (j.d.createdAt === f.createdAt && j.d.id > f.id));
        return next
            ? {
                deploymentId: f.id,
                recoveredBy: next.d.id,
                hours: (time(next.final.at) - time(f.finishedAt)) / HOUR,
            }
            : { deploymentId: f.id, recoveredBy: null, hours: null };
    });
    const recovered = recoveries.filter((r) => r.hours !== null).map((r) => r.hours);
    const periodMs = Math.max(to - from, 1);
    const emergency = deployments.filter((d) => d.emergency);
    return {
        environment: input.environment,
        from: input.from.toISOString(),
        to: input.to.toISOString(),
        deployments,
        leftOut,
        successful: successful.length,
        failed: failed.length,
        deploymentFrequency: {
            perWeek: successful.length / (periodMs / (7 * deliveryMetrics_DAY)),
            perDay: successful.length / (periodMs / deliveryMetrics_DAY),
            deploymentIds: successful.map((d) => d.id),
        },
        leadTime: { medianHours: median(hours), p90Hours: percentile(hours, 90), commits, unknownRanges },
        changeFailureRate: {
            rate: deployments.length === 0 ? null : failed.length / deployments.length,
            failedIds: failed.map((d) => d.id),
            deploymentIds: deployments.map((d) => d.id),
        },
        recoveryTime: { medianHours: median(recovered), recoveries },
        reworkRate: {
            rate: deployments.length === 0 ? null : emergency.length / deployments.length,
            deploymentIds: emergency.map((d) => d.id),
        },
    };
}
function metricsJson(m) {
    const r = (n, digits) => (n === null ? null : round(n, digits));
    return {
        environment: m.environment,
        from: m.from,
        to: m.to,
        deployments: m.deployments.length,
        successful: m.successful,
        failed: m.failed,
        deploymentFrequency: {
            perWeek: round(m.deploymentFrequency.perWeek, 4),
            perDay: round(m.deploymentFrequency.perDay, 4),
        },
        leadTime: { medianHours: r(m.leadTime.medianHours, 2), p90Hours: r(m.leadTime.p90Hours, 2) },
        changeFailureRate: r(m.changeFailureRate.rate, 4),
        recoveryTime: { medianHours: r(m.recoveryTime.medianHours, 2) },
        reworkRate: r(m.reworkRate.rate, 4),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/review/reviewRecord.ts
/**
 * A post-implementation review read back: what continuous improvement learns from it. The review
 * issue is Gatehouse's own record of one deployment (one workflow run to one environment): its
 * hidden marker names the deployment, its sections the outcome, the change requests with their type,
 * and what the reviewers wrote — the checklist and the lessons learned.
 */


const OUTCOMES = {
    success: "success",
    failure: "failure",
    cancelled: "cancelled",
    canceled: "cancelled",
};
/** Cells of one Markdown table row (pipes escaped as `\|` stay inside their cell). */
function rowCells(line) {
    const inner = line
        .trim()
        .replace(/^\|/, "")
        .replace(/(?<!\\)\|$/, "");
    return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
const REF = /^\[?((?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)?)#(\d+)\]?/;
function changeRequestRows(section, reviewRepository) {
    const out = [];
    const lines = section.split("\n").filter((l) => l.trim().startsWith("|"));
    // Header and rule first; a review without a table (none supplied, none carried) has no rows.
    for (const line of lines.slice(2)) {
        const cells = rowCells(line);
        const ref = REF.exec(cells[0] ?? "");
        if (!ref)
            continue;
        const type = (cells[2] ?? "").toLowerCase();
        out.push({
            repository: ref[1] || reviewRepository,
            number: Number(ref[2]),
            type: type === "standard" || type === "normal" || type === "emergency" ? type : null,
        });
    }
    return out;
}
function checklist(section) {
    const out = [];
    for (const line of (section ?? "").split("\n")) {
        const m = /^\s*[-*] \[( |x|X)\] +(.*)$/.exec(line);
        if (m)
            out.push({ item: m[2].trim(), done: m[1] !== " " });
    }
    return out;
}
/**
 * Reads a review issue; null when it carries no review marker (not a review Gatehouse opened).
 * `reviewRepository` is the `owner/repo` the review lives in: the table writes its own change
 * requests as `#12`.
 */
function readReviewRecord(issue, reviewRepository) {
    const key = findMarker(issue.body, "pir");
    if (key === undefined)
        return null;
    const runId = Number(key.slice(key.lastIndexOf("/") + 1));
    if (!Number.isSafeInteger(runId) || runId <= 0)
        return null;
    const { sections } = splitSections(issue.body);
    const outcomeText = (sections.get(REVIEW_SECTIONS.outcome) ?? "").trim().split(/\s/, 1)[0].toLowerCase();
    const lessons = (sections.get(REVIEW_SECTIONS.lessons) ?? "").trim();
    return {
        key: key.toLowerCase(),
        runId,
        number: issue.number,
        url: issue.url,
        title: issue.title,
        createdAt: issue.createdAt,
        author: issue.author,
        outcome: OUTCOMES[outcomeText.replace(/[^a-z]/g, "")] ?? null,
        changeRequests: changeRequestRows(sections.get(REVIEW_SECTIONS.changeRequests) ?? "", reviewRepository),
        checklist: checklist(sections.get(REVIEW_SECTIONS.checklist)),
        lessons: lessons === "" || lessons === NO_RESPONSE ? null : lessons,
    };
}
/** The checklist items a review still has open. */
function openChecklistItems(record) {
    return record.checklist.filter((c) => !c.done).map((c) => c.item);
}
/** True once the reviewers ticked "Lessons learned are recorded" (or wrote some). */
function lessonsRecorded(record) {
    return (record.lessons !== null || record.checklist.some((c) => c.item === CHECKLIST_ITEMS.lessons && c.done));
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/authorship.ts

/** GitHub lists at most this many commits of a pull request. */
const PULL_COMMIT_LIMIT = 250;
/** Pull requests per query: 100 × 100 commits = 10,000 nodes, 100 requests = 1 point. */
const PULLS_PER_QUERY = 100;
/** Commits per co-author query: 100 × 50 authors = 5,000 nodes, 100 requests = 1 point. */
const COMMITS_PER_QUERY = 100;
/** Co-authors read of one commit. */
const AUTHORS_PER_COMMIT = 50;
const READS_AT_ONCE = 4;
/** How a git identity GitHub ties to no account is named: `author "Name <e-mail>"`. */
const describeIdentity = (role, who) => `${role} "${who?.name ?? "unknown"} <${who?.email ?? "no e-mail"}>"`;
/** GitHub's own committer (merges and edits made on github.com): nobody to tie. */
const isGitHub = (who) => who?.email?.toLowerCase() === "noreply@github.com";
/** A commit message naming co-authors (GitHub reads them from `Co-authored-by:` trailers). */
const namesCoAuthors = (message) => /^\s*co-authored-by:/im.test(message);
/** Who shaped a commit, from the author and committer GitHub tied (or not) to accounts. */
function authorship(sha, author, committer) {
    const unidentified = [];
    const sameone = !!author.git?.email && author.git.email.toLowerCase() === committer.git?.email?.toLowerCase();
    const committerUnknown = !committer.login && !isGitHub(committer.git);
    if (!author.login)
        unidentified.push(describeIdentity(committerUnknown && sameone ? "author and committer" : "author", author.git));
    if (committerUnknown && !(sameone && !author.login))
        unidentified.push(describeIdentity("committer", committer.git));
    return {
        sha,
        authors: author.login ? [author.login] : [],
        committer: committer.login,
        ...(unidentified.length > 0 ? { unidentified } : {}),
    };
}
/**
 * The pull requests whose own commits the range may not hold: all but those merged with a merge
 * commit (two parents) that is in the range — its second parent brings the pull request's commits.
 */
function pullRequestsHidingCommits(commits, pulls) {
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    return pulls.filter((p) => {
        const merge = p.mergeCommit ? bySha.get(p.mergeCommit) : undefined;
        return !(merge && (merge.parents?.length ?? 0) >= 2);
    });
}
/**
 * Sets `commits` on each pull request: its own commits with their authors and committers (pages of
 * 100, up to GitHub's 250). Commits GitHub does not list are counted in `unreadCommits`. Answers the
 * commits that name co-authors, with their messages, for `resolveCoAuthors`.
 */
async function commitsOfPullRequests(client, repo, pulls) {
    const named = [];
    const totals = new Map();
    for (const p of pulls)
        p.commits = [];
    let pending = pulls.map((p) => ({ pull: p, cursor: null }));
    while (pending.length > 0) {
        const batches = [];
        for (let i = 0; i < pending.length; i += PULLS_PER_QUERY)
            batches.push(pending.slice(i, i + PULLS_PER_QUERY));
        const answers = await inBatches(batches, READS_AT_ONCE, (batch) => {
            const fields = batch
                .map(({ pull, cursor }, k) => `p${k}: pullRequest(number: ${Math.trunc(pull.number)}) { commits(first: 100${cursor ? `, after: ${JSON.stringify(cursor)}` : ""}) { totalCount pageInfo { hasNextPage endCursor } nodes { commit { oid message author { ...GatehouseActor } committer { ...GatehouseActor } } } } }`)
                .join("\n");
            return client.graphql(`query GatehousePullCommits($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}\nfragment GatehouseActor on GitActor { name email user { login } }`, { owner: repo.owner, name: repo.repo });
        });
        const next = [];
        batches.forEach((batch, b) => {
            batch.forEach(({ pull }, k) => {
                const page = answers[b].repository?.[`p${k}`]?.commits;
                if (!page)
                    return; // unread: counted below
                totals.set(pull.number, page.totalCount);
                for (const { commit: c } of page.nodes) {
                    const authored = authorship(c.oid, { login: c.author?.user?.login ?? null, git: c.author }, { login: c.committer?.user?.login ?? null, git: c.committer });
                    pull.commits.push(authored);
                    if (namesCoAuthors(c.message))
                        named.push({ message: c.message, commit: authored });
                }
                if (page.pageInfo.hasNextPage && page.pageInfo.endCursor && pull.commits.length < PULL_COMMIT_LIMIT)
                    next.push({ pull, cursor: page.pageInfo.endCursor });
            });
        });
        pending = next;
    }
    for (const p of pulls) {
        const total = totals.get(p.number);
        const read = p.commits?.length ?? 0;
        if (total === undefined || read < total)
            p.unreadCommits = total === undefined ? -1 : total - read;
    }
    return named;
}
/**
 * Adds the co-authors GitHub ties to accounts (by any e-mail address an account verified) to each
 * commit's authors; a co-author tied to none, or beyond the 50 read, is named in `unidentified`.
 */
async function resolveCoAuthors(client, repo, commits) {
    const batches = [];
    for (let i = 0; i < commits.length; i += COMMITS_PER_QUERY)
        batches.push(commits.slice(i, i + COMMITS_PER_QUERY));
    await inBatches(batches, READS_AT_ONCE, async (batch) => {
        const fields = batch
            .map((c, k) => `c${k}: object(oid: "${c.sha.replace(/[^0-9a-f]/gi, "")}") { ... on Commit { authors(first: ${AUTHORS_PER_COMMIT}) { totalCount nodes { name email user { login } } } } }`)
            .join("\n");
        const data = await client.graphql(`query GatehouseCoAuthors($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`, { owner: repo.owner, name: repo.repo });
        batch.forEach((commit, k) => {
            const authors = data.repository?.[`c${k}`]?.authors;
            const unidentified = [...(commit.unidentified ?? [])];
            if (!authors)
                unidentified.push("its co-authors (GitHub did not answer who they are)");
            else {
                // The first is the commit's author, already known.
                for (const a of authors.nodes.slice(1)) {
                    const login = a.user?.login;
                    if (login) {
                        if (!commit.authors.some((x) => x.toLowerCase() === login.toLowerCase()))
                            commit.authors.push(login);
                    }
                    else
                        unidentified.push(describeIdentity("co-author", a));
                }
                if (authors.totalCount > authors.nodes.length)
                    unidentified.push(`${authors.totalCount - authors.nodes.length} co-authors beyond the ${AUTHORS_PER_COMMIT} read`);
            }
            if (unidentified.length > 0)
                commit.unidentified = unidentified;
        });
    });
}
/**
 * Everyone who shaped the range's commits and its pull requests' own commits, read whole: the
 * commits hidden by squash and rebase merges, then the co-authors of every commit naming some.
 */
async function readAuthorship(client, repo, commits, pulls) {
    const hiding = pullRequestsHidingCommits(commits, pulls);
    await Promise.all([
        hiding.length > 0
            ? commitsOfPullRequests(client, repo, hiding).then((named) => named.length > 0
                ? resolveCoAuthors(client, repo, named.map((n) => n.commit))
                : undefined)
            : undefined,
        (async () => {
            const named = commits.filter((c) => namesCoAuthors(c.message));
            if (named.length > 0)
                await resolveCoAuthors(client, repo, named);
        })(),
    ]);
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/range.ts

/** GitHub's compare: the 250 newest commits in an answer without paging, then pages of 100. */
const PER_PAGE = 100;
/** GitHub lists at most this many files in a comparison (and of one commit on one page). */
const COMPARE_FILE_LIMIT = 300;
/** The most commits change-gate assesses in one deployment. */
const MAX_RANGE_COMMITS = 10_000;
/** The most direct pushes whose files are read one request each. */
const MAX_DIRECT_FILE_READS = 100;
/** Reads in flight together: fewer round trips, and clear of GitHub's secondary limits. */
const range_READS_AT_ONCE = 4;
/** A limit that stops the assessment: the gate blocks with this message. */
class RangeLimitError extends Error {
}
/** `fn` over `items`, at most `n` at a time, results in order. */
async function range_inBatches(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
    return out;
}
function toCommit(c) {
    return {
        ...authorship(c.sha, { login: c.author?.login ?? null, git: c.commit.author }, { login: c.committer?.login ?? null, git: c.commit.committer }),
        message: c.commit.message,
        url: c.html_url,
        ...(c.commit.committer?.date ? { committedAt: c.commit.committer.date } : {}),
        pullRequests: [],
        ...(c.parents ? { parents: c.parents.map((p) => p.sha) } : {}),
    };
}
const toFile = (f) => ({
    path: f.filename,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    additions: f.additions,
    deletions: f.deletions,
});
/**
 * Compares base...head and reads every commit of the range, or throws a RangeLimitError naming
 * the limit. The first answer brings the 250 newest commits, the head's sha and the files; older
 * commits come in pages of 100 compared against that sha, so a branch that moves meanwhile cannot
 * mix two ranges.
 */
async function range_compareRange(client, repo, base, head) {
    const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
    const first = (await client.request(route, {
        owner: repo.owner,
        repo: repo.repo,
        basehead: `${base}...${head}`,
    })).data;
    const total = first.total_commits;
    if (total > MAX_RANGE_COMMITS) {
        throw new RangeLimitError(`The deployed range has ${total.toLocaleString("en-US")} commits, more than the ${MAX_RANGE_COMMITS.toLocaleString("en-US")} change-gate assesses in one deployment (limit MAX_RANGE_COMMITS): deploy it in steps — an earlier commit first — each at most ${MAX_RANGE_COMMITS.toLocaleString("en-US")} commits ahead of the last deployment.`);
    }
    const newest = first.commits;
    const headSha = newest.at(-1)?.sha ?? (/^[0-9a-f]{40}$/i.test(head) ? head : first.base_commit.sha);
    let requests = 1;
    const older = [];
    if (total > newest.length) {
        const pages = Array.from({ length: Math.ceil((total - newest.length) / PER_PAGE) }, (_, i) => i + 1);
        const answers = await range_inBatches(pages, range_READS_AT_ONCE, async (page) => {
            requests++;
            return (await client.request(route, {
                owner: repo.owner,
                repo: repo.repo,
                basehead: `${base}...${headSha}`,
                per_page: PER_PAGE,
                page,
            })).data.commits;
        });
        for (const a of answers)
            older.push(...a);
    }
    const seen = new Set();
    const commits = [];
    for (const c of [...older, ...newest]) {
        if (seen.has(c.sha))
            continue;
        seen.add(c.sha);
        commits.push(toCommit(c));
    }
    if (commits.length !== total) {
        throw new RangeLimitError(`GitHub listed ${commits.length} of the ${total} commits between ${base.slice(0, 12)} and ${headSha.slice(0, 12)}: the range cannot be assessed whole. Re-run the job; if it persists, deploy a shorter range.`);
    }
    const files = (first.files ?? []).map(toFile);
    return {
        range: {
            baseSha: first.base_commit.sha,
            headSha,
            status: first.status,
            commits,
            files,
            filesComplete: files.length < COMPARE_FILE_LIMIT,
            url: first.html_url,
        },
        requests,
    };
}
/** Commits per aliased query: 100 × 5 pull requests = 500 nodes, 100 requests = 1 point. */
const range_COMMITS_PER_QUERY = 100;
/** Pull requests read of each commit: the merged one is looked for among these. */
const PULLS_PER_COMMIT = 5;
/**
 * The merged pull requests containing each commit (GitHub's associated pull requests). Fills
 * `commit.pullRequests` in place and returns each pull request once (files not yet read), and in
 * `beyond` the commits in more than PULLS_PER_COMMIT pull requests none of which (of those read)
 * is merged: they keep no pull request.
 */
async function pullRequestsOfCommits(client, repo, commits, options = {}) {
    const pulls = new Map();
    const changedFiles = new Map();
    const beyond = [];
    const perQuery = options.perQuery ?? range_COMMITS_PER_QUERY;
    const batches = [];
    for (let i = 0; i < commits.length; i += perQuery)
        batches.push(commits.slice(i, i + perQuery));
    const answers = await range_inBatches(batches, range_READS_AT_ONCE, async (batch) => {
        const fields = batch
            .map((c, k) => `c${k}: object(oid: "${c.sha.replace(/[^0-9a-f]/gi, "")}") { ... on Commit { associatedPullRequests(first: ${PULLS_PER_COMMIT}) { totalCount nodes { ...GatehousePull } } } }`)
            .join("\n");
        const query = `query GatehousePullRequests($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
${fields}
  }
}
fragment GatehousePull on PullRequest { id number title url body merged mergedAt lastEditedAt changedFiles author { login } mergedBy { login } mergeCommit { oid } }`;
        return client.graphql(query, { owner: repo.owner, name: repo.repo });
    });
    batches.forEach((batch, b) => {
        const data = answers[b];
        batch.forEach((commit, k) => {
            const associated = data.repository?.[`c${k}`]?.associatedPullRequests;
            // More than 5 pull requests hold this commit: the merged one may be beyond; the commit
            // stays without a pull request, which the gate treats as a direct push (it blocks, never allows).
            const nodes = associated?.nodes ?? [];
            if ((associated?.totalCount ?? 0) > nodes.length && !nodes.some((pr) => pr.merged))
                beyond.push(commit.sha);
            for (const pr of nodes) {
                if (!pr.merged)
                    continue;
                if (!commit.pullRequests.includes(pr.number))
                    commit.pullRequests.push(pr.number);
                if (pulls.has(pr.number))
                    continue;
                changedFiles.set(pr.number, pr.changedFiles);
                pulls.set(pr.number, {
                    number: pr.number,
                    title: pr.title,
                    url: pr.url,
                    body: pr.body ?? "",
                    author: pr.author?.login ?? null,
                    mergedBy: pr.mergedBy?.login ?? null,
                    mergeCommit: pr.mergeCommit?.oid ?? null,
                    id: pr.id,
                    mergedAt: pr.mergedAt,
                    bodyEditedAt: pr.lastEditedAt,
                });
            }
        });
    });
    return {
        pullRequests: [...pulls.values()].sort((a, b) => a.number - b.number),
        changedFiles,
        requests: batches.length,
        beyond,
    };
}
/** Pull requests per aliased query: 50 × 100 files = 5,000 nodes, 50 requests = 1 point. */
const range_PULLS_PER_QUERY = 50;
/** GitHub lists at most 3,000 files of a pull request. */
const PULL_FILE_LIMIT = 3000;
/**
 * Every file of each pull request, following pages of 100. Sets `files` on the pull requests whose
 * list is complete and answers the files with their line counts; a pull request GitHub lists only
 * in part keeps no `files` (not exempt) and is named in `incomplete`.
 */
async function filesOfPullRequests(client, repo, pulls, changedFiles) {
    const files = new Map(pulls.map((p) => [p.number, []]));
    let pending = pulls.map((p) => ({ number: p.number, cursor: null }));
    let requests = 0;
    const incomplete = [];
    const renamed = new Set();
    while (pending.length > 0) {
        const batches = [];
        for (let i = 0; i < pending.length; i += range_PULLS_PER_QUERY)
            batches.push(pending.slice(i, i + range_PULLS_PER_QUERY));
        const answers = await range_inBatches(batches, range_READS_AT_ONCE, async (batch) => {
            requests++;
            const fields = batch
                .map((p, k) => `p${k}: pullRequest(number: ${Math.trunc(p.number)}) { files(first: 100${p.cursor ? `, after: ${JSON.stringify(p.cursor)}` : ""}) { pageInfo { hasNextPage endCursor } nodes { path additions deletions changeType } } }`)
                .join("\n");
            return client.graphql(`query GatehousePullFiles($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${fields}\n  }\n}`, { owner: repo.owner, name: repo.repo });
        });
        const next = [];
        batches.forEach((batch, b) => {
            batch.forEach((p, k) => {
                const page = answers[b].repository?.[`p${k}`]?.files;
                const list = files.get(p.number);
                if (!page) {
                    incomplete.push(p.number);
                    return;
                }
                for (const n of page.nodes) {
                    list.push({ path: n.path, additions: n.additions, deletions: n.deletions });
                    if (n.changeType === "RENAMED")
                        renamed.add(p.number);
                }
                if (page.pageInfo.hasNextPage && list.length < PULL_FILE_LIMIT)
                    next.push({ number: p.number, cursor: page.pageInfo.endCursor });
                else if (page.pageInfo.hasNextPage || list.length < (changedFiles.get(p.number) ?? 0))
                    incomplete.push(p.number);
            });
        });
        pending = next;
    }
    // A renamed file also touches its old path (GraphQL does not name it): read from REST, where
    // GitHub answers `previous_filename`, for the pull requests that rename something.
    const withRenames = [...renamed].filter((n) => !incomplete.includes(n));
    await range_inBatches(withRenames, range_READS_AT_ONCE, async (number) => {
        const previous = await previousPaths(client, repo, number);
        requests += previous.requests;
        for (const f of files.get(number)) {
            const before = previous.paths.get(f.path);
            if (before)
                f.previousPath = before;
        }
    });
    for (const p of pulls)
        if (!incomplete.includes(p.number))
            p.files = files.get(p.number).flatMap(pathsOf);
    for (const n of incomplete)
        files.delete(n);
    return { files, incomplete, requests };
}
/** Every path a changed file touches: a renamed file's old path too. */
const pathsOf = (f) => f.previousPath ? [f.path, f.previousPath] : [f.path];
/** The old paths of a pull request's renamed files (REST pages of 100, up to GitHub's 3,000 files). */
async function previousPaths(client, repo, number) {
    const paths = new Map();
    let requests = 0;
    for (let page = 1; page <= PULL_FILE_LIMIT / 100; page++) {
        requests++;
        const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
            owner: repo.owner,
            repo: repo.repo,
            pull_number: number,
            per_page: 100,
            page,
        });
        for (const f of data)
            if (f.previous_filename)
                paths.set(f.filename, f.previous_filename);
        if (data.length < 100)
            break;
    }
    return { paths, requests };
}
/**
 * The files of commits pushed without a pull request, one request each, at most
 * MAX_DIRECT_FILE_READS; a commit GitHub lists 300 or more files of, or beyond the bound, keeps no
 * `files` (not exempt) and is answered in `unread`.
 */
async function filesOfCommits(client, repo, commits) {
    const read = commits.slice(0, MAX_DIRECT_FILE_READS);
    const unread = commits.slice(MAX_DIRECT_FILE_READS);
    const files = new Map();
    await range_inBatches(read, range_READS_AT_ONCE, async (commit) => {
        const { data } = await client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
            owner: repo.owner,
            repo: repo.repo,
            ref: commit.sha,
        });
        const list = data.files ?? [];
        if (list.length < COMPARE_FILE_LIMIT) {
            commit.files = list.map(toFile).flatMap(pathsOf);
            files.set(commit.sha, list.map(toFile));
        }
        else
            unread.push(commit);
    });
    return { files, unread, requests: read.length };
}
/** The files of several lists, once per path, line counts added up. */
function mergeChangedFiles(lists) {
    const by = new Map();
    for (const list of lists) {
        for (const f of list) {
            const prev = by.get(f.path);
            if (!prev)
                by.set(f.path, { ...f });
            else
                by.set(f.path, {
                    ...prev,
                    additions: prev.additions + f.additions,
                    deletions: prev.deletions + f.deletions,
                });
        }
    }
    return [...by.values()];
}

;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/deploymentHistory.ts
/**
 * The records continuous improvement reads, through GitHub's GraphQL API, newest first and whole or
 * refused naming the limit: the deployments to one environment with every status (100 a request,
 * 1 point), and the post-implementation reviews (100 a request, 1 point).
 */


/** The most deployments one measurement reads. */
const MAX_DEPLOYMENTS = 50_000;
/** The most statuses read of one deployment. */
const MAX_STATUSES = 1_000;
/** The most reviews one measurement reads. */
const MAX_REVIEWS = 50_000;
/** Statuses read with each deployment; the rest in follow-up requests. */
const STATUSES_FIRST = 10;
/** Deployments whose further statuses are read in one request: 50 × 100 statuses, 1 point. */
const STATUS_FOLLOW_UPS = 50;
const deploymentHistory_READS_AT_ONCE = 4;
/** A read that cannot be completed within a limit: the measurement stops with this message. */
class HistoryLimitError extends Error {
}
/** A login as REST writes it: GraphQL gives an App's bot without its `[bot]` suffix. */
function restLogin(actor) {
    if (!actor)
        return null;
    return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
}
const DEPLOYMENTS = `query GatehouseDeploymentHistory($owner: String!, $name: String!, $environment: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], first: 100, after: $cursor, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id databaseId commitOid createdAt creator { __typename login }
        statuses(first: ${STATUSES_FIRST}) { ...GatehouseStatuses }
      }
    }
  }
}
fragment GatehouseStatuses on DeploymentStatusConnection {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { state createdAt logUrl creator { __typename login } }
}`;
const toStatus = (s) => ({
    state: s.state.toLowerCase(),
    createdAt: s.createdAt,
    creator: restLogin(s.creator),
    logUrl: s.logUrl,
});
/** The statuses beyond the first page, for each deployment that has more. */
async function remainingStatuses(client, pending) {
    let requests = 0;
    let open = pending.map((p) => ({ ...p, cursor: p.raw.statuses.pageInfo.endCursor }));
    while (open.length > 0) {
        const batches = [];
        for (let i = 0; i < open.length; i += STATUS_FOLLOW_UPS)
            batches.push(open.slice(i, i + STATUS_FOLLOW_UPS));
        const answers = await range_inBatches(batches, deploymentHistory_READS_AT_ONCE, (batch) => {
            requests++;
            const fields = batch
                .map((p, k) => `d${k}: node(id: ${JSON.stringify(p.raw.id)}) { ... on Deployment { statuses(first: 100, after: ${JSON.stringify(p.cursor)}) { ...GatehouseStatuses } } }`)
                .join("\n");
            return client.graphql(`query GatehouseDeploymentStatuses {\n${fields}\n}\nfragment GatehouseStatuses on DeploymentStatusConnection {\n  totalCount pageInfo { hasNextPage endCursor }\n  nodes { state createdAt logUrl creator { __typename login } }\n}`);
        });
        const next = [];
        batches.forEach((batch, b) => {
            batch.forEach((p, k) => {
                const page = answers[b][`d${k}`]?.statuses;
                if (!page)
                    throw new HistoryLimitError(`Deployment ${p.raw.databaseId} vanished while its statuses were read; run again.`);
                p.statuses.push(...page.nodes.map(toStatus));
                if (p.statuses.length > MAX_STATUSES) {
                    throw new HistoryLimitError(`Deployment ${p.raw.databaseId} has more than ${MAX_STATUSES.toLocaleString("en-US")} statuses (limit MAX_STATUSES): its outcome cannot be read whole.`);
                }
                if (page.pageInfo.hasNextPage)
                    next.push({ ...p, cursor: page.pageInfo.endCursor });
            });
        });
        open = next;
    }
    return requests;
}
/**
 * Every deployment to `environment` created at or after `since`, newest first, and the ones before
 * it back to the last one a trusted identity made and finished successfully (the base of the first
 * range). Each with every status.
 */
async function readDeploymentHistory(client, repo, environment, since, trustedCreators) {
    const out = [];
    let cursor = null;
    let requests = 0;
    for (;;) {
        const data = await client.graphql(DEPLOYMENTS, { owner: repo.owner, name: repo.repo, environment, cursor });
        requests++;
        if (!data.repository)
            throw new Error(`The repository ${repo.owner}/${repo.repo} cannot be read with this token.`);
        const page = data.repository.deployments;
        const read = page.nodes.map((raw) => ({ raw, statuses: raw.statuses.nodes.map(toStatus) }));
        requests += await remainingStatuses(client, read.filter((r) => r.raw.statuses.pageInfo.hasNextPage));
        let baseFound = false;
        for (const { raw, statuses } of read) {
            const record = {
                id: raw.databaseId,
                sha: raw.commitOid,
                createdAt: raw.createdAt,
                creator: restLogin(raw.creator),
                statuses,
            };
            out.push(record);
            if (Date.parse(raw.createdAt) < since.getTime() &&
                finalStatus(record, { trustedCreators }).state === "success")
                baseFound = true;
        }
        if (baseFound || !page.pageInfo.hasNextPage)
            break;
        if (out.length >= MAX_DEPLOYMENTS) {
            throw new HistoryLimitError(`More than ${MAX_DEPLOYMENTS.toLocaleString("en-US")} deployments to ${environment} since ${since.toISOString().slice(0, 10)} (limit MAX_DEPLOYMENTS): measure a shorter span.`);
        }
        cursor = page.pageInfo.endCursor;
    }
    return { deployments: out, requests };
}
const REVIEWS = `query GatehouseReviewHistory($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    issues(labels: ["post-implementation-review"], first: 100, after: $cursor, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url title body createdAt author { __typename login } }
    }
  }
}`;
/**
 * The post-implementation reviews opened in `reviewRepository` at or after `since`, read back;
 * only those opened by a trusted identity (Gatehouse's own) are kept.
 */
async function readReviewHistory(client, reviewRepository, since, trustedCreators) {
    const [owner = "", name = ""] = reviewRepository.split("/", 2);
    const trusted = new Set(trustedCreators.map((l) => l.toLowerCase()));
    const out = [];
    let cursor = null;
    let requests = 0;
    let read = 0;
    for (;;) {
        const data = await client.graphql(REVIEWS, { owner, name, cursor });
        requests++;
        if (!data.repository) {
            throw new Error(`The review repository ${reviewRepository} does not exist or this token cannot read it: check the policy's review.repository and give the token access to it.`);
        }
        const page = data.repository.issues;
        let older = false;
        for (const issue of page.nodes) {
            if (Date.parse(issue.createdAt) < since.getTime()) {
                older = true;
                continue;
            }
            read++;
            const author = restLogin(issue.author);
            if (author === null || !trusted.has(author.toLowerCase()))
                continue;
            const record = readReviewRecord({ ...issue, body: issue.body ?? "", author }, reviewRepository);
            if (record)
                out.push(record);
        }
        if (older || !page.pageInfo.hasNextPage)
            break;
        if (read >= MAX_REVIEWS) {
            throw new HistoryLimitError(`More than ${MAX_REVIEWS.toLocaleString("en-US")} post-implementation reviews in ${reviewRepository} since ${since.toISOString().slice(0, 10)} (limit MAX_REVIEWS): measure a shorter span.`);
        }
        cursor = page.pageInfo.endCursor;
    }
    return { reviews: out, requests };
}
/**
 * Whose deployments, statuses and reviews the measurement believes: the policy's
 * `deployments.trusted-creators`, else the workflow token's identity (as change-gate believes them).
 */
function deploymentHistory_trustedDeployers(policy) {
    const section = policy.deployments;
    return section?.trustedCreators ?? ["github-actions[bot]"];
}

;// CONCATENATED MODULE: ../../packages/core/src/improvement/periods.ts
/**
 * The periods continuous improvement reports on: whole UTC weeks (Monday to Monday) or calendar
 * months, the last one being the latest that has ended.
 */
/** Thrown for a period input Gatehouse cannot use; names the input and the fix. */
class PeriodInputError extends Error {
    name = "PeriodInputError";
}
function parsePeriodUnit(text, input = "period") {
    const v = text.trim().toLowerCase();
    if (v === "" || v === "week" || v === "weekly")
        return "week";
    if (v === "month" || v === "monthly")
        return "month";
    throw new PeriodInputError(`Input "${input}" must be week or month (got "${text}").`);
}
/** The most periods a trend shows. */
const MAX_TREND_PERIODS = 52;
function parsePeriodCount(text, fallback, input = "periods") {
    const t = text.trim();
    if (t === "")
        return fallback;
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > MAX_TREND_PERIODS) {
        throw new PeriodInputError(`Input "${input}" must be a whole number of periods from 1 to ${MAX_TREND_PERIODS} (got "${text}").`);
    }
    return n;
}
const periods_DAY = 86_400_000;
const ymd = (d) => d.toISOString().slice(0, 10);
function period(unit, from) {
    if (unit === "week") {
        const to = new Date(from.getTime() + 7 * periods_DAY);
        return {
            unit,
            from,
            to,
            label: `week of ${ymd(from)}`,
            short: ymd(from).slice(5),
            key: `week/${ymd(from)}`,
        };
    }
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const month = ymd(from).slice(0, 7);
    return { unit, from, to, label: month, short: month, key: `month/${month}` };
}
/** The period holding `at`. */
function periodAt(at, unit) {
    if (unit === "week") {
        const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
        const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
        return period(unit, new Date(midnight - sinceMonday * periods_DAY));
    }
    return period(unit, new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)));
}
/** The `count` periods that ended last before `now`, oldest first (the last is the one to report). */
function endedPeriods(now, unit, count) {
    const out = [];
    let current = periodAt(now, unit);
    for (let i = 0; i < count; i++) {
        current = periodAt(new Date(current.from.getTime() - 1), unit);
        out.unshift(current);
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/improvement/performanceBands.ts
const band = (value, edges, higherIsBetter) => {
    const [elite, high, medium] = edges;
    if (higherIsBetter)
        return value >= elite ? "elite" : value >= high ? "high" : value >= medium ? "medium" : "low";
    return value < elite ? "elite" : value < high ? "high" : value < medium ? "medium" : "low";
};
/** Successful deployments per day: daily, weekly, monthly. */
function frequencyBand(perDay) {
    return band(perDay, [1, 1 / 7, 1 / 30], true);
}
/** Median lead time in hours: a day, a week, a month. */
function leadTimeBand(hours) {
    return band(hours, [24, 24 * 7, 24 * 30], false);
}
/** Change failure rate 0–1: 5 %, 10 %, 15 % (inclusive). */
function changeFailureBand(rate) {
    return rate <= 0.05 ? "elite" : rate <= 0.1 ? "high" : rate <= 0.15 ? "medium" : "low";
}
/** Median recovery time in hours: an hour, a day, a week. */
function recoveryBand(hours) {
    return band(hours, [1, 24, 24 * 7], false);
}
function performanceBands(m) {
    return {
        deploymentFrequency: frequencyBand(m.deploymentFrequency.perDay),
        leadTime: m.leadTime.medianHours === null ? null : leadTimeBand(m.leadTime.medianHours),
        changeFailureRate: m.changeFailureRate.rate === null ? null : changeFailureBand(m.changeFailureRate.rate),
        recoveryTime: m.recoveryTime.medianHours === null ? null : recoveryBand(m.recoveryTime.medianHours),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/improvement/improvementReport.ts
/**
 * The continuous-improvement report of one period: the figures with their DORA bands, the trend over
 * the periods before it (tables and Mermaid `xychart-beta` charts, which GitHub renders), the failed
 * deployments with their reviews, the lessons learned the reviews recorded, and the earned standard
 * changes. The same Markdown is the job summary and the body of the period's "Continuous
 * improvement" issue, which a hidden marker finds again so a re-run updates it instead of opening
 * another.
 */



const IMPROVEMENT_LABEL = {
    name: "continuous-improvement",
    color: "1d76db",
    description: "Continuous improvement: delivery figures and lessons of a period",
};
/** One issue per repository, environment and period. */
function improvementIdentity(repository, environment, period) {
    const key = `${repository.toLowerCase()}/${encodeURIComponent(environment.trim().toLowerCase())}/${period.key}`;
    return { key, marker: marker("improvement", key) };
}
function improvementTitle(environment, period) {
    return `Continuous improvement: ${environment}, ${period.label}`;
}
const BAND_WORDS = {
    elite: "Elite",
    high: "High",
    medium: "Medium",
    low: "Low",
};
const bandCell = (b) => (b ? BAND_WORDS[b] : "—");
const num = (n, digits = 2) => {
    const r = Number(n.toFixed(digits));
    return r.toLocaleString("en-US", { maximumFractionDigits: digits });
};
/** Hours in words: `45 min`, `13 h`, `3.9 d`. */
function formatHours(h) {
    if (h === null)
        return "—";
    if (h < 1)
        return `${num(h * 60, 0)} min`;
    if (h < 48)
        return `${num(h, 1)} h`;
    return `${num(h / 24, 1)} d`;
}
const percent = (r) => (r === null ? "—" : `${num(r * 100, 1)} %`);
const ids = (list, max = 12) => list.length === 0
    ? "none"
    : list.length <= max
        ? list.join(", ")
        : `${list.slice(0, max).join(", ")} and ${list.length - max} more`;
/** A link whose label Gatehouse made (a number, a short sha): no escaping needed. */
function improvementReport_link(label, url) {
    const target = markdown_safeUrl(url);
    return target ? `[${label}](${target})` : label;
}
function commitLink(input, sha) {
    const hex = sha.replace(/[^0-9a-f]/gi, "");
    return improvementReport_link(`\`${hex.slice(0, 7)}\``, `${input.serverUrl.replace(/\/+$/, "")}/${input.repository}/commit/${hex}`);
}
function figuresTable(m) {
    const bands = performanceBands(m);
    const total = m.deployments.length;
    const recovered = m.recoveryTime.recoveries.filter((r) => r.hours !== null).length;
    const notRecovered = m.recoveryTime.recoveries.length - recovered;
    const deploymentsWithCommits = new Set(m.leadTime.commits.map((c) => c.deploymentId)).size;
    return markdown_markdownTable(["Figure", "Value", "DORA band", "Computed from"], [
        [
            "Deployments",
            `${total} (${m.successful} successful, ${m.failed} failed)`,
            "",
            `deployments ${ids(m.changeFailureRate.deploymentIds)}`,
        ],
        [
            "Deployment frequency",
            `${num(m.deploymentFrequency.perWeek)} a week (${num(m.deploymentFrequency.perDay)} a day)`,
            bandCell(bands.deploymentFrequency),
            `successful deployments ${ids(m.deploymentFrequency.deploymentIds)}`,
        ],
        [
            "Change lead time",
            m.leadTime.medianHours === null
                ? "— (no commit first deployed)"
                : `median ${formatHours(m.leadTime.medianHours)}, 90th percentile ${formatHours(m.leadTime.p90Hours)}`,
            bandCell(bands.leadTime),
            `${m.leadTime.commits.length} commits of ${deploymentsWithCommits} deployments${m.leadTime.unknownRanges.length > 0 ? `; range unknown: ${ids(m.leadTime.unknownRanges)}` : ""}`,
        ],
        [
            "Change failure rate",
            m.changeFailureRate.rate === null
                ? "— (no deployment)"
                : `${percent(m.changeFailureRate.rate)} (${m.failed} of ${total})`,
            bandCell(bands.changeFailureRate),
            `failed deployments ${ids(m.changeFailureRate.failedIds)}`,
        ],
        [
            "Failed deployment recovery time",
            m.recoveryTime.medianHours === null
                ? m.failed === 0
                    ? "— (nothing failed)"
                    : "— (not recovered yet)"
                : `median ${formatHours(m.recoveryTime.medianHours)}`,
            bandCell(bands.recoveryTime),
            `${recovered} recovered${notRecovered > 0 ? `, ${notRecovered} not yet` : ""}`,
        ],
        [
            "Deployment rework rate",
            m.reworkRate.rate === null
                ? "— (no deployment)"
                : `${percent(m.reworkRate.rate)} (${m.reworkRate.deploymentIds.length} of ${total})`,
            "—",
            `deployments covering an emergency change: ${ids(m.reworkRate.deploymentIds)}`,
        ],
    ]);
}
/** A Mermaid xychart; a period with nothing to measure is drawn at 0 (the table says —). */
function chart(title, axis, labels, series) {
    const all = series.flatMap((s) => s.values.map((v) => v ?? 0));
    const max = Math.max(1, ...all);
    const top = Number((max * 1.1).toPrecision(2));
    const quoted = (s) => `"${s.replace(/"/g, "'")}"`;
    return [
        "```mermaid",
        "xychart-beta",
        `  title ${quoted(title)}`,
        `  x-axis [${labels.map(quoted).join(", ")}]`,
        `  y-axis ${quoted(axis)} 0 --> ${top}`,
        ...series.map((s) => `  ${s.kind} [${s.values.map((v) => Number((v ?? 0).toFixed(2))).join(", ")}]`),
        "```",
    ].join("\n");
}
function trendSection(input) {
    const labels = input.trend.map((t) => t.period.short);
    const ms = input.trend.map((t) => t.metrics);
    const table = markdown_markdownTable([
        "Period",
        "Deployments",
        "Frequency (a week)",
        "Lead time (median)",
        "Failure rate",
        "Recovery (median)",
        "Rework rate",
    ], input.trend.map(({ period, metrics: m }) => [
        period.label,
        `${m.deployments.length} (${m.failed} failed)`,
        num(m.deploymentFrequency.perWeek),
        formatHours(m.leadTime.medianHours),
        percent(m.changeFailureRate.rate),
        formatHours(m.recoveryTime.medianHours),
        percent(m.reworkRate.rate),
    ]));
    const unit = input.trend[0]?.period.unit ?? "week";
    const charts = [
        chart(`Deployments a ${unit}: successful (bars), failed (line)`, "deployments", labels, [
            { kind: "bar", values: ms.map((m) => m.successful) },
            { kind: "line", values: ms.map((m) => m.failed) },
        ]),
        chart("Change lead time, median (hours)", "hours", labels, [
            { kind: "line", values: ms.map((m) => m.leadTime.medianHours) },
        ]),
        chart("Change failure rate (%)", "%", labels, [
            {
                kind: "bar",
                values: ms.map((m) => (m.changeFailureRate.rate === null ? null : m.changeFailureRate.rate * 100)),
            },
        ]),
        chart("Failed deployment recovery time, median (hours)", "hours", labels, [
            { kind: "line", values: ms.map((m) => m.recoveryTime.medianHours) },
        ]),
    ];
    return [`## Trend over ${input.trend.length} ${unit}s`, table, ...charts].join("\n\n");
}
function deploymentCell(input, d) {
    return `${d.id} (${commitLink(input, d.sha)}, ${d.createdAt.slice(0, 16).replace("T", " ")} UTC)`;
}
function failedSection(input, m) {
    const failed = m.deployments.filter((d) => d.result === "failure");
    if (failed.length === 0)
        return "## Failed deployments\n\nNone in this period.";
    const recoveries = new Map(m.recoveryTime.recoveries.map((r) => [r.deploymentId, r]));
    const reviews = new Map(input.reviews.map((r) => [r.number, r]));
    const rows = failed.map((d) => {
        const r = recoveries.get(d.id);
        const review = d.review ? reviews.get(d.review.number) : undefined;
        const open = review ? openChecklistItems(review).length : 0;
        return [
            deploymentCell(input, d),
            d.failedBecause === "review"
                ? "its review's outcome is failure"
                : `its final status is ${d.failedBecause?.replace("status ", "")}`,
            d.review
                ? `${improvementReport_link(`#${d.review.number}`, d.review.url)}${open > 0 ? ` (${open} checklist item${open === 1 ? "" : "s"} open)` : ""}`
                : "no review found",
            d.changeRequests.length > 0 ? d.changeRequests.map(markdown_escapeMarkdown).join(", ") : "—",
            r?.recoveredBy ? `${r.recoveredBy}, after ${formatHours(r.hours)}` : "not yet",
        ];
    });
    return [
        "## Failed deployments",
        markdown_markdownTable(["Deployment", "Why it counts as failed", "Review", "Change requests", "Recovered by"], rows),
    ].join("\n\n");
}
function lessonsSection(input, m) {
    const measured = new Map(m.deployments.filter((d) => d.review).map((d) => [d.review.number, d]));
    const reviews = input.reviews.filter((r) => measured.has(r.number)).sort((a, b) => a.number - b.number);
    const withLessons = reviews.filter((r) => r.lessons !== null);
    const open = reviews.filter((r) => openChecklistItems(r).length > 0);
    const parts = ["## Lessons learned"];
    if (withLessons.length === 0) {
        parts.push(reviews.length === 0
            ? "No review of this period's deployments was found."
            : `None recorded yet in the ${reviews.length} review${reviews.length === 1 ? "" : "s"} of this period.`);
    }
    else {
        parts.push(withLessons
            .map((r) => {
            const d = measured.get(r.number);
            const text = proseMarkdownLines(r.lessons)
                .split("\n")
                .map((l) => (l === "" ? "" : `  ${l}`))
                .join("\n");
            return `- ${improvementReport_link(`#${r.number}`, r.url)}, deployment ${d.id} (${d.result}):\n${text}`;
        })
            .join("\n"));
    }
    if (open.length > 0) {
        parts.push(`Reviews with checklist items still open: ${open
            .map((r) => `${improvementReport_link(`#${r.number}`, r.url)} (${openChecklistItems(r).length})`)
            .join(", ")}.`);
    }
    return parts.join("\n\n");
}
function earnedSection(input) {
    const { suggestions, after } = input.earned;
    const head = "## Earned standard changes";
    if (after < 1)
        return `${head}\n\nOff (\`improvement.earned-standard-changes: 0\` in the policy).`;
    if (suggestions.length === 0) {
        return `${head}\n\nNo change template has its last ${after} reviews all successful yet.`;
    }
    const rows = suggestions.map((s) => [
        markdown_escapeMarkdown(s.template),
        s.reviews.map((r) => improvementReport_link(`#${r.number}`, r.url)).join(", "),
    ]);
    return [
        head,
        `These templates' last ${after} reviews all succeeded: candidates for pre-approval. Pre-approving is for people to decide — the change advisory board adds a template to \`approvals.standard-changes\` in the policy; Gatehouse never does.`,
        markdown_markdownTable(["Template", `The last ${after} reviews`], rows),
    ].join("\n\n");
}
function leftOutSection(input, m) {
    const lines = [];
    for (const d of m.leftOut) {
        lines.push(`- Deployment ${d.id} (${commitLink(input, d.sha)}, ${d.createdAt.slice(0, 10)}): not counted — ${proseMarkdown(d.reason)}`);
    }
    if (m.leadTime.unknownRanges.length > 0) {
        lines.push(`- Deployment${m.leadTime.unknownRanges.length === 1 ? "" : "s"} ${ids(m.leadTime.unknownRanges)}: no earlier successful deployment, so no range — not in the lead time.`);
    }
    const how = [
        "A deployment counts when a trusted identity created it in the period and its final status (a later `inactive` left aside) is success, failure or error. It failed when that status is failure or error, or when its post-implementation review's outcome is failure.",
        "Lead time runs from each commit's committer date to the success of the deployment that first carried it, in its exact range since the previous successful deployment. Recovery runs from a failure to the success of the next successful deployment. Rework is the share of deployments whose review names an emergency change request.",
    ].join(" ");
    return [
        "<details>",
        "<summary>How these figures were computed</summary>",
        "",
        how,
        ...(lines.length > 0 ? ["", ...lines] : []),
        "",
        "</details>",
    ].join("\n");
}
/** The report's Markdown (no marker): the job summary and the issue share it. */
function renderImprovementReport(input) {
    const last = input.trend.at(-1);
    if (!last)
        throw new Error("renderImprovementReport needs at least one period");
    const { period, metrics: m } = last;
    const lead = `> [!NOTE]\n> Deployments to ${markdown_code(input.environment)} in the ${period.unit} ${period.from.toISOString().slice(0, 10)} → ${period.to
        .toISOString()
        .slice(0, 10)} (UTC, end excluded), measured from Gatehouse's own records: each deployment's exact range and its post-implementation review.`;
    return [
        lead,
        "## The figures",
        figuresTable(m),
        trendSection(input),
        failedSection(input, m),
        lessonsSection(input, m),
        earnedSection(input),
        leftOutSection(input, m),
    ].join("\n\n");
}
/** The period's issue: title and body (marker first). */
function renderImprovementIssue(input) {
    const last = input.trend.at(-1);
    const id = improvementIdentity(input.repository, input.environment, last.period);
    return {
        title: improvementTitle(input.environment, last.period),
        body: `${id.marker}\n${renderImprovementReport(input)}\n`,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/gate.ts
/**
 * The change gate: reads what it needs from GitHub (5 requests for a typical deployment), decides
 * with the pure rules of @gatehouse/core, and keeps one comment per change request up to date.
 * Fails closed: whatever cannot be read becomes a reason to block.
 */









/** Counts requests as the sandbox (and GitHub's rate limit) would. */
function countingClient(client) {
    let n = 0;
    return {
        ...client,
        request: (route, params) => {
            n++;
            return client.request(route, params);
        },
        graphql: (query, variables) => {
            n++;
            return client.graphql(query, variables);
        },
        count: () => n,
        /** A request made for the gate before it started (see index.ts). */
        countSentAhead: () => {
            n++;
        },
    };
}
/** A block before the gate could read anything (bad inputs, no token): fails closed with the reasons. */
function blockedResult(base, reasons) {
    return {
        decision: "block",
        risk: "low",
        changeRequests: [],
        pullRequests: [],
        commits: [],
        policyProblems: [],
        notes: [],
        comments: [],
        requests: 0,
        ...base,
        reasons,
    };
}
async function runGate(deps) {
    const client = countingClient(deps.client);
    const { ctx, inputs } = deps;
    const repo = ctx.repository;
    const repository = `${repo.owner}/${repo.repo}`;
    const base = { mode: inputs.mode, environment: inputs.environment, repository };
    const notes = [];
    let policyProblems = [];
    let policySource;
    let partial = {};
    try {
        // The assess job's decision record, when this run re-checks it before deploying.
        let expected;
        if (inputs.recheck?.trim()) {
            try {
                expected = parseDecisionRecord(inputs.recheck.trim());
            }
            catch (e) {
                if (e instanceof DecisionRecordError)
                    throw new GateStop(e.message);
                throw e;
            }
        }
        // 1. Policy, deployments, latest release: one GraphQL query.
        const state = await step("read the repository, its deployments and its policy", "contents: read, deployments: read", () => readRepositoryState(client, repo, inputs.environment, inputs.policyRef, defaultBranchOf(ctx.event), client.countSentAhead));
        policySource = state.policySource;
        let policy;
        if (state.policyText === null) {
            policy = defaultPolicy();
            notes.push(`No ${state.policySource}: the defaults apply, which name no approvers.`);
        }
        else {
            try {
                policy = parsePolicy(state.policyText, state.policySource);
            }
            catch (e) {
                if (e instanceof PolicyError) {
                    policyProblems = e.problems;
                    throw new GateStop(`The policy cannot be read: ${describeError(e)}`);
                }
                throw e;
            }
        }
        const release = parseReleaseChangeRequest(inputs.changeRequestText, repository);
        if (release.problem)
            throw new GateStop(release.problem);
        // 2. The range.
        const chooseBase = (deployments) => chooseRangeBase({
            environment: inputs.environment,
            deployments,
            latestRelease: state.latestRelease,
            baseInput: inputs.base,
            trustedCreators: trustedDeployers(policy.deployments),
        });
        // The last trusted deployment may be older than the newest 50 (a run of failed deployments, or
        // records made to push it out of sight): older pages are read until it is found, or the list
        // ends, or the gate blocks naming the limit — never a base chosen from part of the list.
        const deployments = await step("read the deployments", "deployments: read", () => readOlderDeployments(client, repo, inputs.environment, state, (records) => chooseBase(records).base?.source === "deployment"));
        const { base: rangeBase, passedOver } = chooseBase(deployments);
        notes.push(...passedOver);
        if (!rangeBase) {
            throw new GateStop(`Nothing says where the deployed range starts: ${inputs.environment} has no successful deployment and the repository has no release. Set the \`base\` input to the commit or tag ${inputs.environment} runs now.`);
        }
        // Re-checking the assess job's decision: the same head, unless the input names one.
        const head = inputs.head.trim() || expected?.head || ctx.sha;
        if (!head)
            throw new GateStop("No head commit: set the `head` input (GITHUB_SHA is not set).");
        const { range } = await step(`compare ${rangeBase.sha.slice(0, 12)}...${head.slice(0, 12)}`, "contents: read", () => compareRange(client, repo, rangeBase.sha, head));
        partial = {
            range: {
                baseSha: range.baseSha,
                headSha: range.headSha,
                baseDescription: rangeBase.description,
                url: range.url,
                status: range.status,
                commits: range.commits.length,
                files: range.files.length,
            },
        };
        const direction = checkRangeDirection({
            environment: inputs.environment,
            base: rangeBase,
            baseSha: range.baseSha,
            headSha: range.headSha,
            status: range.status,
            rollback: inputs.rollback === true,
        });
        if (direction.block)
            throw new GateStop(direction.block);
        if (direction.note)
            notes.push(direction.note);
        // 3.–6. The pull requests, files and change requests of the range, and core's decision.
        const assessed = await assessRange({
            client,
            repo,
            environment: inputs.environment,
            policy,
            range,
            ...(release.link ? { releaseLink: release.link } : {}),
            // GitHub's time, from its first answer: nothing in the job can move it.
            now: client.now(),
            scheduleConflicts: true,
        });
        const { decision } = assessed;
        if (partial.range)
            partial.range.files = assessed.files.length;
        const reasons = [...decision.reasons, ...assessed.conflictReasons];
        // What the decision rested on, for the deploy job to re-check after the environment's approval.
        const record = {
            version: 1,
            repository,
            environment: inputs.environment,
            decision: reasons.length === 0 ? "allow" : "block",
            base: range.baseSha,
            head: range.headSha,
            changeRequests: decision.changeRequests
                .filter((v) => v.found)
                .map((v) => ({
                ref: `${v.repository}#${v.number}`,
                authorised: v.authorised,
                editedAt: assessed.changeRequests.get(changeRequestKey(v))?.bodyEditedAt ?? null,
                approvals: v.approvals.map((a) => `${a.login}@${a.at}`),
                rejections: v.rejections.map((r) => `${r.login}@${r.at}`),
            })),
        };
        let recheck;
        if (expected) {
            const changes = changesSince(expected, record);
            recheck = { changes };
            if (changes.length > 0) {
                reasons.push(`What the assess job decided no longer holds — ${changes.join("; ")}. The environment's approval rested on that decision: re-run the workflow, so that its reviewers approve what stands now.`);
            }
            record.decision = reasons.length === 0 ? "allow" : "block";
        }
        // 7. One comment per change request and run: one aliased mutation.
        const runs = deps.runs?.length ? deps.runs : [{ runId: ctx.runId, runUrl: ctx.runUrl }];
        const writes = runs.flatMap((run) => {
            const identity = {
                repository,
                environment: inputs.environment,
                headSha: range.headSha,
                runId: run.runId,
                runUrl: run.runId > 0 ? `${ctx.serverUrl}/${repository}/actions/runs/${run.runId}` : run.runUrl,
                mode: inputs.mode,
            };
            return planCommentWrites(identity, reasons.length === 0 ? "allow" : "block", decision.changeRequests, assessed.changeRequests, reasons.length);
        });
        let comments = [];
        const dry = inputs.dryRun
            ? {
                dryRun: true,
                wouldComment: writes.map((w) => {
                    const v = decision.changeRequests.find((c) => assessed.changeRequests.get(changeRequestKey(c))?.id === w.issueId);
                    return {
                        changeRequest: v ? formatChangeRequestRef(v, repository) : w.issueId,
                        write: w.commentId ? "update" : "create",
                    };
                }),
            }
            : {};
        if (writes.length > 0 && !inputs.dryRun) {
            try {
                comments = await writeComments(client, writes, deps.log);
            }
            catch (e) {
                reasons.push(explainFailure(e, "comment on the change requests", "issues: write"));
            }
        }
        return {
            ...base,
            decision: reasons.length === 0 ? "allow" : "block",
            risk: decision.risk,
            rangeRisk: decision.rangeRisk,
            range: partial.range,
            changeRequests: decision.changeRequests,
            pullRequests: decision.pullRequests,
            commits: decision.commits,
            unidentifiedAuthors: decision.unidentifiedAuthors,
            record: { ...record, decision: reasons.length === 0 ? "allow" : "block" },
            ...(recheck ? { recheck } : {}),
            reasons,
            policyProblems,
            ...(policySource ? { policySource } : {}),
            notes,
            comments,
            ...dry,
            requests: client.count(),
        };
    }
    catch (e) {
        const reason = e instanceof GateStop ? e.message : `Could not decide: ${describeError(e)}`;
        return blockedResult({
            ...base,
            ...partial,
            policyProblems,
            ...(policySource ? { policySource } : {}),
            notes,
            requests: client.count(),
        }, [reason]);
    }
}

// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var errors = __webpack_require__(663);
;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/improvementIssue.ts
/**
 * The period's "Continuous improvement" issue: found again by its hidden marker among every issue
 * opened since the period ended — whatever its labels, so removing the label cannot make a re-run
 * open a second one — then created once or updated only when its text differs. Only an issue a
 * trusted identity opened is taken as ours.
 */



/** The most issues looked through for the period's issue (100 a request). */
const MAX_ISSUES_SCANNED = 5_000;
const QUERY = `query GatehouseImprovementIssue($owner: String!, $name: String!, $label: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    label(name: $label) { name }
    issues(first: 100, after: $cursor, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number url title body createdAt author { __typename login } }
    }
  }
}`;
const normalise = (s) => s.replace(/\r\n/g, "\n").trim();
async function keepImprovementIssue(client, repository, issue, identity, 
/** The issue is opened after this instant (the period's end): older issues are not looked at. */
openedAfter, trustedCreators) {
    const [owner = "", name = ""] = repository.split("/", 2);
    const trusted = new Set(trustedCreators.map((l) => l.toLowerCase()));
    let requests = 0;
    let cursor = null;
    let labelExists = false;
    let found;
    for (let scanned = 0;;) {
        const data = await client.graphql(QUERY, { owner, name, label: IMPROVEMENT_LABEL.name, cursor });
        requests++;
        if (!data.repository)
            throw new Error(`The repository ${repository} cannot be read with this token.`);
        labelExists ||= data.repository.label !== null;
        const page = data.repository.issues;
        found = page.nodes.find((n) => {
            const author = restLogin(n.author);
            return author !== null && trusted.has(author.toLowerCase()) && (n.body ?? "").includes(identity.marker);
        });
        scanned += page.nodes.length;
        const older = page.nodes.some((n) => Date.parse(n.createdAt) < openedAfter.getTime());
        if (found || older || !page.pageInfo.hasNextPage)
            break;
        if (scanned >= MAX_ISSUES_SCANNED) {
            throw new HistoryLimitError(`More than ${MAX_ISSUES_SCANNED.toLocaleString("en-US")} issues opened in ${repository} since ${openedAfter.toISOString().slice(0, 10)} (limit MAX_ISSUES_SCANNED): the period's improvement issue cannot be looked for whole, so none is opened.`);
        }
        cursor = page.pageInfo.endCursor;
    }
    if (found) {
        if (normalise(found.body) === normalise(issue.body) && found.title === issue.title)
            return { number: found.number, url: found.url, write: "unchanged", requests };
        const { data } = await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
            owner,
            repo: name,
            issue_number: found.number,
            title: issue.title,
            body: issue.body,
        });
        return {
            number: found.number,
            url: data.html_url || found.url,
            write: "updated",
            requests: requests + 1,
        };
    }
    if (!labelExists) {
        try {
            await client.request("POST /repos/{owner}/{repo}/labels", {
                owner,
                repo: name,
                name: IMPROVEMENT_LABEL.name,
                color: IMPROVEMENT_LABEL.color,
                description: IMPROVEMENT_LABEL.description,
            });
        }
        catch (e) {
            if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 422))
                throw e; // 422: created meanwhile
        }
        requests++;
    }
    const { data } = await client.request("POST /repos/{owner}/{repo}/issues", {
        owner,
        repo: name,
        title: issue.title,
        body: issue.body,
        labels: [IMPROVEMENT_LABEL.name],
    });
    return { number: data.number, url: data.html_url, write: "created", requests: requests + 1 };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/mdast-util-from-markdown@2.1.0/node_modules/mdast-util-from-markdown/lib/index.js + 53 modules
var lib = __webpack_require__(7385);
;// CONCATENATED MODULE: ../../packages/core/src/change/renderedForm.ts

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>/g;
const normaliseLabel = (label) => label
    .replace(ZERO_WIDTH, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
/** Tracks `<details>`/`<summary>` across the HTML nodes of the document, in order. */
class Disclosure {
    stack = [];
    get hidden() {
        let hidden = false;
        for (const e of this.stack) {
            if (e.name === "details" && e.hides)
                hidden = true;
            else if (e.name === "summary")
                hidden = false;
        }
        return hidden;
    }
    /** Reads one tag (a match of TAG); comments and other elements change nothing. */
    read(tag) {
        const name = tag[2]?.toLowerCase();
        if (!name || (name !== "details" && name !== "summary"))
            return;
        if (tag[1]) {
            const at = this.stack.map((e) => e.name).lastIndexOf(name);
            if (at >= 0)
                this.stack.length = at;
        }
        else if (!/\/\s*$/.test(tag[3] ?? "")) {
            this.stack.push({ name, hides: name === "details" && !/(^|\s)open(\s|=|$)/i.test(tag[3] ?? "") });
        }
    }
}
const offsets = (node) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? { start: node.position.start.offset, end: node.position.end.offset }
    : null;
function plainText(node) {
    if ("value" in node && typeof node.value === "string" && node.type !== "html")
        return node.value;
    if ("children" in node)
        return node.children.map(plainText).join("");
    return "";
}
/** The source minus the removed ranges, between `from` and `to`. */
function visibleSlice(source, removed, from, to) {
    let out = "";
    let at = from;
    for (const r of removed) {
        if (r.end <= at || r.start >= to)
            continue;
        if (r.start > at)
            out += source.slice(at, r.start);
        at = Math.max(at, r.end);
    }
    if (at < to)
        out += source.slice(at, to);
    return out;
}
/**
 * The visible `##`–`####` sections of an issue-form body, in order (a label given twice appears
 * twice). With `known`, only headings with those keys start a section, so headings people write
 * inside an answer stay part of it.
 */
function renderedForm_renderedSections(body, known) {
    // Reading the Markdown is the costly part, and the same bodies are read again and again (each
    // decision reads its change requests twice; the App decides many runs of one commit): the
    // sections of the latest bodies are kept, by the known labels and the text itself.
    const key = known ?? ANY_LABEL;
    let byBody = recent.get(key);
    if (!byBody) {
        byBody = new Map();
        recent.set(key, byBody);
    }
    let sections = byBody.get(body);
    if (!sections) {
        sections = readSections(body, known);
        if (byBody.size >= RECENT_BODIES)
            byBody.clear();
        byBody.set(body, sections);
    }
    return sections.map((s) => ({ ...s }));
}
const ANY_LABEL = new Set();
const RECENT_BODIES = 256;
const recent = new WeakMap();
function readSections(body, known) {
    const source = body.replace(/\r\n?/g, "\n");
    const tree = (0,lib/* fromMarkdown */.Y)(source);
    const removed = [];
    const headings = [];
    const disclosure = new Disclosure();
    let hiddenFrom = null;
    const visit = (node, atRoot) => {
        const at = offsets(node);
        if (node.type === "html" && at) {
            // Raw HTML: its tags and comments show nothing, the text between them shows (unless a
            // collapsed <details> hides it). Inside a quote or list the source has prefixes: drop it all.
            if (source.slice(at.start, at.end) !== node.value) {
                removed.push(at);
                return;
            }
            for (const tag of node.value.matchAll(TAG)) {
                const start = at.start + (tag.index ?? 0);
                const end = start + tag[0].length;
                removed.push({ start, end });
                const was = disclosure.hidden;
                disclosure.read(tag);
                if (!was && disclosure.hidden)
                    hiddenFrom = end;
                else if (was && !disclosure.hidden && hiddenFrom !== null) {
                    removed.push({ start: hiddenFrom, end: start });
                    hiddenFrom = null;
                }
            }
            return;
        }
        if (node.type === "definition" && at) {
            removed.push(at);
            return;
        }
        if (node.type === "heading" && atRoot && at && source[at.start] === "#") {
            headings.push({ node, at, hidden: disclosure.hidden });
        }
        if ("children" in node)
            for (const child of node.children)
                visit(child, false);
    };
    for (const child of tree.children)
        visit(child, true);
    if (hiddenFrom !== null)
        removed.push({ start: hiddenFrom, end: source.length });
    removed.sort((a, b) => a.start - b.start);
    const starts = headings
        .filter((h) => !h.hidden && h.node.depth >= 2 && h.node.depth <= 4)
        .map((h) => ({ ...h, label: plainText(h.node).replace(ZERO_WIDTH, "").trim() }))
        .filter((h) => !known || known.has(normaliseLabel(h.label)));
    return starts.map((h, i) => {
        const end = starts[i + 1]?.at.start ?? source.length;
        const raw = source.slice(h.at.end, end).trim();
        const shown = visibleSlice(source, removed, h.at.end, end);
        const text = shown.replace(ZERO_WIDTH, "").trim();
        return {
            key: normaliseLabel(h.label),
            label: h.label,
            text: text === "_No response_" ? "" : text,
            hidden: text === "" &&
                raw.replace(ZERO_WIDTH, "").replace(/\s+/g, "") !== shown.replace(ZERO_WIDTH, "").replace(/\s+/g, ""),
            bidi: BIDI.test(shown),
        };
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/change/risk.ts
/**
 * Risk and impact assessment of a deployment: the highest risk among its change requests,
 * raised one level when the deployed range touches sensitive paths or is a large change.
 */

const riskLevels = ["low", "medium", "high"];
function isRiskLevel(value) {
    return riskLevels.includes(value);
}
/** The higher of the given risks; `fallback` when there are none. */
function highestRisk(levels, fallback = "low") {
    let best = -1;
    for (const level of levels)
        best = Math.max(best, riskLevels.indexOf(level));
    return best < 0 ? fallback : riskLevels[best];
}
/** One level up; high stays high. */
function raiseRisk(level) {
    return riskLevels[Math.min(riskLevels.indexOf(level) + 1, riskLevels.length - 1)];
}
/** A predicate for repository paths matching any of the globs (dotfiles included). */
function pathMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const match = picomatch(globs, { dot: true });
    return (path) => match(path);
}
/**
 * True when every path matches the exempt globs. An empty or unknown list of paths is never
 * exempt: what cannot be seen must be covered by a change request.
 */
function onlyExemptPaths(paths, exemptGlobs) {
    if (!paths || paths.length === 0 || exemptGlobs.length === 0)
        return false;
    const exempt = pathMatcher(exemptGlobs);
    return paths.every(exempt);
}
/**
 * Looks at the files of the deployed range. `truncated` says the file list is incomplete
 * (the compare API stops at 300 files): then the size is at least what was seen.
 */
function assessRangeRisk(files, policy, opts = {}) {
    const sensitive = pathMatcher(policy.sensitivePaths);
    const sensitivePaths = [];
    let lines = 0;
    for (const file of files) {
        lines += file.additions + file.deletions;
        for (const path of [file.path, file.previousPath]) {
            if (path !== undefined && sensitive(path) && !sensitivePaths.includes(path))
                sensitivePaths.push(path);
        }
    }
    const count = Math.max(opts.totalFiles ?? 0, files.length);
    const reasons = [];
    if (sensitivePaths.length > 0) {
        const shown = sensitivePaths.slice(0, 3).map((p) => `\`${p}\``);
        const more = sensitivePaths.length > 3 ? ` and ${sensitivePaths.length - 3} more` : "";
        reasons.push(`it touches sensitive paths (${shown.join(", ")}${more})`);
    }
    const { files: maxFiles, lines: maxLines } = policy.largeChange;
    const tooManyFiles = maxFiles !== undefined && count > maxFiles;
    const tooManyLines = maxLines !== undefined && lines > maxLines;
    if (tooManyFiles || tooManyLines) {
        const parts = [
            tooManyFiles ? `${count} files changed (large-change: more than ${maxFiles})` : "",
            tooManyLines ? `${lines} lines changed (large-change: more than ${maxLines})` : "",
        ].filter(Boolean);
        reasons.push(`it is a large change: ${parts.join(", ")}`);
    }
    return {
        raised: reasons.length > 0,
        sensitivePaths,
        files: count,
        lines,
        large: tooManyFiles || tooManyLines,
        reasons,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/change/changeRequest.ts
/**
 * Change requests: GitHub issues opened with Gatehouse's change-request form, and the
 * `Change-Request:` links that tie pull requests and commits to them.
 */



const changeTypes = ["standard", "normal", "emergency"];
/** Labels Gatehouse reads and writes on change requests. */
const changeLabels = {
    changeRequest: "change-request",
    approved: "change/approved",
    rejected: "change/rejected",
    standard: "change/standard",
    emergency: "change/emergency",
    implemented: "change/implemented",
    failed: "change/failed",
};
/** The key two links to the same issue share (GitHub names are case-insensitive). */
function changeRequest_changeRequestKey(link) {
    return `${link.repository.toLowerCase()}#${link.number}`;
}
/** "#12" inside the deployed repository, "org/changes#45" elsewhere. */
function changeRequest_formatChangeRequestRef(link, homeRepository) {
    return homeRepository && link.repository.toLowerCase() === homeRepository.toLowerCase()
        ? `#${link.number}`
        : `${link.repository}#${link.number}`;
}
const refPattern = /(?:https?:\/\/[^\s/]+(?:\/[^\s/]+)*?\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+))|(?:(?<![\w/.-])([\w.-]+)\/([\w.-]+)#(\d+)\b)|(?:(?<![\w&/.-])#(\d+)\b)/g;
const keyPattern = /^\s{0,3}(?:[-*+]\s+)?[*_]{0,2}change[- ]requests?[*_]{0,2}\s*:[*_]{0,2}\s*(.*)$/i;
/**
 * The lines of a Markdown text that are prose: no fenced or indented code, no quotes
 * (a quoted or pasted link is not a claim) and no HTML comments (templates show examples in them).
 */
function proseLines(text) {
    const withoutComments = text.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
    const out = [];
    let fence = null;
    for (const line of withoutComments.split(/\r?\n/)) {
        const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (opener &&
                opener[1][0] === fence[0] &&
                opener[1].length >= fence.length &&
                line.trim() === opener[1])
                fence = null;
            continue;
        }
        if (opener) {
            fence = opener[1];
            continue;
        }
        if (/^( {4}|\t)/.test(line) || /^\s{0,3}>/.test(line))
            continue;
        out.push(line);
    }
    return out;
}
function scanChangeRequestLinks(text, defaultRepository) {
    const links = [];
    const seen = new Set();
    const unrecognised = [];
    for (const line of proseLines(text ?? "")) {
        const key = keyPattern.exec(line);
        if (!key)
            continue;
        const value = key[1].trim();
        let found = 0;
        for (const m of value.matchAll(refPattern)) {
            const repository = m[1] ? `${m[1]}/${m[2]}` : m[4] ? `${m[4]}/${m[5]}` : defaultRepository;
            const number = Number(m[3] ?? m[6] ?? m[7]);
            if (!Number.isSafeInteger(number) || number <= 0)
                continue;
            found++;
            const link = { repository, number };
            const k = changeRequest_changeRequestKey(link);
            if (!seen.has(k)) {
                seen.add(k);
                links.push(link);
            }
        }
        if (found === 0)
            unrecognised.push(value);
    }
    return { links, unrecognised };
}
/**
 * `Change-Request: #123`, `Change-Request: org/changes#45` or an issue URL, in a pull request
 * body or a commit message trailer. The key is case-insensitive; several per text and per line.
 */
function parseChangeRequestLinks(text, defaultRepository) {
    return scanChangeRequestLinks(text, defaultRepository).links;
}
/** Form labels (as on `.github/ISSUE_TEMPLATE/change-request.yml`) and accepted aliases. */
const changeRequestFormFields = {
    summary: { label: "Summary", aliases: ["summary"] },
    type: { label: "Change type", aliases: ["changetype"] },
    standardChange: {
        label: "Standard change template",
        aliases: ["standardchangetemplate", "standardchange"],
    },
    risk: { label: "Risk", aliases: ["risk", "risklevel"] },
    services: { label: "Services affected", aliases: ["servicesaffected", "affectedservices"] },
    plannedStart: { label: "Planned start", aliases: ["plannedstart"] },
    plannedEnd: { label: "Planned end", aliases: ["plannedend"] },
    implementationPlan: { label: "Implementation plan", aliases: ["implementationplan"] },
    backoutPlan: { label: "Back-out plan", aliases: ["backoutplan", "rollbackplan"] },
    testEvidence: { label: "Test evidence", aliases: ["testevidence"] },
};
const knownLabels = new Set(Object.values(changeRequestFormFields).flatMap((f) => f.aliases));
/**
 * Splits an issue-form body into its `### Label` sections as GitHub shows them (see
 * `renderedSections`), keyed by the label lower-cased with everything but letters and digits
 * removed; the first of a label given twice. With `known`, only headings with those keys start a
 * section. GitHub writes `_No response_` for an empty field: that is returned as "".
 */
function issueFormSections(body, known) {
    const sections = new Map();
    for (const section of renderedSections(body, known)) {
        if (!sections.has(section.key))
            sections.set(section.key, section.text);
    }
    return sections;
}
const plannedFormatHelp = "write `2026-03-01 22:00` (in the policy's timezone) or ISO 8601 with an offset, such as `2026-03-01T22:00+01:00`";
/**
 * Planned start/end: ISO 8601 with an offset (`2026-03-01T22:00:00+01:00`, `...Z`), or
 * `YYYY-MM-DD HH:MM` read in `timezone`. A local time that does not exist (skipped by a
 * daylight-saving change) is refused rather than shifted.
 */
function parsePlannedTime(text, timezone) {
    const value = text.replace(/`/g, "").trim();
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value)) {
        const parsed = luxon/* DateTime */.c9.fromISO(value, { setZone: true });
        if (!parsed.isValid || Math.abs(parsed.offset) > 14 * 60) {
            return { error: `"${value}" is not a valid date and time; ${plannedFormatHelp}` };
        }
        return { date: parsed.toJSDate() };
    }
    const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(value);
    if (local) {
        if (!luxon/* IANAZone */.oh.isValidZone(timezone))
            return { error: `the policy timezone "${timezone}" is not an IANA timezone` };
        const [, y, mo, d, h, mi] = local.map(Number);
        const parsed = luxon/* DateTime */.c9.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi }, { zone: timezone });
        if (!parsed.isValid)
            return { error: `"${value}" is not a valid date and time` };
        if (parsed.year !== y ||
            parsed.month !== mo ||
            parsed.day !== d ||
            parsed.hour !== h ||
            parsed.minute !== mi) {
            return { error: `"${value}" does not exist in ${timezone} (the clocks skip it); pick another time` };
        }
        return { date: parsed.toJSDate() };
    }
    return { error: `"${value}" is not a date and time I can read; ${plannedFormatHelp}` };
}
/** The first word of a dropdown answer, lower-cased ("Normal (CAB review)" → "normal"). */
const choice = (text) => (/^[\s*_`]*([A-Za-z]+)/.exec(text)?.[1] ?? "").toLowerCase();
/**
 * Reads the body GitHub renders from the change-request issue form. Every problem names the
 * form field so the author knows what to fix; a change request with problems authorises nothing.
 */
function parseChangeRequest(body, opts = {}) {
    const timezone = opts.timezone ?? "UTC";
    const rendered = renderedForm_renderedSections(body ?? "", knownLabels);
    const sections = new Map();
    const problems = [];
    // What the approver saw is what counts: a section given twice, text shown in another order than
    // it reads, or an answer GitHub hides entirely, is a problem that names the field.
    const labelOf = (key) => Object.values(changeRequestFormFields).find((f) => f.aliases.includes(key))
        ?.label ?? key;
    const given = new Map();
    for (const section of rendered)
        given.set(section.key, (given.get(section.key) ?? 0) + 1);
    for (const [key, count] of given) {
        if (count > 1) {
            const label = labelOf(key);
            problems.push({
                field: label,
                message: `the "${label}" section is given ${count} times; keep one, so everyone reads the same answer`,
            });
        }
    }
    for (const section of rendered) {
        if (sections.has(section.key))
            continue;
        const label = labelOf(section.key);
        if (section.bidi) {
            problems.push({
                field: label,
                message: `"${label}" contains invisible bidirectional-control characters, which make GitHub show the text in another order than it reads; delete them`,
            });
        }
        if (section.text === "" && section.hidden) {
            problems.push({
                field: label,
                message: `"${label}" has an answer GitHub does not show (an HTML comment, a collapsed <details> or raw HTML); write the answer as plain text`,
            });
        }
        sections.set(section.key, section.text);
    }
    const get = (name) => {
        for (const alias of changeRequestFormFields[name].aliases) {
            const value = sections.get(alias);
            if (value !== undefined)
                return value;
        }
        return undefined;
    };
    const required = (name) => {
        const value = get(name);
        const label = changeRequestFormFields[name].label;
        if (value === undefined)
            problems.push({ field: label, message: `the "${label}" section is missing` });
        else if (value === "" && !problems.some((p) => p.field === label))
            problems.push({ field: label, message: `"${label}" is empty` });
        return value ?? "";
    };
    if (sections.size === 0) {
        return {
            problems: [
                {
                    field: "body",
                    message: "the issue body has no form sections; open change requests with the change-request issue form",
                },
            ],
        };
    }
    const summary = required("summary");
    const typeText = required("type");
    const type = choice(typeText);
    if (typeText && !changeTypes.includes(type)) {
        problems.push({
            field: "Change type",
            message: `"${typeText}" is not one of standard, normal, emergency`,
        });
    }
    const riskText = required("risk");
    const risk = choice(riskText);
    if (riskText && !isRiskLevel(risk)) {
        problems.push({ field: "Risk", message: `"${riskText}" is not one of low, medium, high` });
    }
    const standardChange = get("standardChange")?.replace(/`/g, "").trim() || undefined;
    if (type === "standard" && !standardChange) {
        problems.push({
            field: changeRequestFormFields.standardChange.label,
            message: "a standard change must name its standard change template",
        });
    }
    const services = required("services")
        .split(/[\n,]/)
        .map((s) => s.replace(/^\s*[-*+]\s+/, "").trim())
        .filter(Boolean);
    const planned = (name) => {
        const text = get(name);
        if (!text)
            return undefined;
        const result = parsePlannedTime(text, timezone);
        if ("error" in result) {
            problems.push({ field: changeRequestFormFields[name].label, message: result.error });
            return undefined;
        }
        return result.date;
    };
    const plannedStart = planned("plannedStart");
    const plannedEnd = planned("plannedEnd");
    if (plannedStart && plannedEnd && plannedEnd.getTime() <= plannedStart.getTime()) {
        problems.push({ field: "Planned end", message: "the planned end is not after the planned start" });
    }
    const implementationPlan = required("implementationPlan");
    const backoutPlan = required("backoutPlan");
    const testEvidence = required("testEvidence");
    if (problems.length > 0)
        return { problems };
    return {
        problems,
        fields: {
            summary,
            type,
            ...(standardChange ? { standardChange } : {}),
            risk: risk,
            services,
            ...(plannedStart ? { plannedStart } : {}),
            ...(plannedEnd ? { plannedEnd } : {}),
            implementationPlan,
            backoutPlan,
            testEvidence,
        },
    };
}
/**
 * The body GitHub renders from an issue form: one `### Label` section per field, `_No response_`
 * for an empty one. Used to open change requests from code (demo, tests) the way the form does.
 */
function renderIssueFormBody(sections) {
    return Object.entries(sections)
        .map(([label, value]) => `### ${label}\n\n${value.trim() === "" ? "_No response_" : value.trim()}`)
        .join("\n\n");
}

;// CONCATENATED MODULE: ../../packages/core/src/improvement/earnedStandardChanges.ts
const crKey = (repository, number) => `${repository.toLowerCase()}#${number}`;
/**
 * `reviews` are the trusted reviews read (any order); `templates` maps `owner/repo#N` (lower case)
 * to the template its change request names (normal changes only: a standard one is already
 * pre-approved); `standard` are the templates the policy already pre-approves.
 */
function earnedStandardChanges(opts) {
    if (opts.after < 1)
        return { suggestions: [], after: opts.after };
    const already = new Set(opts.standard.map((s) => s.trim().toLowerCase()));
    const byTemplate = new Map();
    for (const review of opts.reviews) {
        const seen = new Set();
        for (const cr of review.changeRequests) {
            const name = opts.templates.get(crKey(cr.repository, cr.number));
            if (!name)
                continue;
            const key = name.trim().toLowerCase();
            if (already.has(key) || seen.has(key))
                continue;
            seen.add(key);
            const uses = byTemplate.get(key) ?? [];
            uses.push({ review, cr: `${cr.repository}#${cr.number}`, name: name.trim() });
            byTemplate.set(key, uses);
        }
    }
    const suggestions = [];
    for (const uses of byTemplate.values()) {
        const last = uses
            .sort((a, b) => Date.parse(b.review.createdAt) - Date.parse(a.review.createdAt) ||
            b.review.number - a.review.number)
            .slice(0, opts.after);
        if (last.length < opts.after || !last.every((u) => u.review.outcome === "success"))
            continue;
        suggestions.push({
            // As the newest change request spells it.
            template: last[0].name,
            reviews: last.map((u) => ({
                number: u.review.number,
                url: u.review.url,
                createdAt: u.review.createdAt,
                changeRequest: u.cr,
            })),
        });
    }
    suggestions.sort((a, b) => a.template.localeCompare(b.template));
    return { suggestions, after: opts.after };
}

;// CONCATENATED MODULE: ../../packages/core/src/change/historyRange.ts
/**
 * The deployed range computed from commits read with their parents — part of the repository's
 * history, as GitHub's GraphQL `history` lists it: the commits reachable from the head but not from
 * the base, as `git log base..head` and GitHub's compare list them. The answer is only given when
 * the commits read prove it: the walk reached no commit that was not read, and found exactly as many
 * commits as GitHub counts between the two (the history of the head minus that of the base). When
 * they do not, the caller reads more history, or asks GitHub's compare.
 */
const HEAD = 1;
const BASE = 2;
/** A max-heap of commits by committer date (newest first), ties by insertion order. */
class NewestFirst {
    items = [];
    seq = 0;
    get size() {
        return this.items.length;
    }
    push(sha, at) {
        const a = this.items;
        a.push({ sha, at, seq: this.seq++ });
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.before(a[i], a[p]))
                break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < a.length && this.before(a[l], a[m]))
                    m = l;
                if (r < a.length && this.before(a[r], a[m]))
                    m = r;
                if (m === i)
                    break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top.sha;
    }
    before(x, y) {
        return x.at > y.at || (x.at === y.at && x.seq < y.seq);
    }
}
/**
 * The commits of `base..head` in the graph, newest first. `expected` is GitHub's count of the range
 * (the history of the head minus the history of the base). Both sides are walked together, newest
 * commit first, as git does; the walk ends when everything left to visit is reachable from the base.
 */
function rangeInGraph(graph, base, head, expected) {
    if (!graph.has(head))
        return { complete: false, missing: [head] };
    const flags = new Map();
    const queue = new NewestFirst();
    // How many times each commit is queued, and how many queued commits the base does not reach yet:
    // the walk is over when that is none.
    const queued = new Map();
    let headOnly = 0;
    const at = (sha) => {
        const c = graph.get(sha);
        return c ? Date.parse(c.committedAt) : Number.NEGATIVE_INFINITY;
    };
    const mark = (sha, flag) => {
        const before = flags.get(sha) ?? 0;
        const after = before | flag;
        if (after === before)
            return;
        flags.set(sha, after);
        const n = queued.get(sha) ?? 0;
        if (n > 0 && !(before & BASE) && after & BASE)
            headOnly--;
        if (n === 0 && !(after & BASE))
            headOnly++;
        queued.set(sha, n + 1);
        queue.push(sha, at(sha));
    };
    mark(base, BASE);
    mark(head, HEAD);
    const missing = new Set();
    while (queue.size > 0 && headOnly > 0) {
        const sha = queue.pop();
        const f = flags.get(sha);
        const n = queued.get(sha) - 1;
        queued.set(sha, n);
        if (n === 0 && !(f & BASE))
            headOnly--;
        const c = graph.get(sha);
        if (!c) {
            if (!(f & BASE))
                missing.add(sha);
            continue;
        }
        for (const p of c.parents)
            mark(p, f);
    }
    // A commit not read counts as missing only if the base does not reach it after all.
    const needed = [...missing].filter((sha) => !(flags.get(sha) & BASE));
    if (needed.length > 0)
        return { complete: false, missing: needed };
    const commits = [];
    for (const [sha, f] of flags)
        if (f === HEAD)
            commits.push(graph.get(sha));
    if (commits.length !== expected)
        return { complete: false, missing: [] };
    commits.sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
    return { complete: true, commits };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/ranges.ts
/**
 * The exact range of every successful deployment measured, read in as few requests as GitHub
 * allows. One compare a deployment (change-gate's way) would cost a REST request each — a year of
 * 5,000 deployments is more than a workflow token's 1,000 an hour — so the history is read instead:
 * - how many commits each deployed commit's history holds (100 commits a query, 1 point);
 * - the history itself, newest first with every commit's parents (100 a page, 1 point), from the
 *   newest deployed commit down, until core's `rangeInGraph` proves every range: each walk from a
 *   head reaches only commits read, and finds exactly as many as GitHub's counts say;
 * - GitHub's compare (change-gate's `compareRange`) for any range the history does not prove — a
 *   rollback, a branch that was never merged.
 */



/** The most commits of history read for one measurement (1 point per 100). */
const MAX_WALKED_COMMITS = 200_000;
/** The most ranges read with GitHub's compare (a REST request each, or more). */
const MAX_COMPARES = 200;
/** How far (ms) a history may run past a commit's date before it counts as not there: committer clocks differ. */
const CLOCK_SLACK_MS = 24 * 3_600_000;
const COUNTS_PER_QUERY = 100;
const WALKS_PER_QUERY = 10;
const ranges_READS_AT_ONCE = 4;
const oid = (sha) => sha.replace(/[^0-9a-f]/gi, "");
async function historyCounts(client, repo, shas) {
    const batches = [];
    for (let i = 0; i < shas.length; i += COUNTS_PER_QUERY)
        batches.push(shas.slice(i, i + COUNTS_PER_QUERY));
    const answers = await range_inBatches(batches, ranges_READS_AT_ONCE, (batch) => client.graphql(`query GatehouseHistoryCounts($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${batch
        .map((sha, k) => `    c${k}: object(oid: "${oid(sha)}") { ... on Commit { committedDate history(first: 1) { totalCount } } }`)
        .join("\n")}\n  }\n}`, { owner: repo.owner, name: repo.repo }));
    const counts = new Map();
    batches.forEach((batch, b) => {
        batch.forEach((sha, k) => {
            const c = answers[b].repository?.[`c${k}`];
            if (c?.history)
                counts.set(sha, { total: c.history.totalCount, committedAt: c.committedDate });
        });
    });
    return { counts, requests: batches.length };
}
async function readRanges(client, repo, wanted, log = () => { }) {
    const ranges = new Map();
    let requests = 0;
    const shas = [...new Set(wanted.flatMap((w) => [w.base, w.head]))];
    const { counts, requests: countRequests } = await historyCounts(client, repo, shas);
    requests += countRequests;
    const toCompare = [];
    let pending = [];
    for (const w of wanted) {
        const head = counts.get(w.head);
        const base = counts.get(w.base);
        if (w.base === w.head)
            ranges.set(w.deploymentId, []);
        else if (!head || !base || head.total - base.total <= 0)
            toCompare.push(w);
        else
            pending.push(w);
    }
    const graph = new Map();
    const walks = [];
    const date = (sha) => Date.parse(counts.get(sha)?.committedAt ?? "") || 0;
    const expected = (w) => counts.get(w.head).total - counts.get(w.base).total;
    // Newest head first: the first walk starts at the newest deployed commit and reaches the older
    // ones on its way down, so in one line of history one walk reads everything.
    pending.sort((a, b) => date(b.head) - date(a.head));
    while (pending.length > 0) {
        // Settle what the history read so far proves, or gives up on.
        const still = [];
        const walking = walks.some((k) => !k.done);
        for (const w of pending) {
            // While a walk is under way and has not read the base yet, the range cannot be proved: do not
            // walk the graph read so far again for it (once a page, that made long histories quadratic).
            const r = walking && !graph.has(w.base)
                ? { complete: false }
                : rangeInGraph(graph, w.base, w.head, expected(w));
            if (r.complete) {
                ranges.set(w.deploymentId, r.commits.map((c) => ({ sha: c.sha, committedAt: c.committedAt })));
                continue;
            }
            const live = walks.filter((k) => !k.done);
            if (!graph.has(w.head)) {
                // A live walk may still reach the head; otherwise start one there.
                if (!live.some((k) => k.oldest >= date(w.head) - CLOCK_SLACK_MS) &&
                    !walks.some((k) => k.start === w.head))
                    walks.push({ start: w.head, cursor: null, done: false, oldest: Number.POSITIVE_INFINITY });
                still.push(w);
            }
            else if (live.some((k) => k.oldest >= date(w.base) - CLOCK_SLACK_MS)) {
                still.push(w);
            }
            else {
                toCompare.push(w); // the history read does not prove it: GitHub's compare will
            }
        }
        pending = still;
        if (pending.length === 0)
            break;
        if (graph.size >= MAX_WALKED_COMMITS) {
            toCompare.push(...pending);
            break;
        }
        const floor = Math.min(...pending.map((w) => Math.min(date(w.base), date(w.head)))) - CLOCK_SLACK_MS;
        const due = walks.filter((k) => !k.done && k.oldest >= floor);
        if (due.length === 0) {
            toCompare.push(...pending);
            break;
        }
        const batches = [];
        for (let i = 0; i < due.length; i += WALKS_PER_QUERY)
            batches.push(due.slice(i, i + WALKS_PER_QUERY));
        const answers = await range_inBatches(batches, ranges_READS_AT_ONCE, (batch) => {
            requests++;
            return client.graphql(`query GatehouseHistoryWalk($owner: String!, $name: String!) {\n  repository(owner: $owner, name: $name) {\n${batch
                .map((k, i) => `    w${i}: object(oid: "${oid(k.start)}") { ... on Commit { history(first: 100${k.cursor ? `, after: ${JSON.stringify(k.cursor)}` : ""}) { pageInfo { hasNextPage endCursor } nodes { oid committedDate parents(first: 10) { totalCount nodes { oid } } } } } }`)
                .join("\n")}\n  }\n}`, { owner: repo.owner, name: repo.repo });
        });
        batches.forEach((batch, b) => {
            batch.forEach((k, i) => {
                const history = answers[b].repository?.[`w${i}`]?.history;
                if (!history) {
                    k.done = true;
                    return;
                }
                for (const n of history.nodes) {
                    // A merge of more than 10 parents is left unread: its ranges go to GitHub's compare.
                    if (n.parents.totalCount <= n.parents.nodes.length && !graph.has(n.oid))
                        graph.set(n.oid, {
                            sha: n.oid,
                            parents: n.parents.nodes.map((p) => p.oid),
                            committedAt: n.committedDate,
                        });
                    k.oldest = Math.min(k.oldest, Date.parse(n.committedDate));
                }
                k.cursor = history.pageInfo.endCursor;
                k.done = !history.pageInfo.hasNextPage;
            });
        });
    }
    if (toCompare.length > MAX_COMPARES) {
        throw new HistoryLimitError(`${toCompare.length} deployed ranges are not in one line of history (rollbacks, or branches deployed without being merged) — more than the ${MAX_COMPARES} compared one by one (limit MAX_COMPARES): measure a shorter span.`);
    }
    if (toCompare.length > 0)
        log(`${toCompare.length} range${toCompare.length === 1 ? "" : "s"} read with GitHub's compare (not in the history read).`);
    await range_inBatches(toCompare, ranges_READS_AT_ONCE, async (w) => {
        const { range, requests: n } = await range_compareRange(client, repo, w.base, w.head);
        requests += n;
        ranges.set(w.deploymentId, range.commits.map((c) => {
            if (!c.committedAt)
                throw new HistoryLimitError(`GitHub gave no committer date for commit ${c.sha.slice(0, 7)}.`);
            return { sha: c.sha, committedAt: c.committedAt };
        }));
    });
    return { ranges, requests, commitsRead: graph.size, compares: toCompare.length };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/measureDelivery.ts
/**
 * Continuous improvement against GitHub: the DORA metrics of one environment over one or more
 * periods, from Gatehouse's own records — the deployments GitHub recorded (trusted identities
 * only), every successful deployment's exact range, and the post-implementation reviews — plus the
 * change templates that earned pre-approval. Read once for all the periods asked: the deployments
 * and reviews newest first back to the first period, the ranges from the history.
 *
 * Requests for a year of 5,000 deployments and their reviews: about 50 for the deployments, 50 for
 * the reviews, one per 100 deployed commits for the counts and one per 100 commits of history, and
 * one per 100 change requests for their templates — each a GraphQL query of 1 point (see
 * `pnpm bench`).
 */





const split = (full) => {
    const [owner = "", repo = ""] = full.split("/", 2);
    return { owner, repo };
};
/** Change requests read for their template in one query (no connection: 1 point). */
const ISSUES_PER_QUERY = 100;
const measureDelivery_READS_AT_ONCE = 4;
/**
 * The template each normal change request names (its form's "Standard change template"), by
 * `owner/repo#N` lower-cased.
 */
async function changeRequestTemplates(client, refs) {
    const templates = new Map();
    const batches = [];
    for (let i = 0; i < refs.length; i += ISSUES_PER_QUERY)
        batches.push(refs.slice(i, i + ISSUES_PER_QUERY));
    await range_inBatches(batches, measureDelivery_READS_AT_ONCE, async (batch) => {
        const byRepo = new Map();
        batch.forEach((cr, i) => {
            const key = cr.repository.toLowerCase();
            byRepo.set(key, [...(byRepo.get(key) ?? []), { number: cr.number, alias: `i${i}` }]);
        });
        const parts = [...byRepo.entries()].map(([repo, list], r) => {
            const { owner, repo: name } = split(repo);
            return `r${r}: repository(owner: ${JSON.stringify(owner)}, name: ${JSON.stringify(name)}) { ${list
                .map((x) => `${x.alias}: issue(number: ${Math.trunc(x.number)}) { body }`)
                .join(" ")} }`;
        });
        let data;
        try {
            data = await client.graphql(`query GatehouseChangeTemplates {\n${parts.join("\n")}\n}`);
        }
        catch (e) {
            // A change request deleted or transferred since answers NOT_FOUND for itself only.
            if (e instanceof errors/* GraphQLError */.eO && e.data && e.errors.every((x) => x.type === "NOT_FOUND"))
                data = e.data;
            else
                throw e;
        }
        [...byRepo.entries()].forEach(([repo, list], r) => {
            for (const x of list) {
                // Read as change-gate reads it: a change request with problems names no template.
                const fields = parseChangeRequest(data[`r${r}`]?.[x.alias]?.body).fields;
                if (fields?.type === "normal" && fields.standardChange)
                    templates.set(`${repo}#${x.number}`, fields.standardChange);
            }
        });
    });
    return { templates, requests: batches.length };
}
async function measureDelivery(client, inputs, log = () => { }) {
    if (inputs.periods.length === 0)
        throw new Error("measureDelivery needs at least one period");
    const repo = split(inputs.repository);
    const start = new Date(Math.min(...inputs.periods.map((p) => p.from.getTime())));
    const notes = [];
    let requests = 0;
    const history = await readDeploymentHistory(client, repo, inputs.environment, start, inputs.trustedCreators);
    requests += history.requests;
    const deployments = history.deployments;
    log(`Read ${deployments.length} deployments to ${inputs.environment}.`);
    const oldest = deployments.reduce((t, d) => Math.min(t, Date.parse(d.createdAt)), start.getTime());
    const reviewRead = await readReviewHistory(client, inputs.reviewRepository, new Date(oldest), inputs.trustedCreators);
    requests += reviewRead.requests;
    const reviews = reviewRead.reviews;
    log(`Read ${reviews.length} post-implementation reviews from ${inputs.reviewRepository}.`);
    const base = {
        repository: inputs.repository,
        environment: inputs.environment,
        deployments,
        reviews,
        trustedCreators: inputs.trustedCreators,
    };
    const wanted = new Map();
    for (const p of inputs.periods) {
        for (const r of rangesNeeded({ ...base, from: p.from, to: p.to })) {
            if (r.base !== null)
                wanted.set(r.deploymentId, { deploymentId: r.deploymentId, base: r.base, head: r.head });
        }
    }
    const rangeRead = await readRanges(client, repo, [...wanted.values()], log);
    requests += rangeRead.requests;
    const metrics = inputs.periods.map((p) => computeDeliveryMetrics({ ...base, from: p.from, to: p.to, ranges: rangeRead.ranges }));
    // Earned standard changes: the templates of the normal change requests the reviews name.
    const normal = new Map();
    for (const r of reviews)
        for (const cr of r.changeRequests)
            if (cr.type === "normal")
                normal.set(`${cr.repository.toLowerCase()}#${cr.number}`, cr);
    let templates = new Map();
    if (inputs.earnedAfter > 0 && normal.size > 0) {
        const read = await changeRequestTemplates(client, [...normal.values()]);
        templates = read.templates;
        requests += read.requests;
    }
    const earned = earnedStandardChanges({
        reviews,
        templates,
        standard: inputs.standardTemplates,
        after: inputs.earnedAfter,
    });
    return {
        metrics,
        reviews,
        earned,
        read: {
            deployments: deployments.length,
            reviews: reviews.length,
            historyCommits: rangeRead.commitsRead,
            compares: rangeRead.compares,
            changeRequests: inputs.earnedAfter > 0 ? normal.size : 0,
        },
        requests,
        notes,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/reportImprovement.ts
/**
 * release-metrics' step: the figures of the last ended period and the trend over the ones before
 * it, the period's "Continuous improvement" issue kept up to date (one per repository, environment
 * and period), and the earned standard changes. The time is the caller's (GitHub's, in the action).
 */




async function reportImprovement(client, inputs, now, log = () => { }) {
    const counting = countingClient(client);
    const periods = endedPeriods(now, inputs.period, inputs.periods);
    const measured = await measureDelivery(counting, {
        repository: inputs.repository,
        environment: inputs.environment,
        periods,
        reviewRepository: inputs.reviewRepository,
        trustedCreators: inputs.trustedCreators,
        earnedAfter: inputs.earnedAfter,
        standardTemplates: inputs.standardTemplates,
    }, log);
    const last = measured.metrics.at(-1);
    const reported = periods.at(-1);
    const report = {
        repository: inputs.repository,
        environment: inputs.environment,
        serverUrl: inputs.serverUrl,
        trend: periods.map((period, i) => ({ period, metrics: measured.metrics[i] })),
        reviews: measured.reviews,
        earned: measured.earned,
    };
    let issue = null;
    if (inputs.issue) {
        issue = await keepImprovementIssue(counting, inputs.reviewRepository, renderImprovementIssue(report), improvementIdentity(inputs.repository, inputs.environment, reported), reported.to, inputs.trustedCreators);
        log(`The continuous improvement issue ${inputs.reviewRepository}#${issue.number} is ${issue.write}.`);
    }
    return {
        json: metricsJson(last),
        report,
        markdown: renderImprovementReport(report),
        issue,
        measured,
        requests: counting.count(),
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/improvement/summary.ts
/**
 * release-metrics' job summary: the period's issue first, then the report (figures, trend charts,
 * failed deployments, lessons, earned standard changes), then what was read to compute it.
 */

const WRITE_WORDS = { created: "opened", updated: "updated", unchanged: "already up to date" };
function renderImprovementSummary(inputs, result) {
    const period = result.report.trend.at(-1).period;
    const lines = [`## Continuous improvement: ${markdown_code(inputs.environment)}, ${period.label}`, ""];
    if (result.issue) {
        lines.push(`Issue [${inputs.reviewRepository}#${result.issue.number}](${result.issue.url}) ${WRITE_WORDS[result.issue.write]}.`, "");
    }
    const r = result.measured.read;
    lines.push(result.markdown, "", `Read ${r.deployments.toLocaleString("en-US")} deployments, ${r.reviews.toLocaleString("en-US")} reviews and ${r.historyCommits.toLocaleString("en-US")} commits of history${r.compares > 0 ? ` (and ${r.compares} ranges with GitHub's compare)` : ""} in ${result.requests} API requests.`);
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs, read and checked once: every problem names the input and the fix. The
 * policy's `improvement:` section fills what the inputs leave empty.
 */


function readInputs(policy) {
    const environment = (0,runner/* getInput */.V4)("environment", { required: true });
    const issueText = (0,runner/* getInput */.V4)("issue").trim().toLowerCase();
    if (issueText !== "" && issueText !== "true" && issueText !== "false") {
        throw new PeriodInputError(`Input "issue" must be true or false (got "${(0,runner/* getInput */.V4)("issue")}").`);
    }
    return {
        environment,
        period: (0,runner/* getInput */.V4)("period") ? parsePeriodUnit((0,runner/* getInput */.V4)("period")) : policy.period,
        periods: parsePeriodCount((0,runner/* getInput */.V4)("periods"), policy.periods),
        issue: issueText !== "false",
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * release-metrics: read the inputs, measure the last period and the trend, keep the period's
 * continuous-improvement issue, set the outputs, write the job summary.
 */




async function run() {
    const setup = (0,src_setup.setupAction)();
    const { ctx, client } = setup;
    const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
    const loaded = await loadActionPolicy(setup);
    for (const note of loaded.notes)
        (0,runner/* info */.pq)(note);
    const { policy } = loaded;
    const read = readInputs(policy.improvement);
    const inputs = {
        repository,
        environment: read.environment,
        period: read.period,
        periods: read.periods,
        reviewRepository: policy.review.repository ?? repository,
        trustedCreators: deploymentHistory_trustedDeployers(policy),
        earnedAfter: policy.improvement.earnedStandardChanges,
        standardTemplates: policy.approvals.standardChanges.map((t) => t.name),
        issue: read.issue,
        serverUrl: ctx.serverUrl,
    };
    // GitHub's time (the policy's answer gave it), never the runner's clock.
    const result = await reportImprovement(client, inputs, client.now(), runner/* info */.pq);
    (0,runner/* setOutput */.uH)("metrics", JSON.stringify(result.json));
    (0,runner/* setOutput */.uH)("issue-number", result.issue ? String(result.issue.number) : "");
    (0,runner/* setOutput */.uH)("issue-url", result.issue?.url ?? "");
    (0,runner/* setOutput */.uH)("earned-standard-changes", JSON.stringify(result.measured.earned.suggestions.map((s) => s.template)));
    runner/* summary */.z.append(renderImprovementSummary(inputs, result));
}


/***/ })

};
