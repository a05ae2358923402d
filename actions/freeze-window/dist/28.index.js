export const id = 28;
export const ids = [28];
export const modules = {

/***/ 3028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseMode: () => (/* binding */ parseMode),
  parseRunway: () => (/* binding */ parseRunway),
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
// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var errors = __webpack_require__(663);
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
const code = (value) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
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
        return schema.enum.length === 1 ? code(schema.enum[0]) : `one of ${schema.enum.map(code).join(", ")}`;
    }
    if ("const" in schema)
        return code(schema.const);
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
        return `unknown key ${code(key)}${where} (did you mean ${code(guess)}?)`;
    if (known.length === 0)
        return `unknown key ${code(key)}${where}: nothing can be set here`;
    return `unknown key ${code(key)}${where}: the keys allowed here are ${known.map(code).join(", ")}`;
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
function describeError(error, data, root) {
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
                message: `${name} is missing ${code(missing)}: add \`${missing}: …\`${hint}`,
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
        const located = describeError(error, data, root ?? { description: "" });
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
    const at = luxon/* DateTime */.c9.fromMillis(ms, { zone, locale: "en-GB" });
    const today = luxon/* DateTime */.c9.fromMillis(now, { zone }).startOf("day");
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
function defaultPolicy(sections = policySections) {
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
function parsePolicy(text, source = policy_problems/* DEFAULT_POLICY_PATH */.lo, options = {}) {
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
    const policy = fetched.text === null ? defaultPolicy() : parsePolicy(fetched.text, fetched.source.path);
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
function safeUrl(url) {
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
    const target = safeUrl(url);
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
function markdownTable(headers, rows, align = []) {
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

;// CONCATENATED MODULE: ../../packages/core/src/schedule/freezeWindow.ts
/**
 * Freeze windows: is a deployment to an environment allowed at an instant?
 *
 * A recurring window follows GitLab's deploy-freeze semantics: it is active at `now` when the latest
 * `start` firing at or before `now` is later than the latest `end` firing at or before `now` (start
 * inclusive, end exclusive), and it then lasts until the next `end` firing. A one-off window is
 * active from `from` (inclusive) to `to` (exclusive). Times are wall-clock times in the window's zone
 * (see `freezeTime.ts` for the daylight-saving rules).
 *
 * Pure: `now` is passed in.
 */

const freezeWindow_MINUTE = 60_000;
/** A chain of back-to-back freezes longer than this is reported as having no known end. */
const MAX_CHAIN = 500;
const MAX_SKIPPED_STARTS = 366;
const freezeWindow_DAY = 86_400_000;
function windowZone(window, freeze) {
    return window.timezone ?? freeze.timezone;
}
/** Does `window` apply to `environment`? No environment given, or none listed: yes. */
function windowAppliesTo(window, environment) {
    if (!environment || !window.environments || window.environments.length === 0)
        return true;
    const wanted = environment.trim().toLowerCase();
    return window.environments.some((e) => e.trim().toLowerCase() === wanted);
}
const compiledCache = new WeakMap();
function compileWindow(window, zone) {
    let byZone = compiledCache.get(window);
    if (!byZone) {
        byZone = new Map();
        compiledCache.set(window, byZone);
    }
    let compiled = byZone.get(zone);
    if (!compiled) {
        compiled = window.kind === "recurring" ? compileRecurring(window, zone) : compileOneOff(window, zone);
        byZone.set(zone, compiled);
    }
    return compiled;
}
function compileOneOff(window, zone) {
    const from = parseLocalDateTime(window.from);
    const to = parseLocalDateTime(window.to);
    if ("error" in from)
        throw new Error(`Window "${window.name}": from: ${from.error}`);
    if ("error" in to)
        throw new Error(`Window "${window.name}": to: ${to.error}`);
    const period = {
        window,
        zone,
        start: localToInstant(from, zone),
        end: localToInstant(to, zone),
    };
    return {
        window,
        zone,
        active: (t) => (period.start <= t && t < period.end ? period : null),
        next: (t) => (period.start > t ? period : null),
    };
}
function compileRecurring(window, zone) {
    const start = cronSchedule(window.start, zone);
    const end = cronSchedule(window.end, zone);
    /** A start firing that coincides with an end firing opens nothing: at that instant the end wins. */
    const opens = (s) => end.latestAtOrBefore(s) !== s;
    return {
        window,
        zone,
        active(t) {
            const s = start.latestAtOrBefore(t);
            if (s === null)
                return null;
            const e = end.latestAtOrBefore(t);
            if (e !== null && s <= e)
                return null;
            // The period began at the first start after the last end (later starts only extend nothing).
            const began = e === null ? s : (start.earliestAfter(e) ?? s);
            return { window, zone, start: began, end: end.earliestAfter(t) };
        },
        next(t) {
            let s = start.earliestAfter(t);
            // Skip starts that coincide with an end; give up where the schedules' own search stops.
            for (let n = 0; s !== null && !opens(s); n++) {
                s = n < MAX_SKIPPED_STARTS && s - t < CRON_SEARCH_DAYS * freezeWindow_DAY ? start.earliestAfter(s) : null;
            }
            if (s === null)
                return null;
            // If the window is already active at t, the next period starts after the current one ends.
            const current = this.active(t);
            if (current && (current.end === null || s < current.end)) {
                if (current.end === null)
                    return null;
                return this.next(current.end - 1);
            }
            return { window, zone, start: s, end: end.earliestAfter(s) };
        },
    };
}
/** Safety stop for schedules that fire very often (e.g. an hourly window). */
const MAX_PERIODS_PER_WINDOW = 2000;
/**
 * The periods of a compiled window that overlap [from, until), in order: the one active at `from`
 * (begun earlier), then each next one starting before `until`. At most `limit`; a period with no
 * known end is the last.
 */
function periodsBetween(w, from, until, limit = MAX_PERIODS_PER_WINDOW) {
    const periods = [];
    let period = w.active(from) ?? w.next(from);
    for (let n = 0; period && period.start < until && n < limit; n++) {
        periods.push(period);
        if (period.end === null)
            break;
        period = w.next(period.end - 1);
    }
    return periods;
}
/** The windows of `freeze` that apply to `environment`, compiled. */
function applicableWindows(freeze, environment) {
    return freeze.windows
        .filter((w) => windowAppliesTo(w, environment))
        .map((w) => compileWindow(w, windowZone(w, freeze)));
}
/** Is a deployment to `environment` at `now` (needing `runwayMinutes`) inside a freeze? */
function assessFreeze(freeze, options) {
    const now = options.now.getTime();
    const runway = Math.max(0, options.runwayMinutes ?? 0) * freezeWindow_MINUTE;
    const windows = applicableWindows(freeze, options.environment);
    const env = options.environment ? ` to ${options.environment}` : "";
    const blockersAt = (t) => {
        const found = [];
        for (const w of windows) {
            const active = w.active(t);
            if (active) {
                found.push(active);
                continue;
            }
            const next = w.next(t);
            if (next && next.start < t + runway)
                found.push(next);
        }
        return found;
    };
    const first = blockersAt(now);
    const activeNow = first.filter((p) => p.start <= now);
    const blocking = activeNow[0] ?? [...first].sort((a, b) => a.start - b.start)[0] ?? null;
    // Merge overlapping and chained freezes: move t to the latest end until nothing blocks.
    let free = now;
    let freeZone = blocking?.zone ?? freeze.timezone;
    const involved = new Set();
    let blockers = first;
    for (let i = 0; blockers.length > 0; i++) {
        for (const p of blockers)
            involved.add(p.window.name);
        if (i >= MAX_CHAIN || blockers.some((p) => p.end === null)) {
            free = null;
            break;
        }
        const last = blockers.reduce((a, b) => (b.end > a.end ? b : a));
        free = last.end;
        freeZone = last.zone;
        blockers = blockersAt(free);
    }
    let next = null;
    if (free !== null) {
        for (const w of windows) {
            const p = w.next(free);
            if (p && (!next || p.start < next.start))
                next = p;
        }
    }
    const nextWindow = next?.window.name ?? null;
    const nextStartsAt = next ? formatInstant(next.start, next.zone) : null;
    if (!blocking) {
        const upcoming = next
            ? ` Next freeze: "${nextWindow}" from ${nextStartsAt}.`
            : " No freeze is scheduled.";
        return {
            frozen: false,
            window: null,
            windows: [],
            endsAt: null,
            nextWindow,
            nextStartsAt,
            blockedByRunway: false,
            reason: `No freeze window is active${options.environment ? ` for ${options.environment}` : ""}.${upcoming}`,
            windowReason: null,
        };
    }
    const endsAt = free === null ? null : formatInstant(free, freeZone);
    const name = blocking.window.name;
    const why = blocking.window.reason ? ` (${blocking.window.reason})` : "";
    const until = endsAt ? `Deployments can go from ${endsAt}.` : "No end to the freeze is scheduled.";
    const others = [...involved].filter((n) => n !== name);
    const chained = others.length ? ` It runs on into ${others.map((n) => `"${n}"`).join(", ")}.` : "";
    const byRunway = activeNow.length === 0;
    const reason = byRunway
        ? `Freeze window "${name}"${why} starts at ${formatInstant(blocking.start, blocking.zone)}, before the ${options.runwayMinutes}-minute runway of this deployment${env} would end.${chained} ${until}`
        : `Deployments${env} are frozen by "${name}"${why}.${chained} ${until}`;
    return {
        frozen: true,
        window: name,
        windows: [...involved],
        endsAt,
        ...(free === null ? {} : { endsAtForPeople: formatForPeople(free, freeZone, now) }),
        nextWindow,
        nextStartsAt,
        blockedByRunway: byRunway,
        reason,
        windowReason: blocking.window.reason ?? null,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/schedule/freezeCalendar.ts
/**
 * The freeze calendar: every freeze period in the coming days, for people to plan around.
 * Rendered as a Markdown table, a Mermaid Gantt chart (`freezeCalendarGantt.ts`) and an
 * iCalendar file (`freezeCalendarIcs.ts`).
 */



const freezeCalendar_DAY = 86_400_000;
/** Freeze periods overlapping [from, from + days), ordered by start. */
function freezeCalendar(freeze, options) {
    const from = options.from.getTime();
    const until = from + Math.max(0, options.days) * freezeCalendar_DAY;
    const occurrences = [];
    const windows = options.environment
        ? applicableWindows(freeze, options.environment)
        : applicableWindows(freeze);
    for (const w of windows) {
        for (const period of periodsBetween(w, from, until)) {
            occurrences.push({
                window: w.window.name,
                reason: w.window.reason ?? null,
                kind: w.window.kind,
                startMs: period.start,
                endMs: period.end,
                start: formatInstant(period.start, w.zone),
                end: period.end === null ? null : formatInstant(period.end, w.zone),
                timezone: w.zone,
                environments: w.window.environments?.length ? [...w.window.environments] : null,
            });
        }
    }
    occurrences.sort((a, b) => a.startMs - b.startMs || a.window.localeCompare(b.window));
    return occurrences;
}
/** "all environments" or the list, for people. */
function environmentsLabel(environments) {
    return environments ? environments.join(", ") : "all environments";
}
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
/** `2026-12-24 00:00 (+01:00)`: a local time people read, with its offset. */
function readableInstant(iso) {
    if (!iso)
        return "no end scheduled";
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}([+-]\d{2}:\d{2})$/.exec(iso);
    if (!m)
        return iso;
    const weekday = WEEKDAYS[new Date(`${m[1]}T00:00:00Z`).getUTCDay()];
    return `${weekday} ${m[1]} ${m[2]} (UTC${m[3] === "+00:00" ? "" : m[3]})`;
}
/** The calendar as a Markdown table: window, start and end in the window's local time, scope, reason. */
function renderFreezeCalendarTable(occurrences) {
    if (occurrences.length === 0)
        return "_No freeze is scheduled in this period._";
    return markdownTable(["Window", "Starts", "Ends", "Time zone", "Environments", "Reason"], occurrences.map((o) => [
        markdown_escapeMarkdown(o.window),
        readableInstant(o.start),
        readableInstant(o.end),
        markdown_escapeMarkdown(o.timezone),
        markdown_escapeMarkdown(environmentsLabel(o.environments)),
        markdown_escapeMarkdown(o.reason ?? ""),
    ]));
}

;// CONCATENATED MODULE: ../../packages/core/src/schedule/freezeCalendarGantt.ts


const KEYWORDS = /^((section|title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|click|call|inclusiveenddates|topaxis|acctitle|accdescr|displaymode)(\s|$)|(weekday|weekend)\s+(mon|tues|wednes|thurs|fri|satur|sun)day)/i;
/** Text safe for a Gantt title, section or task name: no `:`, `#`, `;`, `%%`, newlines or markup. */
function ganttText(text) {
    const cleaned = text
        .replace(/[:#;<>`\r\n\t]/g, " ")
        .replace(/%%+/g, "%")
        .replace(/\s+/g, " ")
        .trim();
    if (!cleaned)
        return "freeze";
    return KEYWORDS.test(cleaned) ? `Window ${cleaned}` : cleaned;
}
/** `2026-12-24 00:00` in `zone`: Mermaid's `dateFormat YYYY-MM-DD HH:mm`. */
function ganttTime(ms, zone) {
    const l = instantToLocal(ms, zone);
    const p = (n) => String(n).padStart(2, "0");
    return `${l.year}-${p(l.month)}-${p(l.day)} ${p(l.hour)}:${p(l.minute)}`;
}
/** The chart's first lines: the title, and times written as `ganttTime` writes them. */
function ganttHeader(title) {
    return [
        "gantt",
        `    title ${ganttText(title)}`,
        "    dateFormat YYYY-MM-DD HH:mm",
        "    axisFormat %d %b",
    ];
}
/**
 * One section per environment scope, one `crit` bar per freeze period, cut to [from, until);
 * empty when there is no freeze.
 */
function freezeGanttSections(occurrences, from, until, zone, sectionName = (scope) => scope) {
    const lines = [];
    const sections = new Map();
    for (const o of occurrences) {
        const key = environmentsLabel(o.environments);
        sections.set(key, [...(sections.get(key) ?? []), o]);
    }
    for (const [label, items] of sections) {
        lines.push(`    section ${ganttText(sectionName(label))}`);
        for (const o of items) {
            const start = Math.max(o.startMs, from);
            const end = Math.min(o.endMs ?? until, until);
            lines.push(`    ${ganttText(o.window)} :crit, ${ganttTime(start, zone)}, ${ganttTime(end, zone)}`);
        }
    }
    return lines;
}
function renderFreezeCalendarGantt(occurrences, options) {
    const from = options.from.getTime();
    const until = from + options.days * 86_400_000;
    const lines = ganttHeader(options.title ?? `Freeze calendar, next ${options.days} days (times in ${options.zone})`);
    const sections = freezeGanttSections(occurrences, from, until, options.zone);
    if (sections.length === 0) {
        // A chart with no task does not render; show the empty range instead.
        lines.push("    section No freezes", `    No freeze scheduled :done, ${ganttTime(from, options.zone)}, ${ganttTime(until, options.zone)}`);
        return lines.join("\n");
    }
    lines.push(...sections);
    return lines.join("\n");
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/text.ts

/**
 * A reason or note as Markdown: the parts between backticks become code spans, everything else is
 * escaped. Reasons quote user text (titles, commit subjects); whichever way a stray backtick in it
 * pairs up, every part is escaped one way or the other.
 */
function reasonMarkdown(text) {
    return text
        .split("`")
        .map((part, i) => (i % 2 === 1 ? markdown_code(part) : markdown_escapeMarkdown(part)))
        .join("");
}
/** `@login` shown without notifying anyone. */
const mention = (login) => escapeMarkdown(`@${login}`);

;// CONCATENATED MODULE: ../../packages/release-process/src/freeze/summary.ts
/**
 * The job summary, written for whoever approves the deployment: the decision first (frozen or not,
 * which window, until when, any emergency override), then the freeze calendar of the coming four
 * weeks as a Mermaid Gantt chart and a table.
 */


const CALENDAR_DAYS = 28;
function headline(input) {
    const env = input.environment ? ` to ${markdown_code(input.environment)}` : "";
    const a = input.assessment;
    if (a.frozen && input.override?.overridden) {
        return `## 🚨 Freeze overridden: deployment${env} allowed by emergency change ${markdown_link(input.override.ref, input.override.url)}`;
    }
    if (a.frozen)
        return `## ❄️ Frozen: deployment${env} blocked by ${markdown_escapeMarkdown(`"${a.window}"`)}`;
    return `## ✅ Not frozen: deployment${env} may go`;
}
function renderFreezeSummary(input) {
    const a = input.assessment;
    const parts = [headline(input), "", markdown_escapeMarkdown(a.reason)];
    const rows = [];
    if (a.frozen) {
        rows.push(["Window", markdown_escapeMarkdown(a.windows.join(", "))]);
        if (a.windowReason)
            rows.push(["Why", markdown_escapeMarkdown(a.windowReason)]);
        rows.push([
            "Deployments can go from",
            a.endsAt ? `${readableInstant(a.endsAt)} · ${markdown_code(a.endsAt)}` : "no end scheduled",
        ]);
    }
    rows.push([
        a.frozen ? "Next freeze after that" : "Next freeze",
        a.nextWindow
            ? `${markdown_escapeMarkdown(a.nextWindow)}, from ${readableInstant(a.nextStartsAt)} · ${markdown_code(a.nextStartsAt)}`
            : "none scheduled",
    ]);
    rows.push(["Decided at", `${markdown_code(input.now.toISOString().replace(/\.000Z$/, "Z"))}`]);
    if (input.runwayMinutes > 0)
        rows.push(["Runway", `${input.runwayMinutes} minutes`]);
    parts.push("", markdownTable(["", ""], rows));
    if (input.override) {
        const o = input.override;
        const cr = markdown_link(o.title ? `${o.ref} ${o.title}` : o.ref, o.url);
        if (o.overridden) {
            const by = o.approvers.length
                ? ` approved by ${o.approvers.map((l) => `@${markdown_escapeMarkdown(l)}`).join(", ")}`
                : "";
            parts.push("", `**Emergency override:** ${cr}${by}. Emergency changes get a required post-implementation review.`);
        }
        else {
            parts.push("", `**Emergency override refused** for ${cr}:`, "", ...o.reasons.map((r) => `- ${reasonMarkdown(r)}`));
        }
        if (o.discounted.length > 0) {
            parts.push("", "Approvals and rejections that do not count:", "", ...o.discounted.map((d) => `- ${reasonMarkdown(d)}`));
        }
    }
    else if (input.overrideNotNeeded) {
        parts.push("", `Change request ${markdown_escapeMarkdown(input.overrideNotNeeded)} was given, but no override is needed.`);
    }
    parts.push("", `### Freeze calendar, next ${CALENDAR_DAYS / 7} weeks`, "");
    if (input.windowCount === 0) {
        parts.push("The policy has no freeze windows (`freeze.windows`).");
    }
    else {
        parts.push("```mermaid", renderFreezeCalendarGantt(input.calendar, { from: input.now, days: CALENDAR_DAYS, zone: input.zone }), "```", "", renderFreezeCalendarTable(input.calendar));
    }
    const notes = input.notes.map((n) => `<br>${markdown_escapeMarkdown(n)}`).join("");
    parts.push("", `<sub>Policy: ${markdown_escapeMarkdown(input.policySource)}.${notes}</sub>`, "");
    return parts.join("\n");
}
/** The summary when the check could not decide: it fails closed. */
function renderFreezeFailureSummary(environment, reason) {
    const env = environment ? ` to ${markdown_code(environment)}` : "";
    return [
        `## ⛔ Frozen (fails closed): deployment${env} blocked`,
        "",
        `The freeze could not be checked, so the deployment is treated as frozen: ${markdown_escapeMarkdown(reason)}`,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ../../packages/core/src/change/deploymentEnvironment.ts
/**
 * The environment a deployment names must be one the repository has: a typo must never skip a
 * freeze scoped to the real name, or start the deployed range at another environment's deployment.
 * GitHub compares environment names without regard to case.
 */
/** The repository's own spelling of `input`, or undefined when it has no such environment. */
function matchEnvironment(input, existing) {
    const wanted = input.trim().toLowerCase();
    return existing.find((name) => name.toLowerCase() === wanted);
}
/** How many environment names a message lists before it says "and N more". */
const LISTED = 20;
/**
 * What to tell the user when the `environment` input names none of the repository's environments:
 * the ones that exist, and how to fix it. `total` is GitHub's count (more than `existing` when only
 * a first page was read).
 */
function unknownEnvironment(input, existing, repository, total = existing.length) {
    const name = input.trim();
    if (total === 0) {
        return `The \`environment\` input names \`${name}\`, but ${repository} has no environments: fix the input, or create \`${name}\` under Settings → Environments (a job with \`environment: ${name}\` creates it too) and re-run.`;
    }
    const shown = [...existing].sort((a, b) => a.localeCompare(b)).slice(0, LISTED);
    const more = total - shown.length;
    const list = `${shown.map((n) => `\`${n}\``).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    const suggestion = deploymentEnvironment_closest(name, existing);
    return `The \`environment\` input names \`${name}\`, which is not an environment of ${repository}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}: it has ${list}. Fix the \`environment\` input and re-run.`;
}
/** The existing name within two edits of `name`, when there is exactly one. */
function deploymentEnvironment_closest(name, existing) {
    const near = existing.filter((e) => distance(name.toLowerCase(), e.toLowerCase()) <= 2);
    return near.length === 1 ? near[0] : undefined;
}
/** Levenshtein distance (names are short). */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ../../packages/release-process/src/environment.ts
/**
 * The `environment` input of the actions that read it through REST (freeze-window,
 * post-implementation-review, release-bundle) must name an environment of the repository. The
 * list is read whole (`actions: read`), so a name missing from it is missing — GitHub shows every
 * environment to a token that may list them, including those a deployment created.
 */


/** The environment input names no environment of the repository, or the list could not be read. */
class EnvironmentError extends Error {
    name = "EnvironmentError";
}
/** What listing environments needs, as a workflow's `permissions:` names it. */
const ENVIRONMENTS_PERMISSION = "actions: read";
/** Plain words when the environments could not be listed: the permission to add, or what failed. */
function environmentsUnreadable(e, environment, repository) {
    if ((0,errors/* isRefusal */.vu)(e)) {
        return `The token cannot list the environments of ${repository} to check that \`${environment}\` is one of them: add \`${ENVIRONMENTS_PERMISSION}\` to the job's \`permissions:\` and re-run.`;
    }
    return `Could not check that \`${environment}\` is an environment of ${repository}: ${(0,errors/* describeError */.Uc)(e)}`;
}
/**
 * The repository's own spelling of `environment`; throws an `EnvironmentError` listing those that
 * exist when it names none, or naming the permission when they cannot be listed.
 */
async function requireEnvironment(client, repo, environment) {
    const repository = `${repo.owner}/${repo.repo}`;
    let names;
    try {
        const list = await client.paginate("GET /repos/{owner}/{repo}/environments", {
            owner: repo.owner,
            repo: repo.repo,
        });
        names = list.map((e) => e.name);
    }
    catch (e) {
        throw new EnvironmentError(environmentsUnreadable(e, environment, repository));
    }
    const found = matchEnvironment(environment, names);
    if (!found)
        throw new EnvironmentError(unknownEnvironment(environment, names, repository));
    return found;
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
function changeRequestKey(link) {
    return `${link.repository.toLowerCase()}#${link.number}`;
}
/** "#12" inside the deployed repository, "org/changes#45" elsewhere. */
function formatChangeRequestRef(link, homeRepository) {
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
            const k = changeRequestKey(link);
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
function changeRequest_parseChangeRequest(body, opts = {}) {
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

;// CONCATENATED MODULE: ../../packages/github/src/contentRevisions.ts
/** What is read of each revision: when, by whom, and its whole text. */
const EDIT_FIELDS = "editedAt diff deletedAt editor { login }";
/** The revisions read, oldest first; a deleted revision's text is null. */
const toRevisions = (nodes) => nodes
    .filter((e) => e !== null)
    .map((e) => ({
    editor: e.editor?.login ?? null,
    editedAt: e.editedAt,
    body: e.deletedAt ? null : e.diff,
}))
    .reverse();

;// CONCATENATED MODULE: ../../packages/github/src/changeRequests.ts
/**
 * Reads change requests for the approval rules: each issue with its labels, comments, body edit
 * time and label timeline, plus the members of the approver teams — all in one aliased GraphQL
 * query (3 requests of GitHub's cost formula per issue: about 1 point for 33 change requests).
 * Lists longer than a page are followed to the end; who edited the comments that were edited is
 * read in one more query. Nothing is cut short: a list that cannot be read whole fails the read.
 */



const PAGE = 100;
/** Edits read with a comment on a follow-up page; more are read in a later round. */
const MAX_EDITS_INLINE = 20;
/** The timeline events the approval rules read: labels, closing and reopening, deleted comments. */
const TIMELINE_TYPES = "LABELED_EVENT, UNLABELED_EVENT, CLOSED_EVENT, REOPENED_EVENT, COMMENT_DELETED_EVENT";
const issueFields = `
  id number title url body state createdAt lastEditedAt
  author { login }
  labels(first: ${PAGE}) { nodes { name } }
  comments(first: ${PAGE}) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseComment } }
  timelineItems(first: ${PAGE}, itemTypes: [${TIMELINE_TYPES}]) {
    pageInfo { hasNextPage endCursor } nodes { ...GatehouseLabelEvent }
  }`;
const fragments = {
    comment: `fragment GatehouseComment on IssueComment {
    id author { __typename login } body createdAt lastEditedAt url
  }`,
    // Pages after the first carry the edits inline: 1 point a page, no extra round.
    commentWithEdits: `fragment GatehouseCommentEdits on IssueComment {
    id author { __typename login } body createdAt lastEditedAt url
    userContentEdits(first: ${MAX_EDITS_INLINE}) { totalCount nodes { ${EDIT_FIELDS} } }
  }`,
    labelEvent: `fragment GatehouseLabelEvent on IssueTimelineItems {
    __typename
    ... on LabeledEvent { createdAt actor { __typename login } label { name } }
    ... on UnlabeledEvent { createdAt actor { __typename login } label { name } }
    ... on ClosedEvent { createdAt actor { login } }
    ... on ReopenedEvent { createdAt actor { login } }
    ... on CommentDeletedEvent { createdAt actor { login } deletedCommentAuthor { login } }
  }`,
    members: `fragment GatehouseMembers on TeamMemberConnection { pageInfo { hasNextPage endCursor } nodes { login } }`,
};
/** Revisions are filled in afterwards, for the comments that were edited (see setRevisions). */
const toComment = (c) => ({
    id: c.id,
    author: c.author?.login ?? null,
    ...(c.author?.__typename === "Bot" ? { authorIsBot: true } : {}),
    body: c.body,
    createdAt: c.createdAt,
    editedAt: c.lastEditedAt,
    url: c.url,
    editors: [],
});
/** Rounds of follow-up pages before the read gives up (100 entries a page and a list each round). */
const MAX_FOLLOW_UP_ROUNDS = 50;
/** Edits of one comment read; more are recorded as an unknown editor, who authorises nothing. */
const MAX_EDITS = 100;
const editsField = (k) => `e${k}: node(id: $e${k}) { ... on IssueComment { userContentEdits(first: ${MAX_EDITS}) { totalCount nodes { ${EDIT_FIELDS} } } } }`;
/**
 * A comment's edit history, oldest first (GitHub lists it newest first, each revision's whole
 * text in `diff`, null once deleted). A history longer than was read, or one that cannot be read,
 * leaves the first text unknown: an unreadable revision by the author and an unknown editor.
 */
function setRevisions(c, edits) {
    const revisions = toRevisions(edits?.nodes ?? []);
    c.editors = revisions.map((r) => r.editor);
    if (!edits || edits.totalCount > revisions.length) {
        revisions.unshift({ editor: c.author, editedAt: c.createdAt, body: null });
        c.editors.push(null);
    }
    c.revisions = revisions;
}
/** The timeline's events, sorted into the kinds the approval rules read. */
function addTimeline(issue, nodes) {
    const stateEvents = issue.stateEvents ?? [];
    const commentDeletions = issue.commentDeletions ?? [];
    issue.stateEvents = stateEvents;
    issue.commentDeletions = commentDeletions;
    for (const n of nodes) {
        const actor = n.actor?.login ?? null;
        if ((n.__typename === "LabeledEvent" || n.__typename === "UnlabeledEvent") && n.label) {
            issue.labelEvents.push({
                action: n.__typename === "LabeledEvent" ? "labeled" : "unlabeled",
                label: n.label.name,
                actor,
                ...(n.actor?.__typename === "Bot" ? { actorIsBot: true } : {}),
                at: n.createdAt,
            });
        }
        else if (n.__typename === "ClosedEvent" || n.__typename === "ReopenedEvent") {
            stateEvents.push({
                action: n.__typename === "ClosedEvent" ? "closed" : "reopened",
                actor,
                at: n.createdAt,
            });
        }
        else if (n.__typename === "CommentDeletedEvent") {
            commentDeletions.push({ actor, author: n.deletedCommentAuthor?.login ?? null, at: n.createdAt });
        }
    }
}
/**
 * The issue as the approval rules read it (its long lists completed by `readFollowUps`);
 * `recorder`: the token's login, whose comments are Gatehouse's records.
 */
function toChangeRequestIssue(raw, repository, recorder) {
    const issue = {
        id: raw.id,
        repository,
        number: raw.number,
        title: raw.title,
        url: raw.url,
        body: raw.body ?? "",
        author: raw.author?.login ?? null,
        state: raw.state === "CLOSED" ? "closed" : "open",
        labels: raw.labels.nodes.map((l) => l.name),
        createdAt: raw.createdAt,
        bodyEditedAt: raw.lastEditedAt,
        comments: raw.comments.nodes.map(toComment),
        labelEvents: [],
        recorder,
    };
    addTimeline(issue, raw.timelineItems.nodes);
    return issue;
}
/** The comments and timeline events of an issue that run past their first page. */
function continuationsOf(raw) {
    const more = [];
    if (raw.comments.pageInfo.hasNextPage && raw.comments.pageInfo.endCursor) {
        more.push({ kind: "comments", target: raw.id, cursor: raw.comments.pageInfo.endCursor });
    }
    if (raw.timelineItems.pageInfo.hasNextPage && raw.timelineItems.pageInfo.endCursor) {
        more.push({ kind: "timeline", target: raw.id, cursor: raw.timelineItems.pageInfo.endCursor });
    }
    return more;
}
/** Gatehouse's own comments are updated on re-runs: their current text is its record. */
function isOwnComment(c, viewer) {
    return (viewer !== null &&
        (c.author ?? "").toLowerCase().replace(/\[bot\]$/, "") === viewer.toLowerCase().replace(/\[bot\]$/, ""));
}
/** Error paths GitHub reports for things that are simply absent (an issue number that is a PR). */
const isNotFound = (e) => e.type === "NOT_FOUND" || /Could not resolve to/i.test(e.message);
const isForbidden = (e) => e.type === "FORBIDDEN" || e.type === "INSUFFICIENT_SCOPES" || /not accessible|scope/i.test(e.message);
/**
 * Runs an aliased query, keeping the partial data when the only errors are about absent issues or
 * unreadable teams (paths starting with a team alias). Anything else is thrown.
 */
async function tolerantQuery(client, query, variables, teamAliases) {
    const teamErrors = new Map();
    try {
        return { data: (await client.graphql(query, variables)) ?? {}, teamErrors };
    }
    catch (e) {
        if (!(e instanceof errors/* GraphQLError */.eO) || !e.data)
            throw e;
        for (const error of e.errors) {
            const root = String(error.path?.[0] ?? "");
            if (teamAliases.has(root) && (isForbidden(error) || isNotFound(error))) {
                teamErrors.set(root, error.message);
                continue;
            }
            if (isNotFound(error) && root.startsWith("r"))
                continue;
            throw e;
        }
        return { data: e.data, teamErrors };
    }
}
/**
 * Reads the linked change requests and the approver teams' members. `teams` are "org/slug" keys.
 * A team that cannot be read (no org-members permission, or no such team) is reported in
 * `teams.problems`, never guessed.
 */
async function fetchChangeRequests(client, links, teams = [], opts = {}) {
    // Gatehouse's own comments are updated on re-runs: their current text is its record, and their
    // edits are not read (a record only ever adds rejections).
    let viewer = null;
    const needsEditors = (c) => Boolean(c.editedAt) && !isOwnComment(c, viewer) && (opts.editorsOf?.(c) ?? true);
    const issues = new Map();
    const members = {};
    const problems = {};
    let requests = 0;
    // Group issues by repository so each repository appears once.
    const byRepo = new Map();
    for (const link of links) {
        const [owner = "", name = ""] = link.repository.split("/");
        const key = link.repository.toLowerCase();
        const entry = byRepo.get(key) ?? { owner, name, numbers: [] };
        if (!entry.numbers.includes(link.number))
            entry.numbers.push(link.number);
        byRepo.set(key, entry);
    }
    const uniqueTeams = [...new Set(teams.map((t) => t.toLowerCase()))];
    if (byRepo.size === 0 && uniqueTeams.length === 0) {
        return { issues, teams: { members, problems }, requests };
    }
    const variables = {};
    const declarations = [];
    const parts = [];
    const repoAliases = [];
    [...byRepo.values()].forEach((repo, r) => {
        variables[`o${r}`] = repo.owner;
        variables[`n${r}`] = repo.name;
        declarations.push(`$o${r}: String!`, `$n${r}: String!`);
        const issuesPart = repo.numbers.map((n) => `i${n}: issue(number: ${n}) { ${issueFields} }`).join("\n");
        parts.push(`r${r}: repository(owner: $o${r}, name: $n${r}) { ${issuesPart} }`);
        repoAliases.push({ alias: `r${r}`, repository: `${repo.owner}/${repo.name}` });
    });
    const teamAliases = new Map();
    uniqueTeams.forEach((team, t) => {
        const [org = "", slug = ""] = team.split("/");
        variables[`to${t}`] = org;
        variables[`ts${t}`] = slug;
        declarations.push(`$to${t}: String!`, `$ts${t}: String!`);
        parts.push(`t${t}: organization(login: $to${t}) { team(slug: $ts${t}) { members(first: ${PAGE}, membership: ALL) { ...GatehouseMembers } } }`);
        teamAliases.set(`t${t}`, team);
    });
    const usedFragments = [
        ...(byRepo.size ? [fragments.comment, fragments.labelEvent] : []),
        ...(uniqueTeams.length ? [fragments.members] : []),
    ];
    // Who this token is: Gatehouse's own comments (its records) are the ones it wrote.
    parts.push("viewer { login }");
    const query = `query GatehouseChangeRequests(${declarations.join(", ")}) {\n${parts.join("\n")}\n}\n${usedFragments.join("\n")}`;
    const { data, teamErrors } = await tolerantQuery(client, query, variables, new Set(teamAliases.keys()));
    requests++;
    // Continuations for lists longer than a page.
    const continuations = [];
    const issueByNode = new Map();
    viewer = data.viewer?.login ?? null;
    for (const { alias, repository } of repoAliases) {
        const repoData = data[alias];
        const entry = byRepo.get(repository.toLowerCase());
        for (const number of entry.numbers) {
            const raw = repoData?.[`i${number}`] ?? null;
            const key = changeRequestKey({ repository, number });
            if (!raw) {
                issues.set(key, null);
                continue;
            }
            const issue = toChangeRequestIssue(raw, repository, viewer);
            issues.set(key, issue);
            issueByNode.set(raw.id, issue);
            continuations.push(...continuationsOf(raw));
        }
    }
    for (const [alias, team] of teamAliases) {
        const org = data[alias];
        const raw = org?.team?.members;
        if (!raw) {
            const why = teamErrors.get(alias);
            problems[team] = why
                ? `GitHub answered: ${why}`
                : "GitHub shows no such team to this token: check the name, or the token cannot read organisation membership";
            continue;
        }
        members[team] = raw.nodes.map((m) => m.login);
        if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor) {
            continuations.push({ kind: "members", target: team, cursor: raw.pageInfo.endCursor });
        }
    }
    requests += await readFollowUps(client, issueByNode, continuations, members, needsEditors);
    return { issues, teams: { members, problems }, requests };
}
/**
 * Follows every long list (comments, timeline events, team members), all lists of a round in one
 * query, and reads the edit history of the comments `needsEditors` picks. Returns the requests made.
 */
async function readFollowUps(client, issueByNode, continuations, members, needsEditors) {
    let requests = 0;
    // Who edited the edited comments: read with the next round of pages (or a round of its own).
    const pendingEdits = [];
    for (const issue of issueByNode.values())
        pendingEdits.push(...issue.comments.filter(needsEditors));
    // Follow every long list, all lists of a round in one query.
    for (let round = 0; continuations.length > 0 || pendingEdits.length > 0; round++) {
        if (round === MAX_FOLLOW_UP_ROUNDS) {
            const what = continuations.map((c) => c.kind === "members" ? `team ${c.target}` : `${c.kind} of an issue`);
            throw new Error(`The ${[...new Set(what)].join(", ")} run longer than ${MAX_FOLLOW_UP_ROUNDS * PAGE} entries (MAX_FOLLOW_UP_ROUNDS), more than Gatehouse reads: trim the list (a fresh change request, a smaller team) and re-run.`);
        }
        const batch = continuations.splice(0, continuations.length);
        const edits = pendingEdits.splice(0, 100);
        const vars = {};
        const decl = [];
        const editFields = edits.map((c, k) => {
            vars[`e${k}`] = c.id;
            decl.push(`$e${k}: ID!`);
            return editsField(k);
        });
        const fields = batch.map((c, k) => {
            vars[`c${k}`] = c.cursor;
            decl.push(`$c${k}: String!`);
            if (c.kind === "members") {
                const [org = "", slug = ""] = c.target.split("/");
                vars[`mo${k}`] = org;
                vars[`ms${k}`] = slug;
                decl.push(`$mo${k}: String!`, `$ms${k}: String!`);
                return `p${k}: organization(login: $mo${k}) { team(slug: $ms${k}) { members(first: ${PAGE}, after: $c${k}, membership: ALL) { ...GatehouseMembers } } }`;
            }
            vars[`id${k}`] = c.target;
            decl.push(`$id${k}: ID!`);
            const list = c.kind === "comments"
                ? `comments(first: ${PAGE}, after: $c${k}) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseCommentEdits } }`
                : `timelineItems(first: ${PAGE}, after: $c${k}, itemTypes: [${TIMELINE_TYPES}]) { pageInfo { hasNextPage endCursor } nodes { ...GatehouseLabelEvent } }`;
            return `p${k}: node(id: $id${k}) { ... on Issue { ${list} } }`;
        });
        const needed = [
            ...(batch.some((c) => c.kind === "comments") ? [fragments.commentWithEdits] : []),
            ...(batch.some((c) => c.kind === "timeline") ? [fragments.labelEvent] : []),
            ...(batch.some((c) => c.kind === "members") ? [fragments.members] : []),
        ];
        const page = await client.graphql(`query GatehouseMore(${decl.join(", ")}) {\n${[...fields, ...editFields].join("\n")}\n}\n${needed.join("\n")}`, vars);
        requests++;
        edits.forEach((c, k) => {
            setRevisions(c, page[`e${k}`]?.userContentEdits);
        });
        batch.forEach((c, k) => {
            const result = page[`p${k}`];
            if (c.kind === "members") {
                const raw = result?.team?.members;
                if (!raw)
                    return;
                members[c.target].push(...raw.nodes.map((m) => m.login));
                if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor) {
                    continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
                }
                return;
            }
            const issue = issueByNode.get(c.target);
            if (c.kind === "comments") {
                const raw = result?.comments;
                if (!raw)
                    return;
                raw.nodes.forEach((n) => {
                    const comment = toComment(n);
                    issue.comments.push(comment);
                    if (!needsEditors(comment))
                        return;
                    const edits = n.userContentEdits;
                    if (edits && edits.totalCount <= edits.nodes.length)
                        setRevisions(comment, edits);
                    else
                        pendingEdits.push(comment);
                });
                if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
                    continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
            }
            else {
                const raw = result
                    ?.timelineItems;
                if (!raw)
                    return;
                addTimeline(issue, raw.nodes);
                if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
                    continuations.push({ ...c, cursor: raw.pageInfo.endCursor });
            }
        });
    }
    return requests;
}

;// CONCATENATED MODULE: ../../packages/core/src/change/commands.ts
/**
 * The commands approvers write on a change request, and their exact grammar (README, "Commands"):
 *
 *   comment  = *blank-line command-line [ blank-line *any-line ]
 *   command  = "/approve" | "/withdraw-rejection" | "/reject" [ SP reason ]
 *
 * The command stands alone at the start of its line, in lower-case ASCII, as the comment's first
 * paragraph; `/approve` and `/withdraw-rejection` take nothing after them on their paragraph (a
 * remark may follow after a blank line). Anything else — extra words, look-alike or invisible
 * characters, quoted, indented or fenced text, HTML — is not a command.
 */
const exact = /^\/(approve|withdraw-rejection|reject)(?:([ \t]+)(.*))?$/;
/** The command a comment gives, read by the grammar above; null when it gives none. */
function commands_parseCommand(body) {
    const lines = (body ?? "").replace(/\r\n?/g, "\n").split("\n");
    let i = 0;
    while (i < lines.length && lines[i].trim() === "")
        i++;
    if (i >= lines.length)
        return null;
    const m = exact.exec(lines[i].replace(/[ \t]+$/, ""));
    if (!m)
        return null;
    const command = m[1];
    const rest = (m[3] ?? "").trim();
    const nextLine = lines[i + 1];
    const paragraphEnds = nextLine === undefined || nextLine.trim() === "";
    if (command === "reject") {
        const reason = [rest, ...(paragraphEnds ? [] : [nextLine.trim()])].filter(Boolean).join(" ");
        return reason ? { command, reason } : { command };
    }
    if (rest !== "" || !paragraphEnds)
        return null;
    return { command };
}
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/**
 * A command a comment seems to give without giving it exactly (so the summary can say why it does
 * not count): the words appear once look-alike characters are folded and invisible ones removed.
 */
function nearMissCommand(body) {
    if (commands_parseCommand(body))
        return null;
    const folded = (body ?? "").normalize("NFKC").replace(invisible, "").toLowerCase();
    const m = /[/／](withdraw-rejection|approve|reject)(?![a-z])/.exec(folded);
    if (m)
        return m[1];
    // Cyrillic and Greek letters that look like Latin ones.
    const latin = folded.replace(/[аеорсухіѕјԁοαρτ]/g, (c) => lookAlike[c] ?? c);
    const again = /[/／](withdraw-rejection|approve|reject)(?![a-z])/.exec(latin);
    return again ? again[1] : null;
}
const lookAlike = {
    а: "a",
    е: "e",
    о: "o",
    р: "p",
    с: "c",
    у: "y",
    х: "x",
    і: "i",
    ѕ: "s",
    ј: "j",
    ԁ: "d",
    ο: "o",
    α: "a",
    ρ: "p",
    τ: "t",
};

;// CONCATENATED MODULE: ../../packages/core/src/change/gatehouseRecord.ts
/**
 * What Gatehouse writes down on a change request, in a hidden line of its own comment: the
 * rejections it saw standing and whether it let a deployment go. Read back on later runs, a record
 * only ever adds to what the timeline shows — a rejection whose comment was deleted still stands,
 * a change request closed after a deployment stays spent — and never lifts anything.
 */
const PREFIX = "<!-- gatehouse:record ";
/** The hidden line (an HTML comment, which GitHub does not show). */
function renderRecord(record) {
    const json = JSON.stringify({ rejections: record.rejections, allowed: record.allowed });
    return `${PREFIX}${json.replace(/--/g, "\\u002d\\u002d")} -->`;
}
/** The record in a comment's text, or null when it carries none (or one that cannot be read). */
function parseRecord(body) {
    const text = body ?? "";
    const start = text.indexOf(PREFIX);
    if (start < 0)
        return null;
    const end = text.indexOf(" -->", start);
    if (end < 0)
        return null;
    try {
        const raw = JSON.parse(text.slice(start + PREFIX.length, end));
        const rejections = Array.isArray(raw.rejections)
            ? raw.rejections.filter((r) => typeof r?.login === "string" && typeof r.at === "string" && !Number.isNaN(Date.parse(r.at)))
            : [];
        return { rejections, allowed: raw.allowed === true };
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/change/approval.ts
/**
 * Change authorisation: whether a change request, as it stands now, authorises a deployment.
 * The rules (product.md, "Change requests"):
 * - approvals are `/approve` comments and the `change/approved` label, counted only when the actor
 *   is a configured approver (user or team member) — for the label, the actor who applied it; a
 *   comment someone else edited is nobody's approval;
 * - never the change request's author, never anyone who shaped a change in the deployed range
 *   (authors, co-authors and committers of its commits and of its pull requests' own commits, the
 *   pull requests' authors and mergers);
 * - approvals made before the last edit of the change request's body are void;
 * - `/reject` (or the `change/rejected` label) by an approver blocks;
 * - distinct approvals needed by risk (approvals.quorum);
 * - standard changes whose template the policy lists are pre-approved;
 * - emergency changes need one emergency approver;
 * - planned start/end bound the deployment window;
 * - implemented or closed change requests authorise nothing new, standard changes excepted;
 * - only issues in the configured change-request repositories, carrying the change-request label.
 */




/** What GitHub token can read team membership: said whenever it cannot be read. */
const teamMembershipTokenHelp = "pass a token that can read organisation membership as the `token` input: a GitHub App installation token with the Members: read organisation permission, or a token with the `read:org` scope (the workflow's GITHUB_TOKEN cannot read teams)";
const actionNames = {
    approve: { comment: "approval", label: `approval (the \`${changeLabels.approved}\` label)` },
    reject: { comment: "rejection", label: `rejection (the \`${changeLabels.rejected}\` label)` },
    "withdraw-rejection": { comment: "`/withdraw-rejection`", label: "`/withdraw-rejection`" },
};
/**
 * One approval, rejection or withdrawal that does not count, as people read it wherever Gatehouse
 * lists them (the gate's summary and comment, the freeze check's summary):
 * "@olivia's approval does not count: they opened this change request".
 */
function discountedLine(d) {
    const label = d.action === "reject" ? changeLabels.rejected : changeLabels.approved;
    const who = d.login === null ? `the \`${label}\` label` : `@${d.login}'s ${actionNames[d.action][d.via]}`;
    return `${who} does not count: ${d.why}`;
}
/**
 * The approvals, rejections and withdrawals that do not count which none of `reasons` names
 * already: what a list beside the reasons adds (the reason that asks for approvals names the first).
 */
function discountedNotNamed(discounted, reasons) {
    return discounted.filter((d) => {
        const line = discountedLine(d).toLowerCase();
        return !reasons.some((r) => r.toLowerCase().includes(line));
    });
}
/** A change request that authorises nothing, for `reasons`, before any approval was counted. */
function unauthorised(cr, reasons) {
    return {
        ...cr,
        authorised: false,
        preApproved: false,
        requiredApprovals: 0,
        approvers: [],
        approvals: [],
        rejectedBy: [],
        rejections: [],
        discounted: [],
        reasons,
    };
}
/** The standard change template the policy lists under this name (names compare case-insensitively). */
function standardTemplate(approvals, name) {
    const key = name.trim().toLowerCase();
    return approvals.standardChanges.find((t) => t.name.trim().toLowerCase() === key);
}
/** A standard change whose template the policy limits to paths: its changes' files must be read. */
function pathScopedStandardChange(issue, approvals) {
    const fields = parseChangeRequest(issue.body).fields;
    if (fields?.type !== "standard" || !fields.standardChange)
        return false;
    return (standardTemplate(approvals, fields.standardChange)?.paths.length ?? 0) > 0;
}
/** Repositories whose issues may be change requests ("owner/repo"). */
function changeRequestRepositories(policy, repository) {
    return policy.repositories.length > 0 ? policy.repositories : [repository];
}
function isChangeRequestRepository(link, policy, repository) {
    const name = link.repository.toLowerCase();
    return changeRequestRepositories(policy, repository).some((r) => r.toLowerCase() === name);
}
/** "org/team" → "org/team" in lower case; a bare slug belongs to the deployed repository's owner. */
function teamKey(team, repository) {
    const t = team.replace(/^@/, "");
    return (t.includes("/") ? t : `${repository.split("/")[0]}/${t}`).toLowerCase();
}
/** Every team named by the policy's approver groups, as "org/team" keys. */
function approverTeams(approvals, repository) {
    const keys = [...approvals.approvers.teams, ...approvals.emergencyApprovers.teams].map((t) => teamKey(t, repository));
    return [...new Set(keys)];
}
const lower = (s) => (s ?? "").toLowerCase();
/** A login as GraphQL and REST both name it: a bot's `[bot]` suffix dropped. */
const identity = (s) => lower(s).replace(/\[bot\]$/, "");
function resolveGroup(group, repository, teams) {
    const logins = new Set(group.users.map(lower));
    const unreadable = [];
    for (const team of group.teams) {
        const key = teamKey(team, repository);
        const members = teams?.members[key];
        if (members)
            for (const m of members)
                logins.add(lower(m));
        else
            unreadable.push(key);
    }
    return {
        has: (login) => logins.has(lower(login)),
        unreadable,
        empty: group.users.length === 0 && group.teams.length === 0,
    };
}
/** An `/approve` or `/reject` command, read by the exact grammar of `./commands` (null: none). */
function approvalCommand(body) {
    const parsed = parseCommand(body);
    return parsed && parsed.command !== "withdraw-rejection" ? parsed.command : null;
}
/** Who holds the label now: the actor of its last `labeled` event, if the issue still has it. */
function labelHolder(issue, label) {
    if (!issue.labels.some((l) => lower(l) === label))
        return null;
    let holder = null;
    for (const event of issue.labelEvents) {
        if (lower(event.label) !== label)
            continue;
        holder =
            event.action === "labeled"
                ? { actor: event.actor, bot: event.actorIsBot === true, at: new Date(event.at) }
                : null;
    }
    return holder;
}
const push = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);
const botWhy = "it was given by a bot or an app account, and bots and apps can never approve or reject a change";
const ghostWhy = "the account no longer exists";
/**
 * Reads the comments, deletions and label timeline. `approver` names whose approval the change
 * request needs ("approver", "emergency approver"), for the fixes of approvals that do not count.
 */
function collectHistory(issue, discounted, approver) {
    const fixFor = (action, fix) => (action === "approve" ? { fix } : {});
    const history = {
        approvals: [],
        rejections: [],
        withdrawals: new Map(),
        rejectLabelRemovals: new Map(),
        allowedAt: [],
        problems: [],
    };
    const recorder = issue.recorder ? identity(issue.recorder) : null;
    for (const comment of issue.comments) {
        const author = comment.author;
        const revisions = comment.revisions ?? [];
        // Gatehouse's own comments are its records, never commands.
        if (recorder !== null && identity(author) === recorder) {
            const own = revisions.length > 0 ? revisions.filter((r) => identity(r.editor) === recorder) : [comment];
            for (const revision of own) {
                if (revision.body === null) {
                    history.problems.push(`a revision of Gatehouse's own comment (${comment.url ?? "on this issue"}) was deleted from its edit history, so the rejections Gatehouse recorded there cannot be read; open a new change request`);
                    continue;
                }
                const record = parseRecord(revision.body);
                if (!record)
                    continue;
                for (const r of record.rejections) {
                    history.rejections.push({
                        login: r.login,
                        at: new Date(r.at),
                        how: `a rejection given at ${describeTime(new Date(r.at))}, which Gatehouse recorded at ${describeTime(new Date(comment.createdAt))}`,
                        kind: "unknown",
                    });
                }
                if (record.allowed)
                    history.allowedAt.push(new Date(comment.createdAt));
            }
            continue;
        }
        const command = commands_parseCommand(comment.body);
        const nearMiss = command ? null : nearMissCommand(comment.body);
        if (!author) {
            if (command && command.command !== "withdraw-rejection") {
                discounted.push({
                    login: "ghost",
                    action: command.command,
                    via: "comment",
                    why: ghostWhy,
                    ...fixFor(command.command, `ask another ${approver}`),
                });
            }
            continue;
        }
        if (comment.authorIsBot) {
            if (command && command.command !== "withdraw-rejection") {
                discounted.push({
                    login: author,
                    action: command.command,
                    via: "comment",
                    why: botWhy,
                    ...fixFor(command.command, `ask an ${approver}`),
                });
            }
            continue;
        }
        // What the author wrote: every revision of theirs (edits by anyone else are not theirs).
        const own = revisions.filter((r) => lower(r.editor) === lower(author));
        const editedByOthers = revisions.filter((r) => lower(r.editor) !== lower(author));
        // A comment carrying Gatehouse's marker is not a command (revisions of the author's above still are).
        if (comment.body.includes("<!-- gatehouse:") && editedByOthers.length === 0)
            continue;
        for (const revision of own) {
            if (revision.body === null) {
                history.rejections.push({
                    login: author,
                    at: new Date(revision.editedAt),
                    how: `a revision of their comment made at ${describeTime(new Date(revision.editedAt))} was deleted from its edit history, so it counts as a rejection`,
                    kind: "unknown",
                });
            }
            else if (commands_parseCommand(revision.body)?.command === "reject") {
                const editor = revisions.find((r) => lower(r.editor) !== lower(author) && r.editedAt > revision.editedAt);
                history.rejections.push({
                    login: author,
                    at: new Date(revision.editedAt),
                    how: `\`/reject\` at ${describeTime(new Date(revision.editedAt))}${editor ? ` (since edited by ${editor.editor ? `@${editor.editor}` : "someone"}, which does not lift it)` : ""}`,
                    kind: "comment",
                });
            }
        }
        if (editedByOthers.length > 0 ||
            (revisions.length === 0 && comment.editors?.some((e) => lower(e) !== lower(author)))) {
            const other = editedByOthers[0]?.editor ?? comment.editors?.find((e) => lower(e) !== lower(author)) ?? null;
            const shown = command?.command ?? nearMiss;
            // A `/reject` of their own still stands (collected above): only what is not theirs is listed.
            const ownReject = own.some((r) => r.body !== null && commands_parseCommand(r.body)?.command === "reject") ||
                (revisions.length === 0 && command?.command === "reject");
            if (shown && !(shown === "reject" && ownReject)) {
                discounted.push({
                    login: author,
                    action: shown,
                    via: "comment",
                    why: `their \`/${shown}\` comment was edited by ${other ? `@${other}` : "an account that no longer exists"}, so it is not theirs alone`,
                    ...fixFor(shown, "ask them to write `/approve` again in a new comment"),
                });
            }
            // A rejection the author wrote before someone else's edit was collected above.
            if (revisions.length === 0 && command?.command === "reject") {
                history.rejections.push({
                    login: author,
                    at: new Date(comment.createdAt),
                    how: `\`/reject\` at ${describeTime(new Date(comment.createdAt))} (since edited by someone else, which does not lift it)`,
                    kind: "comment",
                });
            }
            continue;
        }
        if (!command) {
            if (nearMiss) {
                discounted.push({
                    login: author,
                    action: nearMiss,
                    via: "comment",
                    why: `their comment is not an exact \`/${nearMiss}\` (extra words, quoted, fenced, HTML or look-alike text do not count)`,
                    ...fixFor(nearMiss, "ask them to write `/approve` alone on the first line of a comment"),
                });
            }
            continue;
        }
        const at = new Date(comment.editedAt ?? comment.createdAt);
        if (command.command === "withdraw-rejection")
            push(history.withdrawals, lower(author), at);
        else if (command.command === "approve") {
            history.approvals.push({ login: author, action: "approve", via: "comment", at });
        }
        else if (revisions.length === 0) {
            history.rejections.push({
                login: author,
                at,
                how: `\`/reject\` at ${describeTime(at)}`,
                kind: "comment",
            });
        }
    }
    for (const deletion of issue.commentDeletions ?? []) {
        if (!deletion.author || lower(deletion.actor) === lower(deletion.author))
            continue;
        if (recorder !== null && identity(deletion.author) === recorder) {
            history.problems.push(`Gatehouse's own comment on it was deleted by ${deletion.actor ? `@${deletion.actor}` : "someone"} at ${describeTime(new Date(deletion.at))}, so the rejections Gatehouse recorded there cannot be read; open a new change request`);
            continue;
        }
        history.rejections.push({
            login: deletion.author,
            at: new Date(deletion.at),
            how: `a comment of theirs was deleted by ${deletion.actor ? `@${deletion.actor}` : "someone"} at ${describeTime(new Date(deletion.at))}; what it said cannot be read, so it counts as a rejection`,
            kind: "unknown",
        });
    }
    // Labels: `change/rejected` is a rejection by whoever applied it, lifted only when they remove it.
    for (const event of issue.labelEvents) {
        const label = lower(event.label);
        if (label !== changeLabels.rejected || !event.actor || event.actorIsBot)
            continue;
        if (event.action === "labeled") {
            history.rejections.push({
                login: event.actor,
                at: new Date(event.at),
                how: `the \`${changeLabels.rejected}\` label at ${describeTime(new Date(event.at))}`,
                kind: "label",
            });
        }
        else
            push(history.rejectLabelRemovals, lower(event.actor), new Date(event.at));
    }
    const rejectedLabel = issue.labels.some((l) => lower(l) === changeLabels.rejected);
    if (rejectedLabel &&
        !issue.labelEvents.some((e) => lower(e.label) === changeLabels.rejected && e.action === "labeled")) {
        history.problems.push(`it carries the \`${changeLabels.rejected}\` label but nobody can be seen applying it in the issue's timeline; an approver removes the label to clear it`);
    }
    for (const event of issue.labelEvents) {
        if (lower(event.label) === changeLabels.rejected && event.action === "labeled" && !event.actor) {
            history.problems.push(`the \`${changeLabels.rejected}\` label was applied by an account that no longer exists; open a new change request`);
        }
        if (lower(event.label) === changeLabels.rejected &&
            event.action === "labeled" &&
            event.actor &&
            event.actorIsBot) {
            discounted.push({ login: event.actor, action: "reject", via: "label", why: botWhy });
        }
    }
    const holder = labelHolder(issue, changeLabels.approved);
    if (holder) {
        if (!holder.actor) {
            discounted.push({
                login: "ghost",
                action: "approve",
                via: "label",
                why: ghostWhy,
                fix: `ask another ${approver}`,
            });
        }
        else if (holder.bot) {
            discounted.push({
                login: holder.actor,
                action: "approve",
                via: "label",
                why: botWhy,
                fix: `ask an ${approver}`,
            });
        }
        else {
            history.approvals.push({ login: holder.actor, action: "approve", via: "label", at: holder.at });
        }
    }
    else if (issue.labels.some((l) => lower(l) === changeLabels.approved)) {
        discounted.push({
            login: null,
            action: "approve",
            via: "label",
            why: "nobody can be seen applying it in the issue's timeline",
            fix: `an ${approver} removes it and applies it again, or writes \`/approve\``,
        });
    }
    history.approvals.sort((a, b) => a.at.getTime() - b.at.getTime());
    return history;
}
/** A rejection still stands unless the person who gave it withdrew it afterwards. */
function standsStill(rejection, history) {
    const key = lower(rejection.login);
    const t = rejection.at.getTime();
    if ((history.withdrawals.get(key) ?? []).some((w) => w.getTime() > t))
        return false;
    // Removing the `change/rejected` label is as explicit as the command, from the same approver.
    return !(history.rejectLabelRemovals.get(key) ?? []).some((w) => w.getTime() > t);
}
const describeTime = (date) => date
    .toISOString()
    .replace(/\.000Z$/, "Z")
    .replace("T", " ");
function describeWait(from, to) {
    const minutes = Math.round((to.getTime() - from.getTime()) / 60_000);
    if (minutes < 90)
        return `${minutes} minute${minutes === 1 ? "" : "s"}`;
    const hours = Math.round(minutes / 60);
    if (hours < 48)
        return `${hours} hours`;
    return `${Math.round(hours / 24)} days`;
}
/**
 * The approvals given that do not count, each with what would make one count: "@olivia's approval
 * does not count: they opened this change request; ask another approver". One per person (the last
 * reason found, the rules' own, is theirs); none for people whose approval counts anyway.
 */
function approvalsNotCounted(discounted, approved) {
    const counted = new Set(approved.map(lower));
    const byPerson = new Map();
    for (const d of discounted) {
        if (d.action !== "approve" || (d.login !== null && counted.has(lower(d.login))))
            continue;
        byPerson.set(d.login === null ? "" : `@${lower(d.login)}`, d);
    }
    return [...byPerson.values()].map((d) => `${discountedLine(d)}${d.fix ? `; ${d.fix}` : ""}`);
}
/** At most this many approvals that do not count are named in the quorum's reason; the rest are counted. */
const NAMED_IN_QUORUM = 3;
/** The sentences the reason that asks for approvals ends with: who gave one that does not count, and the fix. */
function uncounted(discounted, approved) {
    const lost = approvalsNotCounted(discounted, approved);
    const named = lost
        .slice(0, NAMED_IN_QUORUM)
        .map((line) => `. ${line.charAt(0).toUpperCase()}${line.slice(1)}`);
    const more = lost.length - named.length;
    return `${named.join("")}${more > 0 ? `. ${more} more approval${more === 1 ? "" : "s"} do${more === 1 ? "es" : ""} not count either` : ""}`;
}
/**
 * Assesses one change request against the policy as of `context.now`. `authorised` is true only
 * when no rule objects; every objection is a plain sentence in `reasons`.
 */
function assessChangeRequest(issue, context) {
    const reasons = [];
    const discounted = [];
    const base = {
        repository: issue.repository,
        number: issue.number,
        title: issue.title,
        url: issue.url,
    };
    const blocked = (extra = {}) => ({
        ...unauthorised(base, reasons),
        discounted,
        ...extra,
    });
    if (!isChangeRequestRepository(issue, context.changeRequests, context.repository)) {
        const allowed = changeRequestRepositories(context.changeRequests, context.repository);
        reasons.push(`it is in ${issue.repository}, which is not a change-request repository (the policy's \`change-requests\` allows ${allowed.join(", ")})`);
        return blocked();
    }
    const crLabel = lower(context.changeRequests.label);
    if (!issue.labels.some((l) => lower(l) === crLabel)) {
        reasons.push(`the issue is not labelled \`${context.changeRequests.label}\`: open change requests with the change-request issue form`);
        return blocked();
    }
    const parsed = changeRequest_parseChangeRequest(issue.body, { timezone: context.timezone });
    if (!parsed.fields) {
        for (const problem of parsed.problems)
            reasons.push(`its form field "${problem.field}" cannot be read: ${problem.message}`);
        return blocked();
    }
    const fields = parsed.fields;
    const { approvals } = context;
    // A standard change is pre-approved by the policy, not by the requester: only a template the
    // policy lists, with a scope, and only for the services that scope names (paths are checked
    // against each linked change by the deployment decision).
    const template = fields.type === "standard" && fields.standardChange !== undefined
        ? standardTemplate(approvals, fields.standardChange)
        : undefined;
    const unscoped = template !== undefined && template.paths.length === 0 && template.services.length === 0;
    const outsideServices = template?.services.length
        ? fields.services.filter((s) => !template.services.some((t) => lower(t) === lower(s)))
        : [];
    const preApproved = template !== undefined && !unscoped && outsideServices.length === 0;
    const effectiveRisk = context.riskRaised ? raiseRisk(fields.risk) : fields.risk;
    const emergency = fields.type === "emergency";
    const requiredApprovals = preApproved ? 0 : emergency ? 1 : approvals.quorum[effectiveRisk];
    const approvers = resolveGroup(approvals.approvers, context.repository, context.teams);
    const emergencyApprovers = resolveGroup(approvals.emergencyApprovers, context.repository, context.teams);
    const counting = emergency ? emergencyApprovers : approvers;
    const isAnyApprover = (login) => approvers.has(login) || emergencyApprovers.has(login);
    // Team membership that cannot be read: neither approvals nor rejections can be told apart.
    const unreadable = [...new Set([...approvers.unreadable, ...emergencyApprovers.unreadable])];
    if (unreadable.length > 0) {
        const why = unreadable.map((t) => context.teams?.problems[t]).find(Boolean);
        reasons.push(`the members of approver team${unreadable.length > 1 ? "s" : ""} ${unreadable.map((t) => `@${t}`).join(", ")} cannot be read${why ? ` (${why})` : ""}: ${teamMembershipTokenHelp}`);
    }
    const approverKind = emergency ? "emergency approver" : "approver";
    const history = collectHistory(issue, discounted, approverKind);
    const editedAt = issue.bodyEditedAt ? new Date(issue.bodyEditedAt) : null;
    // Rejections stand until the approver who gave them withdraws them; anyone else's act does not
    // lift them. Only approvers' rejections count, and never a bot's.
    const standing = history.rejections.filter((r) => isAnyApprover(r.login) && standsStill(r, history));
    for (const r of history.rejections) {
        if (r.kind === "unknown" || isAnyApprover(r.login))
            continue;
        if (discounted.some((d) => d.action === "reject" && lower(d.login) === lower(r.login)))
            continue;
        discounted.push({ login: r.login, action: "reject", via: r.kind, why: "they are not an approver" });
    }
    // One line per approver: what the timeline shows first, else what is known otherwise; the latest.
    const shown = new Map();
    for (const r of standing) {
        const seen = shown.get(lower(r.login));
        const better = !seen ||
            (seen.kind === "unknown" && r.kind !== "unknown") ||
            ((seen.kind === "unknown") === (r.kind === "unknown") && r.at.getTime() >= seen.at.getTime());
        if (better)
            shown.set(lower(r.login), r);
    }
    const rejectedBy = [...shown.values()].map((r) => r.login);
    const rejectionNotes = [...shown.values()].map((r) => `@${r.login}: ${r.how}`);
    const rejected = new Set(rejectedBy.map(lower));
    // A change request's life moves one way: implemented, failed, or closed after a deployment, it
    // authorises nothing more; closed and reopened, the approvals given before the close are spent.
    const spentBy = issue.labelEvents.find((e) => e.action === "labeled" &&
        (lower(e.label) === changeLabels.implemented || lower(e.label) === changeLabels.failed));
    const closes = (issue.stateEvents ?? []).filter((e) => e.action === "closed").map((e) => new Date(e.at));
    const lastClose = closes.at(-1) ?? null;
    const closedAfterDeployment = closes.find((c) => history.allowedAt.some((a) => a.getTime() < c.getTime()));
    const latest = new Map();
    for (const action of history.approvals)
        latest.set(lower(action.login), action);
    const approved = [];
    // Who may be added to the policy so that their approval counts (the group this change needs).
    const addTo = `add them to approvals.${emergency ? "emergency-approvers" : "approvers"} in .github/gatehouse.yml on the default branch, or ask ${emergency ? "an emergency approver" : "one who is"}`;
    for (const action of latest.values()) {
        const login = action.login;
        const discount = (why, fix) => discounted.push({ login, action: action.action, via: action.via, why, fix });
        const when = describeTime(action.at);
        if (!isAnyApprover(login)) {
            discount("they are not an approver", addTo);
            continue;
        }
        if (lower(login) === lower(issue.author)) {
            discount("they opened this change request", `ask another ${approverKind}`);
            continue;
        }
        const authored = context.rangeAuthors?.get(lower(login));
        if (authored) {
            discount(`they ${authored} in the deployed range`, `ask an ${approverKind} who did not shape the change`);
            continue;
        }
        if (rejected.has(lower(login))) {
            discount("they rejected it and have not withdrawn the rejection (a later `/approve` does not lift a rejection)", "if they now approve, ask them to write `/withdraw-rejection`");
            continue;
        }
        if (editedAt && action.at.getTime() <= editedAt.getTime()) {
            discount(`they approved at ${when}, before the change request was last edited (${describeTime(editedAt)})`, "ask them to approve again");
            continue;
        }
        if (!preApproved && lastClose && action.at.getTime() <= lastClose.getTime()) {
            discount(`they approved at ${when}, before the change request was closed (${describeTime(lastClose)}), and approvals given before a close are spent`, "ask them to approve again");
            continue;
        }
        if (!counting.has(login)) {
            discount(emergency
                ? "they are not an emergency approver (approvals.emergency-approvers)"
                : "they are an emergency approver only, and this is not an emergency change", addTo);
            continue;
        }
        approved.push(login);
    }
    approved.sort((a, b) => (latest.get(lower(a))?.at.getTime() ?? 0) - (latest.get(lower(b))?.at.getTime() ?? 0));
    for (const problem of history.problems)
        reasons.push(problem);
    if (rejectedBy.length > 0) {
        reasons.push(`it was rejected by ${rejectedBy.map((l) => `@${l}`).join(", ")} (${rejectionNotes.join("; ")}); a rejection stands until the approver who gave it writes \`/withdraw-rejection\` (or removes the \`${changeLabels.rejected}\` label they applied)`);
    }
    if (fields.type === "standard" && !preApproved && approved.length < requiredApprovals) {
        const listed = approvals.standardChanges.length
            ? `it lists ${approvals.standardChanges.map((s) => `"${s.name}"`).join(", ")}`
            : "it lists none";
        reasons.push(!template
            ? `its standard change template "${fields.standardChange}" is not one the policy pre-approves (approvals.standard-changes: ${listed}), so it needs approval like a normal change`
            : unscoped
                ? `the policy lists its standard change template "${template.name}" without \`paths\` or \`services\`, so the template pre-approves nothing and the change needs approval like a normal change: give the template the paths or services it covers in approvals.standard-changes`
                : `its standard change template "${template.name}" covers the services ${template.services.join(", ")}, not ${outsideServices.join(", ")}, so it needs approval like a normal change`);
    }
    if (!preApproved && approved.length < requiredApprovals) {
        if (emergency && emergencyApprovers.empty) {
            reasons.push("it is an emergency change and the policy names no emergency approvers (approvals.emergency-approvers)");
        }
        else if (!emergency && approvers.empty) {
            reasons.push("the policy names no approvers (approvals.approvers), so nobody can approve it");
        }
        else if (emergency) {
            reasons.push(`it is an emergency change and no emergency approver has approved it${uncounted(discounted, approved)}`);
        }
        else {
            const raised = effectiveRisk !== fields.risk ? ` (${fields.risk}, raised with the deployment's risk)` : "";
            const have = approved.length === 0 ? "none counts" : `it has ${approved.length}`;
            reasons.push(`it needs ${requiredApprovals} approval${requiredApprovals === 1 ? "" : "s"} at ${effectiveRisk} risk${raised}; ${have}${uncounted(discounted, approved)}`);
        }
    }
    if (fields.plannedStart && context.now.getTime() < fields.plannedStart.getTime()) {
        reasons.push(`its planned window starts at ${describeTime(fields.plannedStart)}, in ${describeWait(context.now, fields.plannedStart)}`);
    }
    if (fields.plannedEnd && context.now.getTime() > fields.plannedEnd.getTime()) {
        reasons.push(`its planned window ended at ${describeTime(fields.plannedEnd)}`);
    }
    if (!preApproved) {
        const spentLabel = [changeLabels.implemented, changeLabels.failed].find((l) => issue.labels.some((x) => lower(x) === l));
        if (spentLabel) {
            reasons.push(`it is already labelled \`${spentLabel}\` and cannot authorise a new deployment: open a new change request`);
        }
        else if (spentBy) {
            const removed = [...issue.labelEvents]
                .reverse()
                .find((e) => e.action === "unlabeled" && lower(e.label) === lower(spentBy.label));
            reasons.push(`it was labelled \`${spentBy.label}\` by ${spentBy.actor ? `@${spentBy.actor}` : "someone"} at ${describeTime(new Date(spentBy.at))}${removed ? ` (the label was removed by ${removed.actor ? `@${removed.actor}` : "someone"} at ${describeTime(new Date(removed.at))}, which does not revive it)` : ""}; its approvals are spent: open a new change request`);
        }
        else if (issue.state === "closed") {
            reasons.push("it is closed and cannot authorise a new deployment: open a new change request");
        }
        else if (closedAfterDeployment) {
            reasons.push(`it was closed at ${describeTime(closedAfterDeployment)} after Gatehouse let a deployment go with it; reopening does not revive its approvals: open a new change request`);
        }
    }
    return {
        ...base,
        authorised: reasons.length === 0,
        type: fields.type,
        risk: fields.risk,
        effectiveRisk,
        preApproved,
        requiredApprovals,
        approvers: approved,
        approvals: approved.map((login) => {
            const action = latest.get(lower(login));
            return { login, at: action.at.toISOString(), via: action.via };
        }),
        rejectedBy,
        rejections: standing.map((r) => ({ login: r.login, at: r.at.toISOString() })),
        discounted,
        reasons,
        fields,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/freeze/override.ts
/**
 * The emergency override: an approved emergency change request lets a deployment pass a freeze,
 * when the policy allows it (`freeze.allow-emergency`). Whether the change request is approved is
 * decided by change-gate's rules (`assessChangeRequest`), read with change-gate's fetch — one
 * GraphQL request for the issue, its comments and label timeline, and the approver teams.
 */

/** The change request named by the input: `#N`, `N`, `owner/repo#N` or an issue URL. */
function parseOverrideInput(input, repository) {
    const value = input.trim();
    const normalised = /^\d+$/.test(value) ? `#${value}` : value;
    const links = parseChangeRequestLinks(`Change-Request: ${normalised}`, repository);
    return links.length === 1 ? links[0] : null;
}
/**
 * Does the change request override the freeze? Reading errors (API, permissions) are thrown: the
 * caller fails closed.
 */
async function checkEmergencyOverride(check) {
    const { policy, repository } = check;
    const refused = (ref, reasons, extra = {}) => ({
        overridden: false,
        ref,
        url: null,
        title: null,
        approvers: [],
        discounted: [],
        reasons,
        ...extra,
    });
    const link = parseOverrideInput(check.input, repository);
    if (!link) {
        return refused(check.input.trim(), [
            `the \`change-request\` input "${check.input.trim()}" does not name one issue: write \`#N\`, \`owner/repo#N\` or the issue's URL`,
        ]);
    }
    const ref = formatChangeRequestRef(link, repository);
    if (!policy.freeze.allowEmergency) {
        return refused(ref, [
            "the policy does not allow emergency overrides of a freeze: set `freeze.allow-emergency: true` in .github/gatehouse.yml on the default branch",
        ]);
    }
    const fetched = await check.fetch([link], approverTeams(policy.approvals, repository));
    const issue = fetched.issues.get(changeRequestKey(link)) ?? null;
    if (!issue) {
        return refused(ref, [
            `${ref} is not an issue in ${link.repository} (it does not exist, or it is a pull request)`,
        ]);
    }
    const assessment = assessChangeRequest(issue, {
        now: check.now,
        approvals: policy.approvals,
        changeRequests: policy.changeRequests,
        repository,
        timezone: policy.changeRequests.timezone ?? policy.freeze.timezone,
        teams: fetched.teams,
    });
    const reasons = [];
    if (assessment.type !== undefined && assessment.type !== "emergency") {
        reasons.push(`${ref} is a ${assessment.type} change: only an emergency change can pass a freeze`);
    }
    if (!assessment.authorised)
        reasons.push(...assessment.reasons);
    else if (assessment.type === undefined)
        reasons.push(`the change type of ${ref} cannot be read`);
    return {
        overridden: reasons.length === 0,
        ref,
        url: assessment.url || issue.url,
        title: assessment.title || issue.title,
        approvers: assessment.approvers,
        discounted: discountedNotNamed(assessment.discounted, reasons).map(discountedLine),
        reasons,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/freeze/check.ts
/**
 * The freeze check: is a deployment to an environment inside a freeze window at `now`, and does an
 * approved emergency change request override it (when the policy allows)? Reads only the change
 * request named for the override; the policy is passed in, already read from the default branch.
 *
 * Reading errors are thrown: the caller fails closed (the deployment does not go).
 */




async function checkFreeze(request) {
    const { client, repository, environment, runwayMinutes, changeRequest, now } = request;
    const { policy, source, notes } = request.policy;
    const assessment = assessFreeze(policy.freeze, { environment, now, runwayMinutes });
    let override = null;
    if (assessment.frozen && changeRequest) {
        override = await checkEmergencyOverride({
            input: changeRequest,
            policy,
            repository,
            now,
            fetch: (links, teams) => fetchChangeRequests(client, links, teams),
        });
    }
    const overridden = override?.overridden === true;
    const policySource = `${source.path} ${source.defaultBranch ? "on the default branch" : `at \`${source.ref}\``}${source.found ? "" : " (not found: defaults)"}`;
    const summary = renderFreezeSummary({
        environment,
        runwayMinutes,
        now,
        assessment,
        override,
        overrideNotNeeded: !assessment.frozen && changeRequest ? changeRequest : null,
        calendar: freezeCalendar(policy.freeze, { from: now, days: CALENDAR_DAYS, environment }),
        zone: policy.freeze.timezone,
        policySource,
        notes,
        windowCount: policy.freeze.windows.length,
    });
    let refusal = null;
    if (assessment.frozen && !overridden) {
        const refused = override ? ` The emergency override was refused: ${override.reasons.join("; ")}.` : "";
        const hint = !override && policy.freeze.allowEmergency
            ? " For an emergency, pass an approved emergency change request as the `change-request` input."
            : "";
        refusal = `${assessment.reason}${refused}${hint}`;
    }
    return {
        frozen: assessment.frozen && !overridden,
        assessment,
        override,
        summary,
        refusal,
        overrideWarning: overridden
            ? `Freeze "${assessment.window}" overridden by emergency change ${override?.ref} (${override?.url}); it would otherwise have blocked: ${assessment.reason}`
            : null,
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * freeze-window: is the deployment inside a freeze window? Reads the inputs and the policy (from the
 * default branch), decides at one instant, lets an approved emergency change request override when
 * the policy allows it, sets the outputs, writes the summary, and fails the step when frozen.
 *
 * Fails closed: when the policy, an input or the change request cannot be read, the outputs say
 * `frozen=true` and the step fails with the reason.
 */



function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        (0,runner/* setOutput */.uH)(name, value);
}
/** `runway` input: whole minutes, 0 or more. */
function parseRunway(text) {
    const value = text.trim() || "0";
    if (!/^\d+$/.test(value)) {
        throw new Error(`The \`runway\` input must be a whole number of minutes (e.g. 30), not "${text}".`);
    }
    return Number(value);
}
/** `mode` input: `enforce` (frozen fails the step) or `report` (never fails). */
function parseMode(text) {
    const value = (text.trim() || "enforce").toLowerCase();
    if (value !== "enforce" && value !== "report") {
        throw new Error(`The \`mode\` input is "${text}": use \`enforce\` (frozen fails the step) or \`report\` (never fails).`);
    }
    return value;
}
async function run() {
    const environment = (0,runner/* getInput */.V4)("environment");
    let mode = "enforce";
    try {
        mode = parseMode((0,runner/* getInput */.V4)("mode"));
        // Checked like every action's; freeze-window writes nothing either way.
        (0,runner/* getBooleanInput */.Vt)("dry-run");
        await decide(environment, mode);
    }
    catch (e) {
        // Fail closed: whatever could not be read, the deployment does not go.
        setOutputs({
            frozen: "true",
            window: "",
            "ends-at": "",
            "next-window": "",
            "next-starts-at": "",
            "overridden-by": "",
        });
        runner/* summary */.z.append(renderFreezeFailureSummary(environment, (0,errors/* describeError */.Uc)(e)));
        if (mode === "report") {
            (0,runner/* warning */.$e)(`Deployment would be blocked: ${(0,errors/* describeError */.Uc)(e)}`);
            return;
        }
        throw e;
    }
}
async function decide(environment, mode) {
    const runwayMinutes = parseRunway((0,runner/* getInput */.V4)("runway"));
    const changeRequest = (0,runner/* getInput */.V4)("change-request");
    const setup = (0,src_setup.setupAction)();
    const { ctx, client } = setup;
    // Read together: the policy, and (when named) the environment, which must exist — a typo must
    // not escape a freeze scoped to the real name.
    const [loaded] = await Promise.all([
        loadActionPolicy(setup),
        environment.trim() ? requireEnvironment(client, ctx.repository, environment) : undefined,
    ]);
    for (const note of loaded.notes)
        (0,runner/* info */.pq)(note);
    const check = await checkFreeze({
        client,
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        policy: loaded,
        environment,
        runwayMinutes,
        changeRequest,
        // GitHub's time (the policy's answer gave it), never the runner's clock.
        now: client.now(),
    });
    const { assessment, override } = check;
    setOutputs({
        frozen: check.frozen ? "true" : "false",
        window: assessment.window ?? "",
        "ends-at": assessment.endsAt ?? "",
        "next-window": assessment.nextWindow ?? "",
        "next-starts-at": assessment.nextStartsAt ?? "",
        "overridden-by": check.overrideWarning ? (override?.url ?? "") : "",
    });
    runner/* summary */.z.append(check.summary);
    if (mode === "report" && check.refusal) {
        runner/* summary */.z.append("\n_Report mode: this step does not fail, whatever the freeze._\n");
    }
    if (check.overrideWarning) {
        // A warning annotation: the override shows on the run's page, not only in the log.
        (0,runner/* warning */.$e)(check.overrideWarning);
        return;
    }
    if (check.refusal) {
        if (mode === "report")
            (0,runner/* warning */.$e)(`Deployment would be blocked: ${check.refusal}`);
        else
            (0,runner/* setFailed */.C1)(check.refusal);
        return;
    }
    (0,runner/* info */.pq)(assessment.reason);
}


/***/ })

};
