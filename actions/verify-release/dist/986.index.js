export const id = 986;
export const ids = [986];
export const modules = {

/***/ 3986:
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../packages/github/src/runner.ts + 2 modules
var runner = __webpack_require__(4328);
// EXTERNAL MODULE: ../../packages/github/src/setup.ts + 4 modules
var setup = __webpack_require__(5171);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../node_modules/.pnpm/luxon@3.7.2/node_modules/luxon/build/es6/luxon.mjs
var luxon = __webpack_require__(8343);
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

// EXTERNAL MODULE: ../../node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
    const match = picomatch_default()(globs, { dot: true });
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

;// CONCATENATED MODULE: ../../packages/core/src/change/deploymentRange.ts

/**
 * Who may create the deployments (and set the success statuses) that say what an environment
 * runs, when the policy names nobody: the workflow token's identity, as which GitHub itself records
 * the deployment of a job that uses an environment. Anyone with Write can create a deployment and
 * its statuses through the API; only these identities' records are believed.
 */
const DEFAULT_TRUSTED_DEPLOYERS = ["github-actions[bot]"];
/** The identities whose deployment records are believed: the policy's list, else the default. */
function deploymentRange_trustedDeployers(policy) {
    return policy.trustedCreators ?? DEFAULT_TRUSTED_DEPLOYERS;
}
/** How many passed-over deployments are named one by one. */
const PASSED_OVER_SHOWN = 5;
/**
 * Where the range starts: the commit of the last successful deployment to the environment that a
 * trusted identity created and marked successful, else the latest release tag, else the `base`
 * input. `base` is null when none is known (the gate then blocks and says to set `base`).
 * `trustedCreators` (case-insensitive logins, REST form) defaults to `DEFAULT_TRUSTED_DEPLOYERS`.
 */
function deploymentRange_chooseRangeBase(opts) {
    const trusted = new Set((opts.trustedCreators ?? DEFAULT_TRUSTED_DEPLOYERS).map((l) => l.toLowerCase()));
    const isTrusted = (login) => login !== null && trusted.has(login.toLowerCase());
    const successful = opts.deployments
        .filter((d) => d.latestStatus?.toLowerCase() === "success")
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const passed = [];
    let chosen;
    for (const d of successful) {
        if (isTrusted(d.creator) && isTrusted(d.latestStatusCreator)) {
            chosen = d;
            break;
        }
        passed.push(d);
    }
    const who = [...trusted].map((l) => `@${l}`).join(", ");
    const passedOver = passed.slice(0, PASSED_OVER_SHOWN).map((d) => {
        const why = !isTrusted(d.creator)
            ? `${d.creator ? `@${d.creator}` : "an unknown account"} created it`
            : `${d.latestStatusCreator ? `@${d.latestStatusCreator}` : "an unknown account"} marked it successful`;
        return `The successful deployment of ${d.sha.slice(0, 7)} to ${opts.environment} on ${d.createdAt.slice(0, 10)} does not count as what ${opts.environment} runs: ${why}, and the policy trusts only ${who} (\`deployments.trusted-creators\`).`;
    });
    if (passed.length > PASSED_OVER_SHOWN) {
        passedOver.push(`${passed.length - PASSED_OVER_SHOWN} more successful deployments by accounts the policy does not trust do not count either.`);
    }
    if (chosen) {
        return {
            base: {
                sha: chosen.sha,
                source: "deployment",
                description: `the last successful deployment to ${opts.environment} (${chosen.createdAt.slice(0, 10)})`,
            },
            passedOver,
        };
    }
    if (opts.latestRelease) {
        return {
            base: {
                sha: opts.latestRelease.sha,
                source: "release",
                description: `the latest release, ${opts.latestRelease.tag}`,
            },
            passedOver,
        };
    }
    const base = opts.baseInput?.trim();
    return { base: base ? { sha: base, source: "input", description: "the `base` input" } : null, passedOver };
}
/**
 * The base must be an ancestor of the head: GitHub compares them as "ahead" (or "identical").
 * "behind" or "diverged" means deploying the head takes commits off the environment, which only a
 * declared rollback may do; anything else GitHub says is unknown and blocks too.
 */
function deploymentRange_checkRangeDirection(opts) {
    const { environment, base, status } = opts;
    if (status === "ahead" || status === "identical")
        return {};
    const baseShort = opts.baseSha.slice(0, 7);
    const headShort = opts.headSha.slice(0, 7);
    if ((status === "behind" || status === "diverged") && opts.rollback) {
        return {
            note: `Rollback: ${environment} goes from ${baseShort} (${base.description}) back to ${headShort}, which does not contain it (GitHub: ${status}); ${status === "diverged" ? "the commits the head has since their common ancestor are checked as usual" : "no new commit is deployed"}.`,
        };
    }
    if (status === "behind" || status === "diverged") {
        return {
            block: `${base.description[0].toUpperCase()}${base.description.slice(1)} is commit ${baseShort}, which ${headShort} does not contain (GitHub compares them as "${status}"): deploying it would take changes off ${environment} without a change request saying so. If this is a rollback, set the \`rollback\` input to \`true\`; otherwise deploy a commit that contains ${baseShort}.`,
        };
    }
    return {
        block: `GitHub compares ${baseShort}...${headShort} as "${status}", which does not say that ${headShort} contains ${baseShort}; re-run the workflow.`,
    };
}
/** Was the pull request's description edited after its merge? */
const editedAfterMerge = (pr) => !!pr.mergedAt && !!pr.bodyEditedAt && Date.parse(pr.bodyEditedAt) > Date.parse(pr.mergedAt);
/**
 * A link added after the fact does not count: the description is read as it was when the pull
 * request was merged, from its edit history (oldest first, each revision's whole text). When that
 * text cannot be read (a revision deleted, a history longer than was read), the description is
 * refused as evidence: its links count for nothing.
 */
function descriptionAtMerge(pr, revisions, 
/** Why the history read stops short of the merge (a limit), for the message. */
cutShort) {
    if (!editedAfterMerge(pr))
        return pr;
    const merged = Date.parse(pr.mergedAt);
    const late = revisions.filter((r) => Date.parse(r.editedAt) > merged);
    const editors = [...new Set(late.map((r) => (r.editor ? `@${r.editor}` : "someone")))];
    const who = `${editors.join(", ") || "someone"} edited its description after the merge (${pr.bodyEditedAt.replace("T", " ")})`;
    const atMerge = revisions.filter((r) => Date.parse(r.editedAt) <= merged).at(-1);
    // Revisions are read newest first, so those read are the latest ones: the one at the merge is
    // among them unless none read is that old (then it cannot be read).
    if (!atMerge || atMerge.body === null) {
        return {
            ...pr,
            body: "",
            lateEdit: `${who}, and its text at the merge cannot be read${cutShort ? ` (${cutShort})` : ""}, so its description is not taken as evidence`,
        };
    }
    return { ...pr, body: atMerge.body, lateEdit: `${who}; it is read as it was when merged` };
}
/**
 * Groups the range into units: each merged pull request once (with its commits in the range), and
 * each commit that no merged pull request contains. Links come from pull request bodies and
 * commit messages; a pull request's own commits' trailers count for it too.
 */
function changeUnits(commits, pullRequests, repository) {
    const byNumber = new Map(pullRequests.map((pr) => [pr.number, pr]));
    const prCommits = new Map();
    const units = [];
    for (const commit of commits) {
        const prs = commit.pullRequests.filter((n) => byNumber.has(n));
        if (prs.length === 0) {
            const scan = scanChangeRequestLinks(commit.message, repository);
            units.push({ kind: "commit", commit, links: scan.links, unrecognised: scan.unrecognised });
            continue;
        }
        for (const n of prs) {
            const list = prCommits.get(n) ?? [];
            list.push(commit);
            prCommits.set(n, list);
        }
    }
    const prUnits = [];
    for (const pr of [...pullRequests].sort((a, b) => a.number - b.number)) {
        const own = prCommits.get(pr.number);
        if (!own)
            continue;
        const text = [pr.body, ...own.map((c) => c.message)].join("\n\n");
        const scan = scanChangeRequestLinks(text, repository);
        prUnits.push({
            kind: "pull-request",
            pullRequest: pr,
            commits: own,
            links: scan.links,
            unrecognised: scan.unrecognised,
        });
    }
    return [...prUnits, ...units];
}
/**
 * Everyone who shaped a change in the range — the authors, co-authors and committers of its
 * commits and of every commit of its pull requests (a squash merge does not hide them), the
 * pull requests' authors and mergers: lower-case login → what they did, e.g. "authored commit
 * 1a2b3c4" or "merged pull request #7", for the reason shown to them.
 */
function rangeAuthors(commits, pullRequests) {
    const out = new Map();
    const add = (login, what) => {
        const key = login?.toLowerCase();
        if (key && !out.has(key))
            out.set(key, what);
    };
    const shaped = (commit, of) => {
        const short = commit.sha.slice(0, 7);
        commit.authors.forEach((login, i) => {
            add(login, `${i === 0 ? "authored" : "co-authored"} commit ${short}${of}`);
        });
        add(commit.committer, `committed commit ${short}${of}`);
    };
    for (const commit of commits)
        shaped(commit, "");
    for (const pr of pullRequests) {
        add(pr.author, `opened pull request #${pr.number}`);
        add(pr.mergedBy, `merged pull request #${pr.number}`);
        for (const commit of pr.commits ?? [])
            shaped(commit, ` of pull request #${pr.number}`);
    }
    return out;
}
/** Commits of the range and of its pull requests whose authors GitHub ties to no account, once each. */
function unidentifiedAuthors(commits, pullRequests) {
    const out = new Map();
    const add = (c, of) => {
        if (!c.unidentified?.length || out.has(c.sha))
            return;
        out.set(c.sha, { commit: `commit ${c.sha.slice(0, 7)}${of}`, who: c.unidentified });
    };
    for (const c of commits)
        add(c, "");
    for (const pr of pullRequests) {
        for (const c of pr.commits ?? [])
            add(c, ` (pull request #${pr.number})`);
        if (pr.unreadCommits) {
            out.set(`#${pr.number}`, {
                commit: `pull request #${pr.number}`,
                who: [
                    pr.unreadCommits < 0
                        ? "the authors of its commits, which GitHub did not list"
                        : `the authors of ${pr.unreadCommits} of its commits, which GitHub does not list (it lists at most 250 of a pull request's commits)`,
                ],
            });
        }
    }
    return [...out.values()];
}
/**
 * Logins of co-authors named by `Co-authored-by:` trailers with a GitHub noreply address
 * (`123+login@users.noreply.github.com`): the only ones whose login the message itself proves.
 */
function coAuthorLogins(message) {
    const out = [];
    for (const m of message.matchAll(/^co-authored-by:.*<(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com>/gim)) {
        if (!out.includes(m[1]))
            out.push(m[1]);
    }
    return out;
}
/** The first line of a commit message. */
function commitSubject(message) {
    return message.split(/\r?\n/, 1)[0].trim();
}

;// CONCATENATED MODULE: ../../packages/core/src/release/manifestValidator.generated.ts
// Generated by scripts/policy-schema.ts from schema/release-manifest.schema.json: do not edit.
// biome-ignore-all format: generated code
// biome-ignore-all lint: generated code
// @ts-nocheck
const schemaText = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"$id\":\"https://gatehouse.dev/schema/release-manifest.schema.json\",\"title\":\"Gatehouse release manifest\",\"description\":\"release-manifest.json, attached to every release made by Gatehouse's release-bundle: what was released, by which workflow run, under which change requests and approvals, with every artefact's size and SHA-256 — and what `gatehouse verify` needs to re-check it from GitHub alone (the deployed range, the policy's blob, the environment's protection). Version 1 manifests lack the last three.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"$schema\",\"manifestVersion\",\"repository\",\"version\",\"tag\",\"prerelease\",\"previousTag\",\"commit\",\"environment\",\"workflowRun\",\"changeRequests\",\"environmentApprovals\",\"freeze\",\"artefacts\",\"notes\"],\"properties\":{\"$schema\":{\"type\":\"string\",\"description\":\"The URI of this schema.\"},\"manifestVersion\":{\"enum\":[1,2],\"description\":\"Version of the manifest format: 2 adds range, policy and environmentProtection.\"},\"repository\":{\"type\":\"string\",\"pattern\":\"^[\\\\w.-]+/[\\\\w.-]+$\",\"description\":\"The released repository, owner/name.\"},\"version\":{\"type\":\"string\",\"pattern\":\"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(-[0-9A-Za-z-]+(\\\\.[0-9A-Za-z-]+)*)?$\",\"description\":\"The semantic version released, without the tag prefix.\"},\"tag\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The git tag of the release.\"},\"prerelease\":{\"type\":\"boolean\",\"description\":\"True for a prerelease (e.g. 1.4.0-rc.1).\"},\"previousTag\":{\"type\":[\"string\",\"null\"],\"description\":\"The release tag the notes start from; null for the first release.\"},\"commit\":{\"type\":\"string\",\"pattern\":\"^[0-9a-f]{40}$\",\"description\":\"The released commit.\"},\"range\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"base\",\"head\",\"from\"],\"description\":\"The deployed range the change requests were assessed against: its commits' authors may not approve them.\",\"properties\":{\"base\":{\"type\":[\"string\",\"null\"],\"pattern\":\"^[0-9a-f]{40}$\",\"description\":\"The commit the range starts after; null for a first release without one.\"},\"head\":{\"type\":\"string\",\"pattern\":\"^[0-9a-f]{40}$\",\"description\":\"The last commit of the range.\"},\"from\":{\"enum\":[\"change-gate\",\"previous-release\"],\"description\":\"change-gate: the range change-gate assessed (release-bundle's range input); previous-release: from the previous release's commit.\"}}},\"policy\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"path\",\"ref\",\"blobSha\"],\"description\":\"The policy file the release was made under.\",\"properties\":{\"path\":{\"type\":\"string\"},\"ref\":{\"type\":\"string\",\"description\":\"default branch, or the policy-ref given.\"},\"blobSha\":{\"type\":[\"string\",\"null\"],\"pattern\":\"^[0-9a-f]{40}$\",\"description\":\"The file's git blob sha; null when there was none and the defaults applied.\"}}},\"environment\":{\"type\":[\"string\",\"null\"],\"description\":\"The deployment environment this release went to, if any.\"},\"environmentProtection\":{\"description\":\"The environment's protection rules when the release was made; null without an environment, or when they could not be read.\",\"oneOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"requiredReviewers\",\"preventSelfReview\",\"waitTimerMinutes\",\"branchPolicy\"],\"properties\":{\"requiredReviewers\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"type\",\"login\"],\"properties\":{\"type\":{\"enum\":[\"User\",\"Team\"]},\"login\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A user's login, or a team as org/slug.\"}}}},\"preventSelfReview\":{\"type\":\"boolean\"},\"waitTimerMinutes\":{\"type\":\"integer\",\"minimum\":0},\"branchPolicy\":{\"oneOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"protectedBranches\",\"customBranchPolicies\",\"patterns\"],\"properties\":{\"protectedBranches\":{\"type\":\"boolean\"},\"customBranchPolicies\":{\"type\":\"boolean\"},\"patterns\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}]}}}]},\"workflowRun\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"id\",\"attempt\",\"url\"],\"description\":\"The workflow run that made the release.\",\"properties\":{\"id\":{\"type\":\"integer\",\"minimum\":0},\"attempt\":{\"type\":\"integer\",\"minimum\":1},\"url\":{\"type\":\"string\"},\"workflow\":{\"type\":\"string\"},\"actor\":{\"type\":\"string\"}}},\"changeRequests\":{\"type\":\"array\",\"description\":\"The change requests that authorised this release, as change-gate reported them.\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"repository\",\"number\",\"title\",\"type\",\"risk\",\"url\",\"approvals\"],\"properties\":{\"repository\":{\"type\":\"string\"},\"number\":{\"type\":\"integer\",\"minimum\":1},\"title\":{\"type\":[\"string\",\"null\"]},\"type\":{\"type\":[\"string\",\"null\"],\"description\":\"standard, normal or emergency.\"},\"risk\":{\"type\":[\"string\",\"null\"],\"description\":\"low, medium or high.\"},\"url\":{\"type\":[\"string\",\"null\"]},\"approvals\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"login\",\"at\"],\"properties\":{\"login\":{\"type\":\"string\"},\"at\":{\"type\":[\"string\",\"null\"],\"description\":\"When the approval was given (ISO 8601), if known.\"}}}}}}},\"environmentApprovals\":{\"type\":\"array\",\"description\":\"The environment protection reviews of this workflow run (who, decision, comment).\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"user\",\"state\",\"environments\",\"comment\",\"at\"],\"properties\":{\"user\":{\"type\":\"string\"},\"state\":{\"type\":\"string\",\"enum\":[\"approved\",\"rejected\",\"pending\"]},\"environments\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"comment\":{\"type\":[\"string\",\"null\"]},\"at\":{\"type\":[\"string\",\"null\"]}}}},\"freeze\":{\"description\":\"The freeze-window decision for this deployment, when it was given.\",\"oneOf\":[{\"type\":\"null\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"frozen\",\"window\",\"endsAt\",\"overriddenBy\"],\"properties\":{\"frozen\":{\"type\":\"boolean\"},\"window\":{\"type\":[\"string\",\"null\"]},\"endsAt\":{\"type\":[\"string\",\"null\"]},\"overriddenBy\":{\"type\":[\"string\",\"null\"]}}}]},\"artefacts\":{\"type\":\"array\",\"description\":\"Every file released, by name, with its size in bytes and SHA-256.\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\",\"size\",\"sha256\"],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"size\":{\"type\":\"integer\",\"minimum\":0},\"sha256\":{\"type\":\"string\",\"pattern\":\"^[0-9a-f]{64}$\"}}}},\"notes\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"entries\",\"commits\",\"asset\"],\"description\":\"The release notes: entries rendered, commits read, and the asset holding them when they exceed the release body limit.\",\"properties\":{\"entries\":{\"type\":\"integer\",\"minimum\":0},\"commits\":{\"type\":\"integer\",\"minimum\":0},\"asset\":{\"type\":[\"string\",\"null\"]}}}},\"if\":{\"properties\":{\"manifestVersion\":{\"const\":2}}},\"then\":{\"required\":[\"range\",\"policy\",\"environmentProtection\"],\"properties\":{\"range\":true,\"policy\":true,\"environmentProtection\":true}}}";
"use strict";
const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const manifestValidator_generated = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://gatehouse.dev/schema/release-manifest.schema.json", "title": "Gatehouse release manifest", "description": "release-manifest.json, attached to every release made by Gatehouse's release-bundle: what was released, by which workflow run, under which change requests and approvals, with every artefact's size and SHA-256 — and what `gatehouse verify` needs to re-check it from GitHub alone (the deployed range, the policy's blob, the environment's protection). Version 1 manifests lack the last three.", "type": "object", "additionalProperties": false, "required": ["$schema", "manifestVersion", "repository", "version", "tag", "prerelease", "previousTag", "commit", "environment", "workflowRun", "changeRequests", "environmentApprovals", "freeze", "artefacts", "notes"], "properties": { "$schema": { "type": "string", "description": "The URI of this schema." }, "manifestVersion": { "enum": [1, 2], "description": "Version of the manifest format: 2 adds range, policy and environmentProtection." }, "repository": { "type": "string", "pattern": "^[\\w.-]+/[\\w.-]+$", "description": "The released repository, owner/name." }, "version": { "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", "description": "The semantic version released, without the tag prefix." }, "tag": { "type": "string", "minLength": 1, "description": "The git tag of the release." }, "prerelease": { "type": "boolean", "description": "True for a prerelease (e.g. 1.4.0-rc.1)." }, "previousTag": { "type": ["string", "null"], "description": "The release tag the notes start from; null for the first release." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$", "description": "The released commit." }, "range": { "type": "object", "additionalProperties": false, "required": ["base", "head", "from"], "description": "The deployed range the change requests were assessed against: its commits' authors may not approve them.", "properties": { "base": { "type": ["string", "null"], "pattern": "^[0-9a-f]{40}$", "description": "The commit the range starts after; null for a first release without one." }, "head": { "type": "string", "pattern": "^[0-9a-f]{40}$", "description": "The last commit of the range." }, "from": { "enum": ["change-gate", "previous-release"], "description": "change-gate: the range change-gate assessed (release-bundle's range input); previous-release: from the previous release's commit." } } }, "policy": { "type": "object", "additionalProperties": false, "required": ["path", "ref", "blobSha"], "description": "The policy file the release was made under.", "properties": { "path": { "type": "string" }, "ref": { "type": "string", "description": "default branch, or the policy-ref given." }, "blobSha": { "type": ["string", "null"], "pattern": "^[0-9a-f]{40}$", "description": "The file's git blob sha; null when there was none and the defaults applied." } } }, "environment": { "type": ["string", "null"], "description": "The deployment environment this release went to, if any." }, "environmentProtection": { "description": "The environment's protection rules when the release was made; null without an environment, or when they could not be read.", "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["requiredReviewers", "preventSelfReview", "waitTimerMinutes", "branchPolicy"], "properties": { "requiredReviewers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["type", "login"], "properties": { "type": { "enum": ["User", "Team"] }, "login": { "type": "string", "minLength": 1, "description": "A user's login, or a team as org/slug." } } } }, "preventSelfReview": { "type": "boolean" }, "waitTimerMinutes": { "type": "integer", "minimum": 0 }, "branchPolicy": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["protectedBranches", "customBranchPolicies", "patterns"], "properties": { "protectedBranches": { "type": "boolean" }, "customBranchPolicies": { "type": "boolean" }, "patterns": { "type": "array", "items": { "type": "string" } } } }] } } }] }, "workflowRun": { "type": "object", "additionalProperties": false, "required": ["id", "attempt", "url"], "description": "The workflow run that made the release.", "properties": { "id": { "type": "integer", "minimum": 0 }, "attempt": { "type": "integer", "minimum": 1 }, "url": { "type": "string" }, "workflow": { "type": "string" }, "actor": { "type": "string" } } }, "changeRequests": { "type": "array", "description": "The change requests that authorised this release, as change-gate reported them.", "items": { "type": "object", "additionalProperties": false, "required": ["repository", "number", "title", "type", "risk", "url", "approvals"], "properties": { "repository": { "type": "string" }, "number": { "type": "integer", "minimum": 1 }, "title": { "type": ["string", "null"] }, "type": { "type": ["string", "null"], "description": "standard, normal or emergency." }, "risk": { "type": ["string", "null"], "description": "low, medium or high." }, "url": { "type": ["string", "null"] }, "approvals": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["login", "at"], "properties": { "login": { "type": "string" }, "at": { "type": ["string", "null"], "description": "When the approval was given (ISO 8601), if known." } } } } } } }, "environmentApprovals": { "type": "array", "description": "The environment protection reviews of this workflow run (who, decision, comment).", "items": { "type": "object", "additionalProperties": false, "required": ["user", "state", "environments", "comment", "at"], "properties": { "user": { "type": "string" }, "state": { "type": "string", "enum": ["approved", "rejected", "pending"] }, "environments": { "type": "array", "items": { "type": "string" } }, "comment": { "type": ["string", "null"] }, "at": { "type": ["string", "null"] } } } }, "freeze": { "description": "The freeze-window decision for this deployment, when it was given.", "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["frozen", "window", "endsAt", "overriddenBy"], "properties": { "frozen": { "type": "boolean" }, "window": { "type": ["string", "null"] }, "endsAt": { "type": ["string", "null"] }, "overriddenBy": { "type": ["string", "null"] } } }] }, "artefacts": { "type": "array", "description": "Every file released, by name, with its size in bytes and SHA-256.", "items": { "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "size": { "type": "integer", "minimum": 0 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "notes": { "type": "object", "additionalProperties": false, "required": ["entries", "commits", "asset"], "description": "The release notes: entries rendered, commits read, and the asset holding them when they exceed the release body limit.", "properties": { "entries": { "type": "integer", "minimum": 0 }, "commits": { "type": "integer", "minimum": 0 }, "asset": { "type": ["string", "null"] } } } }, "if": { "properties": { "manifestVersion": { "const": 2 } } }, "then": { "required": ["range", "policy", "environmentProtection"], "properties": { "range": true, "policy": true, "environmentProtection": true } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = ((value) => [...value].length);
const pattern0 = new RegExp("^[\\w.-]+/[\\w.-]+$", "u");
const pattern1 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", "u");
const pattern2 = new RegExp("^[0-9a-f]{40}$", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://gatehouse.dev/schema/release-manifest.schema.json" */ ; let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.manifestVersion !== undefined) {
        if (2 !== data.manifestVersion) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.range === undefined) {
            const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property '" + "range" + "'", schema: schema11.then.required, parentSchema: schema11.then, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.policy === undefined) {
            const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property '" + "policy" + "'", schema: schema11.then.required, parentSchema: schema11.then, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.environmentProtection === undefined) {
            const err3 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "environmentProtection" }, message: "must have required property '" + "environmentProtection" + "'", schema: schema11.then.required, parentSchema: schema11.then, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
} if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema11.if, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$schema === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "$schema" }, message: "must have required property '" + "$schema" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.manifestVersion === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifestVersion" }, message: "must have required property '" + "manifestVersion" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.repository === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    if (data.tag === undefined) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    if (data.prerelease === undefined) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    if (data.previousTag === undefined) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "previousTag" }, message: "must have required property '" + "previousTag" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    if (data.commit === undefined) {
        const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property '" + "commit" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err12];
        }
        else {
            vErrors.push(err12);
        }
        errors++;
    }
    if (data.environment === undefined) {
        const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property '" + "environment" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    if (data.workflowRun === undefined) {
        const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflowRun" }, message: "must have required property '" + "workflowRun" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
    if (data.changeRequests === undefined) {
        const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changeRequests" }, message: "must have required property '" + "changeRequests" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    if (data.environmentApprovals === undefined) {
        const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environmentApprovals" }, message: "must have required property '" + "environmentApprovals" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err16];
        }
        else {
            vErrors.push(err16);
        }
        errors++;
    }
    if (data.freeze === undefined) {
        const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "freeze" }, message: "must have required property '" + "freeze" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    if (data.artefacts === undefined) {
        const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artefacts" }, message: "must have required property '" + "artefacts" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    if (data.notes === undefined) {
        const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property '" + "notes" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err20 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data1 = data.$schema;
        if (typeof data1 !== "string") {
            const err21 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data1 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.manifestVersion !== undefined) {
        let data2 = data.manifestVersion;
        if (!((data2 === 1) || (data2 === 2))) {
            const err22 = { instancePath: instancePath + "/manifestVersion", schemaPath: "#/properties/manifestVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.manifestVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.manifestVersion.enum, parentSchema: schema11.properties.manifestVersion, data: data2 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data3 = data.repository;
        if (typeof data3 === "string") {
            if (!pattern0.test(data3)) {
                const err23 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[\\w.-]+/[\\w.-]+$" }, message: "must match pattern \"" + "^[\\w.-]+/[\\w.-]+$" + "\"", schema: "^[\\w.-]+/[\\w.-]+$", parentSchema: schema11.properties.repository, data: data3 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.type, parentSchema: schema11.properties.repository, data: data3 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data4 = data.version;
        if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
                const err25 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$" }, message: "must match pattern \"" + "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$" + "\"", schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", parentSchema: schema11.properties.version, data: data4 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data4 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.tag !== undefined) {
        let data5 = data.tag;
        if (typeof data5 === "string") {
            if (func3(data5) < 1) {
                const err27 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.tag, data: data5 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        else {
            const err28 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tag.type, parentSchema: schema11.properties.tag, data: data5 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.prerelease !== undefined) {
        let data6 = data.prerelease;
        if (typeof data6 !== "boolean") {
            const err29 = { instancePath: instancePath + "/prerelease", schemaPath: "#/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.prerelease.type, parentSchema: schema11.properties.prerelease, data: data6 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.previousTag !== undefined) {
        let data7 = data.previousTag;
        if ((typeof data7 !== "string") && (data7 !== null)) {
            const err30 = { instancePath: instancePath + "/previousTag", schemaPath: "#/properties/previousTag/type", keyword: "type", params: { type: schema11.properties.previousTag.type }, message: "must be string,null", schema: schema11.properties.previousTag.type, parentSchema: schema11.properties.previousTag, data: data7 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.commit !== undefined) {
        let data8 = data.commit;
        if (typeof data8 === "string") {
            if (!pattern2.test(data8)) {
                const err31 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", schema: "^[0-9a-f]{40}$", parentSchema: schema11.properties.commit, data: data8 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.commit.type, parentSchema: schema11.properties.commit, data: data8 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.range !== undefined) {
        let data9 = data.range;
        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.base === undefined) {
                const err33 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property '" + "base" + "'", schema: schema11.properties.range.required, parentSchema: schema11.properties.range, data: data9 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            if (data9.head === undefined) {
                const err34 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property '" + "head" + "'", schema: schema11.properties.range.required, parentSchema: schema11.properties.range, data: data9 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
            if (data9.from === undefined) {
                const err35 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property '" + "from" + "'", schema: schema11.properties.range.required, parentSchema: schema11.properties.range, data: data9 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            for (const key1 in data9) {
                if (!(((key1 === "base") || (key1 === "head")) || (key1 === "from"))) {
                    const err36 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.range, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data9.base !== undefined) {
                let data10 = data9.base;
                if ((typeof data10 !== "string") && (data10 !== null)) {
                    const err37 = { instancePath: instancePath + "/range/base", schemaPath: "#/properties/range/properties/base/type", keyword: "type", params: { type: schema11.properties.range.properties.base.type }, message: "must be string,null", schema: schema11.properties.range.properties.base.type, parentSchema: schema11.properties.range.properties.base, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (typeof data10 === "string") {
                    if (!pattern2.test(data10)) {
                        const err38 = { instancePath: instancePath + "/range/base", schemaPath: "#/properties/range/properties/base/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", schema: "^[0-9a-f]{40}$", parentSchema: schema11.properties.range.properties.base, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
            }
            if (data9.head !== undefined) {
                let data11 = data9.head;
                if (typeof data11 === "string") {
                    if (!pattern2.test(data11)) {
                        const err39 = { instancePath: instancePath + "/range/head", schemaPath: "#/properties/range/properties/head/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", schema: "^[0-9a-f]{40}$", parentSchema: schema11.properties.range.properties.head, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                else {
                    const err40 = { instancePath: instancePath + "/range/head", schemaPath: "#/properties/range/properties/head/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.range.properties.head.type, parentSchema: schema11.properties.range.properties.head, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data9.from !== undefined) {
                let data12 = data9.from;
                if (!((data12 === "change-gate") || (data12 === "previous-release"))) {
                    const err41 = { instancePath: instancePath + "/range/from", schemaPath: "#/properties/range/properties/from/enum", keyword: "enum", params: { allowedValues: schema11.properties.range.properties.from.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.range.properties.from.enum, parentSchema: schema11.properties.range.properties.from, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.range.type, parentSchema: schema11.properties.range, data: data9 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.policy !== undefined) {
        let data13 = data.policy;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.path === undefined) {
                const err43 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema11.properties.policy.required, parentSchema: schema11.properties.policy, data: data13 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if (data13.ref === undefined) {
                const err44 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'", schema: schema11.properties.policy.required, parentSchema: schema11.properties.policy, data: data13 };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            if (data13.blobSha === undefined) {
                const err45 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/required", keyword: "required", params: { missingProperty: "blobSha" }, message: "must have required property '" + "blobSha" + "'", schema: schema11.properties.policy.required, parentSchema: schema11.properties.policy, data: data13 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            for (const key2 in data13) {
                if (!(((key2 === "path") || (key2 === "ref")) || (key2 === "blobSha"))) {
                    const err46 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.policy, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            if (data13.path !== undefined) {
                let data14 = data13.path;
                if (typeof data14 !== "string") {
                    const err47 = { instancePath: instancePath + "/policy/path", schemaPath: "#/properties/policy/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policy.properties.path.type, parentSchema: schema11.properties.policy.properties.path, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data13.ref !== undefined) {
                let data15 = data13.ref;
                if (typeof data15 !== "string") {
                    const err48 = { instancePath: instancePath + "/policy/ref", schemaPath: "#/properties/policy/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policy.properties.ref.type, parentSchema: schema11.properties.policy.properties.ref, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
            if (data13.blobSha !== undefined) {
                let data16 = data13.blobSha;
                if ((typeof data16 !== "string") && (data16 !== null)) {
                    const err49 = { instancePath: instancePath + "/policy/blobSha", schemaPath: "#/properties/policy/properties/blobSha/type", keyword: "type", params: { type: schema11.properties.policy.properties.blobSha.type }, message: "must be string,null", schema: schema11.properties.policy.properties.blobSha.type, parentSchema: schema11.properties.policy.properties.blobSha, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (typeof data16 === "string") {
                    if (!pattern2.test(data16)) {
                        const err50 = { instancePath: instancePath + "/policy/blobSha", schemaPath: "#/properties/policy/properties/blobSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", schema: "^[0-9a-f]{40}$", parentSchema: schema11.properties.policy.properties.blobSha, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err51 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.policy.type, parentSchema: schema11.properties.policy, data: data13 };
            if (vErrors === null) {
                vErrors = [err51];
            }
            else {
                vErrors.push(err51);
            }
            errors++;
        }
    }
    if (data.environment !== undefined) {
        let data17 = data.environment;
        if ((typeof data17 !== "string") && (data17 !== null)) {
            const err52 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: schema11.properties.environment.type }, message: "must be string,null", schema: schema11.properties.environment.type, parentSchema: schema11.properties.environment, data: data17 };
            if (vErrors === null) {
                vErrors = [err52];
            }
            else {
                vErrors.push(err52);
            }
            errors++;
        }
    }
    if (data.environmentProtection !== undefined) {
        let data18 = data.environmentProtection;
        const _errs41 = errors;
        let valid5 = false;
        let passing0 = null;
        const _errs42 = errors;
        if (data18 !== null) {
            const err53 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.environmentProtection.oneOf[0].type, parentSchema: schema11.properties.environmentProtection.oneOf[0], data: data18 };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
        var _valid1 = _errs42 === errors;
        if (_valid1) {
            valid5 = true;
            passing0 = 0;
        }
        const _errs44 = errors;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.requiredReviewers === undefined) {
                const err54 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/required", keyword: "required", params: { missingProperty: "requiredReviewers" }, message: "must have required property '" + "requiredReviewers" + "'", schema: schema11.properties.environmentProtection.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
            if (data18.preventSelfReview === undefined) {
                const err55 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/required", keyword: "required", params: { missingProperty: "preventSelfReview" }, message: "must have required property '" + "preventSelfReview" + "'", schema: schema11.properties.environmentProtection.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
            if (data18.waitTimerMinutes === undefined) {
                const err56 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/required", keyword: "required", params: { missingProperty: "waitTimerMinutes" }, message: "must have required property '" + "waitTimerMinutes" + "'", schema: schema11.properties.environmentProtection.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
            if (data18.branchPolicy === undefined) {
                const err57 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/required", keyword: "required", params: { missingProperty: "branchPolicy" }, message: "must have required property '" + "branchPolicy" + "'", schema: schema11.properties.environmentProtection.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
            for (const key3 in data18) {
                if (!((((key3 === "requiredReviewers") || (key3 === "preventSelfReview")) || (key3 === "waitTimerMinutes")) || (key3 === "branchPolicy"))) {
                    const err58 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
            if (data18.requiredReviewers !== undefined) {
                let data19 = data18.requiredReviewers;
                if (Array.isArray(data19)) {
                    const len0 = data19.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data20 = data19[i0];
                        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                            if (data20.type === undefined) {
                                const err59 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0, schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.required, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                            if (data20.login === undefined) {
                                const err60 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0, schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property '" + "login" + "'", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.required, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                            for (const key4 in data20) {
                                if (!((key4 === "type") || (key4 === "login"))) {
                                    const err61 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0, schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                            }
                            if (data20.type !== undefined) {
                                let data21 = data20.type;
                                if (!((data21 === "User") || (data21 === "Team"))) {
                                    const err62 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0 + "/type", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.type.enum, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.type, data: data21 };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            if (data20.login !== undefined) {
                                let data22 = data20.login;
                                if (typeof data22 === "string") {
                                    if (func3(data22) < 1) {
                                        const err63 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0 + "/login", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/properties/login/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.login, data: data22 };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err64 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0 + "/login", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.login.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.properties.login, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err65 = { instancePath: instancePath + "/environmentProtection/requiredReviewers/" + i0, schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.items, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err66 = { instancePath: instancePath + "/environmentProtection/requiredReviewers", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/requiredReviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.requiredReviewers, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data18.preventSelfReview !== undefined) {
                let data23 = data18.preventSelfReview;
                if (typeof data23 !== "boolean") {
                    const err67 = { instancePath: instancePath + "/environmentProtection/preventSelfReview", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/preventSelfReview/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.environmentProtection.oneOf[1].properties.preventSelfReview.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.preventSelfReview, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
            }
            if (data18.waitTimerMinutes !== undefined) {
                let data24 = data18.waitTimerMinutes;
                if (!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))) {
                    const err68 = { instancePath: instancePath + "/environmentProtection/waitTimerMinutes", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/waitTimerMinutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.environmentProtection.oneOf[1].properties.waitTimerMinutes.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.waitTimerMinutes, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
                if (typeof data24 == "number") {
                    if (data24 < 0 || isNaN(data24)) {
                        const err69 = { instancePath: instancePath + "/environmentProtection/waitTimerMinutes", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/waitTimerMinutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.waitTimerMinutes, data: data24 };
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
            if (data18.branchPolicy !== undefined) {
                let data25 = data18.branchPolicy;
                const _errs60 = errors;
                let valid10 = false;
                let passing1 = null;
                const _errs61 = errors;
                if (data25 !== null) {
                    const err70 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[0].type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[0], data: data25 };
                    if (vErrors === null) {
                        vErrors = [err70];
                    }
                    else {
                        vErrors.push(err70);
                    }
                    errors++;
                }
                var _valid2 = _errs61 === errors;
                if (_valid2) {
                    valid10 = true;
                    passing1 = 0;
                }
                const _errs63 = errors;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    if (data25.protectedBranches === undefined) {
                        const err71 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/required", keyword: "required", params: { missingProperty: "protectedBranches" }, message: "must have required property '" + "protectedBranches" + "'", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1], data: data25 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                    if (data25.customBranchPolicies === undefined) {
                        const err72 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/required", keyword: "required", params: { missingProperty: "customBranchPolicies" }, message: "must have required property '" + "customBranchPolicies" + "'", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1], data: data25 };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                    if (data25.patterns === undefined) {
                        const err73 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/required", keyword: "required", params: { missingProperty: "patterns" }, message: "must have required property '" + "patterns" + "'", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].required, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1], data: data25 };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                    for (const key5 in data25) {
                        if (!(((key5 === "protectedBranches") || (key5 === "customBranchPolicies")) || (key5 === "patterns"))) {
                            const err74 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1], data: data25 };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                    if (data25.protectedBranches !== undefined) {
                        let data26 = data25.protectedBranches;
                        if (typeof data26 !== "boolean") {
                            const err75 = { instancePath: instancePath + "/environmentProtection/branchPolicy/protectedBranches", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/properties/protectedBranches/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.protectedBranches.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.protectedBranches, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    if (data25.customBranchPolicies !== undefined) {
                        let data27 = data25.customBranchPolicies;
                        if (typeof data27 !== "boolean") {
                            const err76 = { instancePath: instancePath + "/environmentProtection/branchPolicy/customBranchPolicies", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/properties/customBranchPolicies/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.customBranchPolicies.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.customBranchPolicies, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                    }
                    if (data25.patterns !== undefined) {
                        let data28 = data25.patterns;
                        if (Array.isArray(data28)) {
                            const len1 = data28.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data29 = data28[i1];
                                if (typeof data29 !== "string") {
                                    const err77 = { instancePath: instancePath + "/environmentProtection/branchPolicy/patterns/" + i1, schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/properties/patterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.patterns.items.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.patterns.items, data: data29 };
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
                        else {
                            const err78 = { instancePath: instancePath + "/environmentProtection/branchPolicy/patterns", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/properties/patterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.patterns.type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].properties.patterns, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err79 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1].type, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf[1], data: data25 };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
                var _valid2 = _errs63 === errors;
                if (_valid2 && valid10) {
                    valid10 = false;
                    passing1 = [passing1, 1];
                }
                else {
                    if (_valid2) {
                        valid10 = true;
                        passing1 = 1;
                    }
                }
                if (!valid10) {
                    const err80 = { instancePath: instancePath + "/environmentProtection/branchPolicy", schemaPath: "#/properties/environmentProtection/oneOf/1/properties/branchPolicy/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy.oneOf, parentSchema: schema11.properties.environmentProtection.oneOf[1].properties.branchPolicy, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
                else {
                    errors = _errs60;
                    if (vErrors !== null) {
                        if (_errs60) {
                            vErrors.length = _errs60;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err81 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environmentProtection.oneOf[1].type, parentSchema: schema11.properties.environmentProtection.oneOf[1], data: data18 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
        var _valid1 = _errs44 === errors;
        if (_valid1 && valid5) {
            valid5 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid1) {
                valid5 = true;
                passing0 = 1;
            }
        }
        if (!valid5) {
            const err82 = { instancePath: instancePath + "/environmentProtection", schemaPath: "#/properties/environmentProtection/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.environmentProtection.oneOf, parentSchema: schema11.properties.environmentProtection, data: data18 };
            if (vErrors === null) {
                vErrors = [err82];
            }
            else {
                vErrors.push(err82);
            }
            errors++;
        }
        else {
            errors = _errs41;
            if (vErrors !== null) {
                if (_errs41) {
                    vErrors.length = _errs41;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.workflowRun !== undefined) {
        let data30 = data.workflowRun;
        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.id === undefined) {
                const err83 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema11.properties.workflowRun.required, parentSchema: schema11.properties.workflowRun, data: data30 };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            if (data30.attempt === undefined) {
                const err84 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'", schema: schema11.properties.workflowRun.required, parentSchema: schema11.properties.workflowRun, data: data30 };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data30.url === undefined) {
                const err85 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.workflowRun.required, parentSchema: schema11.properties.workflowRun, data: data30 };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            for (const key6 in data30) {
                if (!(((((key6 === "id") || (key6 === "attempt")) || (key6 === "url")) || (key6 === "workflow")) || (key6 === "actor"))) {
                    const err86 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.workflowRun, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
            if (data30.id !== undefined) {
                let data31 = data30.id;
                if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                    const err87 = { instancePath: instancePath + "/workflowRun/id", schemaPath: "#/properties/workflowRun/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.workflowRun.properties.id.type, parentSchema: schema11.properties.workflowRun.properties.id, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (typeof data31 == "number") {
                    if (data31 < 0 || isNaN(data31)) {
                        const err88 = { instancePath: instancePath + "/workflowRun/id", schemaPath: "#/properties/workflowRun/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.workflowRun.properties.id, data: data31 };
                        if (vErrors === null) {
                            vErrors = [err88];
                        }
                        else {
                            vErrors.push(err88);
                        }
                        errors++;
                    }
                }
            }
            if (data30.attempt !== undefined) {
                let data32 = data30.attempt;
                if (!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))) {
                    const err89 = { instancePath: instancePath + "/workflowRun/attempt", schemaPath: "#/properties/workflowRun/properties/attempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.workflowRun.properties.attempt.type, parentSchema: schema11.properties.workflowRun.properties.attempt, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
                if (typeof data32 == "number") {
                    if (data32 < 1 || isNaN(data32)) {
                        const err90 = { instancePath: instancePath + "/workflowRun/attempt", schemaPath: "#/properties/workflowRun/properties/attempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.workflowRun.properties.attempt, data: data32 };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
            }
            if (data30.url !== undefined) {
                let data33 = data30.url;
                if (typeof data33 !== "string") {
                    const err91 = { instancePath: instancePath + "/workflowRun/url", schemaPath: "#/properties/workflowRun/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflowRun.properties.url.type, parentSchema: schema11.properties.workflowRun.properties.url, data: data33 };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
            if (data30.workflow !== undefined) {
                let data34 = data30.workflow;
                if (typeof data34 !== "string") {
                    const err92 = { instancePath: instancePath + "/workflowRun/workflow", schemaPath: "#/properties/workflowRun/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflowRun.properties.workflow.type, parentSchema: schema11.properties.workflowRun.properties.workflow, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
            }
            if (data30.actor !== undefined) {
                let data35 = data30.actor;
                if (typeof data35 !== "string") {
                    const err93 = { instancePath: instancePath + "/workflowRun/actor", schemaPath: "#/properties/workflowRun/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflowRun.properties.actor.type, parentSchema: schema11.properties.workflowRun.properties.actor, data: data35 };
                    if (vErrors === null) {
                        vErrors = [err93];
                    }
                    else {
                        vErrors.push(err93);
                    }
                    errors++;
                }
            }
        }
        else {
            const err94 = { instancePath: instancePath + "/workflowRun", schemaPath: "#/properties/workflowRun/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workflowRun.type, parentSchema: schema11.properties.workflowRun, data: data30 };
            if (vErrors === null) {
                vErrors = [err94];
            }
            else {
                vErrors.push(err94);
            }
            errors++;
        }
    }
    if (data.changeRequests !== undefined) {
        let data36 = data.changeRequests;
        if (Array.isArray(data36)) {
            const len2 = data36.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data37 = data36[i2];
                if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    if (data37.repository === undefined) {
                        const err95 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                    if (data37.number === undefined) {
                        const err96 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                    if (data37.title === undefined) {
                        const err97 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                    if (data37.type === undefined) {
                        const err98 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                    if (data37.risk === undefined) {
                        const err99 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property '" + "risk" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                    if (data37.url === undefined) {
                        const err100 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                    if (data37.approvals === undefined) {
                        const err101 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/required", keyword: "required", params: { missingProperty: "approvals" }, message: "must have required property '" + "approvals" + "'", schema: schema11.properties.changeRequests.items.required, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err101];
                        }
                        else {
                            vErrors.push(err101);
                        }
                        errors++;
                    }
                    for (const key7 in data37) {
                        if (!(((((((key7 === "repository") || (key7 === "number")) || (key7 === "title")) || (key7 === "type")) || (key7 === "risk")) || (key7 === "url")) || (key7 === "approvals"))) {
                            const err102 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                    }
                    if (data37.repository !== undefined) {
                        let data38 = data37.repository;
                        if (typeof data38 !== "string") {
                            const err103 = { instancePath: instancePath + "/changeRequests/" + i2 + "/repository", schemaPath: "#/properties/changeRequests/items/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.changeRequests.items.properties.repository.type, parentSchema: schema11.properties.changeRequests.items.properties.repository, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                    }
                    if (data37.number !== undefined) {
                        let data39 = data37.number;
                        if (!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) {
                            const err104 = { instancePath: instancePath + "/changeRequests/" + i2 + "/number", schemaPath: "#/properties/changeRequests/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.changeRequests.items.properties.number.type, parentSchema: schema11.properties.changeRequests.items.properties.number, data: data39 };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                        if (typeof data39 == "number") {
                            if (data39 < 1 || isNaN(data39)) {
                                const err105 = { instancePath: instancePath + "/changeRequests/" + i2 + "/number", schemaPath: "#/properties/changeRequests/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.changeRequests.items.properties.number, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data37.title !== undefined) {
                        let data40 = data37.title;
                        if ((typeof data40 !== "string") && (data40 !== null)) {
                            const err106 = { instancePath: instancePath + "/changeRequests/" + i2 + "/title", schemaPath: "#/properties/changeRequests/items/properties/title/type", keyword: "type", params: { type: schema11.properties.changeRequests.items.properties.title.type }, message: "must be string,null", schema: schema11.properties.changeRequests.items.properties.title.type, parentSchema: schema11.properties.changeRequests.items.properties.title, data: data40 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                    }
                    if (data37.type !== undefined) {
                        let data41 = data37.type;
                        if ((typeof data41 !== "string") && (data41 !== null)) {
                            const err107 = { instancePath: instancePath + "/changeRequests/" + i2 + "/type", schemaPath: "#/properties/changeRequests/items/properties/type/type", keyword: "type", params: { type: schema11.properties.changeRequests.items.properties.type.type }, message: "must be string,null", schema: schema11.properties.changeRequests.items.properties.type.type, parentSchema: schema11.properties.changeRequests.items.properties.type, data: data41 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                    }
                    if (data37.risk !== undefined) {
                        let data42 = data37.risk;
                        if ((typeof data42 !== "string") && (data42 !== null)) {
                            const err108 = { instancePath: instancePath + "/changeRequests/" + i2 + "/risk", schemaPath: "#/properties/changeRequests/items/properties/risk/type", keyword: "type", params: { type: schema11.properties.changeRequests.items.properties.risk.type }, message: "must be string,null", schema: schema11.properties.changeRequests.items.properties.risk.type, parentSchema: schema11.properties.changeRequests.items.properties.risk, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err108];
                            }
                            else {
                                vErrors.push(err108);
                            }
                            errors++;
                        }
                    }
                    if (data37.url !== undefined) {
                        let data43 = data37.url;
                        if ((typeof data43 !== "string") && (data43 !== null)) {
                            const err109 = { instancePath: instancePath + "/changeRequests/" + i2 + "/url", schemaPath: "#/properties/changeRequests/items/properties/url/type", keyword: "type", params: { type: schema11.properties.changeRequests.items.properties.url.type }, message: "must be string,null", schema: schema11.properties.changeRequests.items.properties.url.type, parentSchema: schema11.properties.changeRequests.items.properties.url, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err109];
                            }
                            else {
                                vErrors.push(err109);
                            }
                            errors++;
                        }
                    }
                    if (data37.approvals !== undefined) {
                        let data44 = data37.approvals;
                        if (Array.isArray(data44)) {
                            const len3 = data44.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data45 = data44[i3];
                                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                    if (data45.login === undefined) {
                                        const err110 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3, schemaPath: "#/properties/changeRequests/items/properties/approvals/items/required", keyword: "required", params: { missingProperty: "login" }, message: "must have required property '" + "login" + "'", schema: schema11.properties.changeRequests.items.properties.approvals.items.required, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items, data: data45 };
                                        if (vErrors === null) {
                                            vErrors = [err110];
                                        }
                                        else {
                                            vErrors.push(err110);
                                        }
                                        errors++;
                                    }
                                    if (data45.at === undefined) {
                                        const err111 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3, schemaPath: "#/properties/changeRequests/items/properties/approvals/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'", schema: schema11.properties.changeRequests.items.properties.approvals.items.required, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items, data: data45 };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                    }
                                    for (const key8 in data45) {
                                        if (!((key8 === "login") || (key8 === "at"))) {
                                            const err112 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3, schemaPath: "#/properties/changeRequests/items/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items, data: data45 };
                                            if (vErrors === null) {
                                                vErrors = [err112];
                                            }
                                            else {
                                                vErrors.push(err112);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data45.login !== undefined) {
                                        let data46 = data45.login;
                                        if (typeof data46 !== "string") {
                                            const err113 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3 + "/login", schemaPath: "#/properties/changeRequests/items/properties/approvals/items/properties/login/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.changeRequests.items.properties.approvals.items.properties.login.type, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items.properties.login, data: data46 };
                                            if (vErrors === null) {
                                                vErrors = [err113];
                                            }
                                            else {
                                                vErrors.push(err113);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data45.at !== undefined) {
                                        let data47 = data45.at;
                                        if ((typeof data47 !== "string") && (data47 !== null)) {
                                            const err114 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3 + "/at", schemaPath: "#/properties/changeRequests/items/properties/approvals/items/properties/at/type", keyword: "type", params: { type: schema11.properties.changeRequests.items.properties.approvals.items.properties.at.type }, message: "must be string,null", schema: schema11.properties.changeRequests.items.properties.approvals.items.properties.at.type, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items.properties.at, data: data47 };
                                            if (vErrors === null) {
                                                vErrors = [err114];
                                            }
                                            else {
                                                vErrors.push(err114);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err115 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals/" + i3, schemaPath: "#/properties/changeRequests/items/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.changeRequests.items.properties.approvals.items.type, parentSchema: schema11.properties.changeRequests.items.properties.approvals.items, data: data45 };
                                    if (vErrors === null) {
                                        vErrors = [err115];
                                    }
                                    else {
                                        vErrors.push(err115);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err116 = { instancePath: instancePath + "/changeRequests/" + i2 + "/approvals", schemaPath: "#/properties/changeRequests/items/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.changeRequests.items.properties.approvals.type, parentSchema: schema11.properties.changeRequests.items.properties.approvals, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err117 = { instancePath: instancePath + "/changeRequests/" + i2, schemaPath: "#/properties/changeRequests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.changeRequests.items.type, parentSchema: schema11.properties.changeRequests.items, data: data37 };
                    if (vErrors === null) {
                        vErrors = [err117];
                    }
                    else {
                        vErrors.push(err117);
                    }
                    errors++;
                }
            }
        }
        else {
            const err118 = { instancePath: instancePath + "/changeRequests", schemaPath: "#/properties/changeRequests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.changeRequests.type, parentSchema: schema11.properties.changeRequests, data: data36 };
            if (vErrors === null) {
                vErrors = [err118];
            }
            else {
                vErrors.push(err118);
            }
            errors++;
        }
    }
    if (data.environmentApprovals !== undefined) {
        let data48 = data.environmentApprovals;
        if (Array.isArray(data48)) {
            const len4 = data48.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data49 = data48[i4];
                if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                    if (data49.user === undefined) {
                        const err119 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property '" + "user" + "'", schema: schema11.properties.environmentApprovals.items.required, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err119];
                        }
                        else {
                            vErrors.push(err119);
                        }
                        errors++;
                    }
                    if (data49.state === undefined) {
                        const err120 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property '" + "state" + "'", schema: schema11.properties.environmentApprovals.items.required, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                    if (data49.environments === undefined) {
                        const err121 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property '" + "environments" + "'", schema: schema11.properties.environmentApprovals.items.required, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err121];
                        }
                        else {
                            vErrors.push(err121);
                        }
                        errors++;
                    }
                    if (data49.comment === undefined) {
                        const err122 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/required", keyword: "required", params: { missingProperty: "comment" }, message: "must have required property '" + "comment" + "'", schema: schema11.properties.environmentApprovals.items.required, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err122];
                        }
                        else {
                            vErrors.push(err122);
                        }
                        errors++;
                    }
                    if (data49.at === undefined) {
                        const err123 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'", schema: schema11.properties.environmentApprovals.items.required, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err123];
                        }
                        else {
                            vErrors.push(err123);
                        }
                        errors++;
                    }
                    for (const key9 in data49) {
                        if (!(((((key9 === "user") || (key9 === "state")) || (key9 === "environments")) || (key9 === "comment")) || (key9 === "at"))) {
                            const err124 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                    if (data49.user !== undefined) {
                        let data50 = data49.user;
                        if (typeof data50 !== "string") {
                            const err125 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/user", schemaPath: "#/properties/environmentApprovals/items/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environmentApprovals.items.properties.user.type, parentSchema: schema11.properties.environmentApprovals.items.properties.user, data: data50 };
                            if (vErrors === null) {
                                vErrors = [err125];
                            }
                            else {
                                vErrors.push(err125);
                            }
                            errors++;
                        }
                    }
                    if (data49.state !== undefined) {
                        let data51 = data49.state;
                        if (typeof data51 !== "string") {
                            const err126 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/state", schemaPath: "#/properties/environmentApprovals/items/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environmentApprovals.items.properties.state.type, parentSchema: schema11.properties.environmentApprovals.items.properties.state, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                        if (!(((data51 === "approved") || (data51 === "rejected")) || (data51 === "pending"))) {
                            const err127 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/state", schemaPath: "#/properties/environmentApprovals/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.properties.environmentApprovals.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.environmentApprovals.items.properties.state.enum, parentSchema: schema11.properties.environmentApprovals.items.properties.state, data: data51 };
                            if (vErrors === null) {
                                vErrors = [err127];
                            }
                            else {
                                vErrors.push(err127);
                            }
                            errors++;
                        }
                    }
                    if (data49.environments !== undefined) {
                        let data52 = data49.environments;
                        if (Array.isArray(data52)) {
                            const len5 = data52.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data53 = data52[i5];
                                if (typeof data53 !== "string") {
                                    const err128 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/environments/" + i5, schemaPath: "#/properties/environmentApprovals/items/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environmentApprovals.items.properties.environments.items.type, parentSchema: schema11.properties.environmentApprovals.items.properties.environments.items, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err128];
                                    }
                                    else {
                                        vErrors.push(err128);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err129 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/environments", schemaPath: "#/properties/environmentApprovals/items/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environmentApprovals.items.properties.environments.type, parentSchema: schema11.properties.environmentApprovals.items.properties.environments, data: data52 };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                    }
                    if (data49.comment !== undefined) {
                        let data54 = data49.comment;
                        if ((typeof data54 !== "string") && (data54 !== null)) {
                            const err130 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/comment", schemaPath: "#/properties/environmentApprovals/items/properties/comment/type", keyword: "type", params: { type: schema11.properties.environmentApprovals.items.properties.comment.type }, message: "must be string,null", schema: schema11.properties.environmentApprovals.items.properties.comment.type, parentSchema: schema11.properties.environmentApprovals.items.properties.comment, data: data54 };
                            if (vErrors === null) {
                                vErrors = [err130];
                            }
                            else {
                                vErrors.push(err130);
                            }
                            errors++;
                        }
                    }
                    if (data49.at !== undefined) {
                        let data55 = data49.at;
                        if ((typeof data55 !== "string") && (data55 !== null)) {
                            const err131 = { instancePath: instancePath + "/environmentApprovals/" + i4 + "/at", schemaPath: "#/properties/environmentApprovals/items/properties/at/type", keyword: "type", params: { type: schema11.properties.environmentApprovals.items.properties.at.type }, message: "must be string,null", schema: schema11.properties.environmentApprovals.items.properties.at.type, parentSchema: schema11.properties.environmentApprovals.items.properties.at, data: data55 };
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
                    const err132 = { instancePath: instancePath + "/environmentApprovals/" + i4, schemaPath: "#/properties/environmentApprovals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environmentApprovals.items.type, parentSchema: schema11.properties.environmentApprovals.items, data: data49 };
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
            const err133 = { instancePath: instancePath + "/environmentApprovals", schemaPath: "#/properties/environmentApprovals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environmentApprovals.type, parentSchema: schema11.properties.environmentApprovals, data: data48 };
            if (vErrors === null) {
                vErrors = [err133];
            }
            else {
                vErrors.push(err133);
            }
            errors++;
        }
    }
    if (data.freeze !== undefined) {
        let data56 = data.freeze;
        const _errs131 = errors;
        let valid26 = false;
        let passing2 = null;
        const _errs132 = errors;
        if (data56 !== null) {
            const err134 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.freeze.oneOf[0].type, parentSchema: schema11.properties.freeze.oneOf[0], data: data56 };
            if (vErrors === null) {
                vErrors = [err134];
            }
            else {
                vErrors.push(err134);
            }
            errors++;
        }
        var _valid3 = _errs132 === errors;
        if (_valid3) {
            valid26 = true;
            passing2 = 0;
        }
        const _errs134 = errors;
        if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.frozen === undefined) {
                const err135 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/required", keyword: "required", params: { missingProperty: "frozen" }, message: "must have required property '" + "frozen" + "'", schema: schema11.properties.freeze.oneOf[1].required, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
                if (vErrors === null) {
                    vErrors = [err135];
                }
                else {
                    vErrors.push(err135);
                }
                errors++;
            }
            if (data56.window === undefined) {
                const err136 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property '" + "window" + "'", schema: schema11.properties.freeze.oneOf[1].required, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
                if (vErrors === null) {
                    vErrors = [err136];
                }
                else {
                    vErrors.push(err136);
                }
                errors++;
            }
            if (data56.endsAt === undefined) {
                const err137 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/required", keyword: "required", params: { missingProperty: "endsAt" }, message: "must have required property '" + "endsAt" + "'", schema: schema11.properties.freeze.oneOf[1].required, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
                if (vErrors === null) {
                    vErrors = [err137];
                }
                else {
                    vErrors.push(err137);
                }
                errors++;
            }
            if (data56.overriddenBy === undefined) {
                const err138 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/required", keyword: "required", params: { missingProperty: "overriddenBy" }, message: "must have required property '" + "overriddenBy" + "'", schema: schema11.properties.freeze.oneOf[1].required, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
                if (vErrors === null) {
                    vErrors = [err138];
                }
                else {
                    vErrors.push(err138);
                }
                errors++;
            }
            for (const key10 in data56) {
                if (!((((key10 === "frozen") || (key10 === "window")) || (key10 === "endsAt")) || (key10 === "overriddenBy"))) {
                    const err139 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
                    if (vErrors === null) {
                        vErrors = [err139];
                    }
                    else {
                        vErrors.push(err139);
                    }
                    errors++;
                }
            }
            if (data56.frozen !== undefined) {
                let data57 = data56.frozen;
                if (typeof data57 !== "boolean") {
                    const err140 = { instancePath: instancePath + "/freeze/frozen", schemaPath: "#/properties/freeze/oneOf/1/properties/frozen/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.freeze.oneOf[1].properties.frozen.type, parentSchema: schema11.properties.freeze.oneOf[1].properties.frozen, data: data57 };
                    if (vErrors === null) {
                        vErrors = [err140];
                    }
                    else {
                        vErrors.push(err140);
                    }
                    errors++;
                }
            }
            if (data56.window !== undefined) {
                let data58 = data56.window;
                if ((typeof data58 !== "string") && (data58 !== null)) {
                    const err141 = { instancePath: instancePath + "/freeze/window", schemaPath: "#/properties/freeze/oneOf/1/properties/window/type", keyword: "type", params: { type: schema11.properties.freeze.oneOf[1].properties.window.type }, message: "must be string,null", schema: schema11.properties.freeze.oneOf[1].properties.window.type, parentSchema: schema11.properties.freeze.oneOf[1].properties.window, data: data58 };
                    if (vErrors === null) {
                        vErrors = [err141];
                    }
                    else {
                        vErrors.push(err141);
                    }
                    errors++;
                }
            }
            if (data56.endsAt !== undefined) {
                let data59 = data56.endsAt;
                if ((typeof data59 !== "string") && (data59 !== null)) {
                    const err142 = { instancePath: instancePath + "/freeze/endsAt", schemaPath: "#/properties/freeze/oneOf/1/properties/endsAt/type", keyword: "type", params: { type: schema11.properties.freeze.oneOf[1].properties.endsAt.type }, message: "must be string,null", schema: schema11.properties.freeze.oneOf[1].properties.endsAt.type, parentSchema: schema11.properties.freeze.oneOf[1].properties.endsAt, data: data59 };
                    if (vErrors === null) {
                        vErrors = [err142];
                    }
                    else {
                        vErrors.push(err142);
                    }
                    errors++;
                }
            }
            if (data56.overriddenBy !== undefined) {
                let data60 = data56.overriddenBy;
                if ((typeof data60 !== "string") && (data60 !== null)) {
                    const err143 = { instancePath: instancePath + "/freeze/overriddenBy", schemaPath: "#/properties/freeze/oneOf/1/properties/overriddenBy/type", keyword: "type", params: { type: schema11.properties.freeze.oneOf[1].properties.overriddenBy.type }, message: "must be string,null", schema: schema11.properties.freeze.oneOf[1].properties.overriddenBy.type, parentSchema: schema11.properties.freeze.oneOf[1].properties.overriddenBy, data: data60 };
                    if (vErrors === null) {
                        vErrors = [err143];
                    }
                    else {
                        vErrors.push(err143);
                    }
                    errors++;
                }
            }
        }
        else {
            const err144 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freeze.oneOf[1].type, parentSchema: schema11.properties.freeze.oneOf[1], data: data56 };
            if (vErrors === null) {
                vErrors = [err144];
            }
            else {
                vErrors.push(err144);
            }
            errors++;
        }
        var _valid3 = _errs134 === errors;
        if (_valid3 && valid26) {
            valid26 = false;
            passing2 = [passing2, 1];
        }
        else {
            if (_valid3) {
                valid26 = true;
                passing2 = 1;
            }
        }
        if (!valid26) {
            const err145 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.freeze.oneOf, parentSchema: schema11.properties.freeze, data: data56 };
            if (vErrors === null) {
                vErrors = [err145];
            }
            else {
                vErrors.push(err145);
            }
            errors++;
        }
        else {
            errors = _errs131;
            if (vErrors !== null) {
                if (_errs131) {
                    vErrors.length = _errs131;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.artefacts !== undefined) {
        let data61 = data.artefacts;
        if (Array.isArray(data61)) {
            const len6 = data61.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data62 = data61[i6];
                if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                    if (data62.name === undefined) {
                        const err146 = { instancePath: instancePath + "/artefacts/" + i6, schemaPath: "#/properties/artefacts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.artefacts.items.required, parentSchema: schema11.properties.artefacts.items, data: data62 };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                    if (data62.size === undefined) {
                        const err147 = { instancePath: instancePath + "/artefacts/" + i6, schemaPath: "#/properties/artefacts/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'", schema: schema11.properties.artefacts.items.required, parentSchema: schema11.properties.artefacts.items, data: data62 };
                        if (vErrors === null) {
                            vErrors = [err147];
                        }
                        else {
                            vErrors.push(err147);
                        }
                        errors++;
                    }
                    if (data62.sha256 === undefined) {
                        const err148 = { instancePath: instancePath + "/artefacts/" + i6, schemaPath: "#/properties/artefacts/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema11.properties.artefacts.items.required, parentSchema: schema11.properties.artefacts.items, data: data62 };
                        if (vErrors === null) {
                            vErrors = [err148];
                        }
                        else {
                            vErrors.push(err148);
                        }
                        errors++;
                    }
                    for (const key11 in data62) {
                        if (!(((key11 === "name") || (key11 === "size")) || (key11 === "sha256"))) {
                            const err149 = { instancePath: instancePath + "/artefacts/" + i6, schemaPath: "#/properties/artefacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.artefacts.items, data: data62 };
                            if (vErrors === null) {
                                vErrors = [err149];
                            }
                            else {
                                vErrors.push(err149);
                            }
                            errors++;
                        }
                    }
                    if (data62.name !== undefined) {
                        let data63 = data62.name;
                        if (typeof data63 === "string") {
                            if (func3(data63) < 1) {
                                const err150 = { instancePath: instancePath + "/artefacts/" + i6 + "/name", schemaPath: "#/properties/artefacts/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.artefacts.items.properties.name, data: data63 };
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
                            const err151 = { instancePath: instancePath + "/artefacts/" + i6 + "/name", schemaPath: "#/properties/artefacts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.artefacts.items.properties.name.type, parentSchema: schema11.properties.artefacts.items.properties.name, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err151];
                            }
                            else {
                                vErrors.push(err151);
                            }
                            errors++;
                        }
                    }
                    if (data62.size !== undefined) {
                        let data64 = data62.size;
                        if (!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))) {
                            const err152 = { instancePath: instancePath + "/artefacts/" + i6 + "/size", schemaPath: "#/properties/artefacts/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.artefacts.items.properties.size.type, parentSchema: schema11.properties.artefacts.items.properties.size, data: data64 };
                            if (vErrors === null) {
                                vErrors = [err152];
                            }
                            else {
                                vErrors.push(err152);
                            }
                            errors++;
                        }
                        if (typeof data64 == "number") {
                            if (data64 < 0 || isNaN(data64)) {
                                const err153 = { instancePath: instancePath + "/artefacts/" + i6 + "/size", schemaPath: "#/properties/artefacts/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.artefacts.items.properties.size, data: data64 };
                                if (vErrors === null) {
                                    vErrors = [err153];
                                }
                                else {
                                    vErrors.push(err153);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data62.sha256 !== undefined) {
                        let data65 = data62.sha256;
                        if (typeof data65 === "string") {
                            if (!pattern6.test(data65)) {
                                const err154 = { instancePath: instancePath + "/artefacts/" + i6 + "/sha256", schemaPath: "#/properties/artefacts/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema11.properties.artefacts.items.properties.sha256, data: data65 };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err155 = { instancePath: instancePath + "/artefacts/" + i6 + "/sha256", schemaPath: "#/properties/artefacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.artefacts.items.properties.sha256.type, parentSchema: schema11.properties.artefacts.items.properties.sha256, data: data65 };
                            if (vErrors === null) {
                                vErrors = [err155];
                            }
                            else {
                                vErrors.push(err155);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err156 = { instancePath: instancePath + "/artefacts/" + i6, schemaPath: "#/properties/artefacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.artefacts.items.type, parentSchema: schema11.properties.artefacts.items, data: data62 };
                    if (vErrors === null) {
                        vErrors = [err156];
                    }
                    else {
                        vErrors.push(err156);
                    }
                    errors++;
                }
            }
        }
        else {
            const err157 = { instancePath: instancePath + "/artefacts", schemaPath: "#/properties/artefacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.artefacts.type, parentSchema: schema11.properties.artefacts, data: data61 };
            if (vErrors === null) {
                vErrors = [err157];
            }
            else {
                vErrors.push(err157);
            }
            errors++;
        }
    }
    if (data.notes !== undefined) {
        let data66 = data.notes;
        if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.entries === undefined) {
                const err158 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property '" + "entries" + "'", schema: schema11.properties.notes.required, parentSchema: schema11.properties.notes, data: data66 };
                if (vErrors === null) {
                    vErrors = [err158];
                }
                else {
                    vErrors.push(err158);
                }
                errors++;
            }
            if (data66.commits === undefined) {
                const err159 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/required", keyword: "required", params: { missingProperty: "commits" }, message: "must have required property '" + "commits" + "'", schema: schema11.properties.notes.required, parentSchema: schema11.properties.notes, data: data66 };
                if (vErrors === null) {
                    vErrors = [err159];
                }
                else {
                    vErrors.push(err159);
                }
                errors++;
            }
            if (data66.asset === undefined) {
                const err160 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/required", keyword: "required", params: { missingProperty: "asset" }, message: "must have required property '" + "asset" + "'", schema: schema11.properties.notes.required, parentSchema: schema11.properties.notes, data: data66 };
                if (vErrors === null) {
                    vErrors = [err160];
                }
                else {
                    vErrors.push(err160);
                }
                errors++;
            }
            for (const key12 in data66) {
                if (!(((key12 === "entries") || (key12 === "commits")) || (key12 === "asset"))) {
                    const err161 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.notes, data: data66 };
                    if (vErrors === null) {
                        vErrors = [err161];
                    }
                    else {
                        vErrors.push(err161);
                    }
                    errors++;
                }
            }
            if (data66.entries !== undefined) {
                let data67 = data66.entries;
                if (!((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67)))) {
                    const err162 = { instancePath: instancePath + "/notes/entries", schemaPath: "#/properties/notes/properties/entries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.notes.properties.entries.type, parentSchema: schema11.properties.notes.properties.entries, data: data67 };
                    if (vErrors === null) {
                        vErrors = [err162];
                    }
                    else {
                        vErrors.push(err162);
                    }
                    errors++;
                }
                if (typeof data67 == "number") {
                    if (data67 < 0 || isNaN(data67)) {
                        const err163 = { instancePath: instancePath + "/notes/entries", schemaPath: "#/properties/notes/properties/entries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.notes.properties.entries, data: data67 };
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
            if (data66.commits !== undefined) {
                let data68 = data66.commits;
                if (!((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68)))) {
                    const err164 = { instancePath: instancePath + "/notes/commits", schemaPath: "#/properties/notes/properties/commits/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.notes.properties.commits.type, parentSchema: schema11.properties.notes.properties.commits, data: data68 };
                    if (vErrors === null) {
                        vErrors = [err164];
                    }
                    else {
                        vErrors.push(err164);
                    }
                    errors++;
                }
                if (typeof data68 == "number") {
                    if (data68 < 0 || isNaN(data68)) {
                        const err165 = { instancePath: instancePath + "/notes/commits", schemaPath: "#/properties/notes/properties/commits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.notes.properties.commits, data: data68 };
                        if (vErrors === null) {
                            vErrors = [err165];
                        }
                        else {
                            vErrors.push(err165);
                        }
                        errors++;
                    }
                }
            }
            if (data66.asset !== undefined) {
                let data69 = data66.asset;
                if ((typeof data69 !== "string") && (data69 !== null)) {
                    const err166 = { instancePath: instancePath + "/notes/asset", schemaPath: "#/properties/notes/properties/asset/type", keyword: "type", params: { type: schema11.properties.notes.properties.asset.type }, message: "must be string,null", schema: schema11.properties.notes.properties.asset.type, parentSchema: schema11.properties.notes.properties.asset, data: data69 };
                    if (vErrors === null) {
                        vErrors = [err166];
                    }
                    else {
                        vErrors.push(err166);
                    }
                    errors++;
                }
            }
        }
        else {
            const err167 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.notes.type, parentSchema: schema11.properties.notes, data: data66 };
            if (vErrors === null) {
                vErrors = [err167];
            }
            else {
                vErrors.push(err167);
            }
            errors++;
        }
    }
}
else {
    const err168 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err168];
    }
    else {
        vErrors.push(err168);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ../../packages/core/src/release/releaseManifest.ts
/**
 * The release manifest: the evidence a release carries in the definitive media library
 * (`release-manifest.json`, described by `schema/release-manifest.schema.json`).
 *
 * It records what was released (version, tag, commit, every artefact with size and SHA-256), by
 * which workflow run, under which change requests and approvals, and the freeze decision when one
 * was given — and what `gatehouse verify` needs to re-check it later from GitHub alone: the
 * deployed range whose commit authors may not approve, the policy file's blob, and the
 * environment's protection settings when the release was made. It holds no clock reading, so a
 * re-run of the same release produces the same bytes.
 */

const RELEASE_MANIFEST_ASSET = "release-manifest.json";
const CHECKSUMS_ASSET = "SHA256SUMS";
const MANIFEST_SCHEMA_ID = "https://gatehouse.dev/schema/release-manifest.schema.json";
/** The version of the manifest format this code writes (1 lacks range, policy and protection). */
const MANIFEST_VERSION = 2;
/** Builds the manifest. Artefacts are listed by name so the bytes do not depend on glob order. */
function releaseManifest(input) {
    return {
        $schema: MANIFEST_SCHEMA_ID,
        manifestVersion: MANIFEST_VERSION,
        repository: input.repository,
        version: input.version,
        tag: input.tag,
        prerelease: input.prerelease,
        previousTag: input.previousTag ?? null,
        commit: input.commit,
        range: { base: input.range.base, head: input.range.head, from: input.range.from },
        policy: { path: input.policy.path, ref: input.policy.ref, blobSha: input.policy.blobSha },
        environment: input.environment || null,
        environmentProtection: input.environment && input.environmentProtection
            ? {
                requiredReviewers: input.environmentProtection.requiredReviewers.map((r) => ({
                    type: r.type,
                    login: r.login,
                })),
                preventSelfReview: input.environmentProtection.preventSelfReview,
                waitTimerMinutes: input.environmentProtection.waitTimerMinutes,
                branchPolicy: input.environmentProtection.branchPolicy
                    ? {
                        protectedBranches: input.environmentProtection.branchPolicy.protectedBranches,
                        customBranchPolicies: input.environmentProtection.branchPolicy.customBranchPolicies,
                        patterns: [...input.environmentProtection.branchPolicy.patterns],
                    }
                    : null,
            }
            : null,
        workflowRun: {
            id: input.workflowRun.id,
            attempt: input.workflowRun.attempt,
            url: input.workflowRun.url,
            ...(input.workflowRun.workflow ? { workflow: input.workflowRun.workflow } : {}),
            ...(input.workflowRun.actor ? { actor: input.workflowRun.actor } : {}),
        },
        changeRequests: (input.changeRequests ?? []).map((cr) => ({
            repository: cr.repository,
            number: cr.number,
            title: cr.title ?? null,
            type: cr.type ?? null,
            risk: cr.risk ?? null,
            url: cr.url ?? null,
            approvals: cr.approvers.map((a) => ({ login: a.login, at: a.at ?? null })),
        })),
        environmentApprovals: (input.approvals ?? []).map((a) => ({
            user: a.user,
            state: a.state,
            environments: [...a.environments],
            comment: a.comment ?? null,
            at: a.at ?? null,
        })),
        freeze: input.freeze ?? null,
        artefacts: [...input.artefacts]
            .map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        notes: { entries: input.notes.entries, commits: input.notes.commits, asset: input.notes.asset ?? null },
    };
}
/** The manifest as the bytes of `release-manifest.json`. */
function serializeManifest(manifest) {
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
/** `SHA256SUMS` in the format `sha256sum --check` reads: "<hex>  <name>" per line, sorted by name. */
function checksumsFile(files) {
    return [...files]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((f) => `${f.sha256}  ${f.name}\n`)
        .join("");
}
/** Reads the `change-requests` input (change-gate's output); none supplied is an empty list. */
function parseChangeRequestsInput(text) {
    return parseGatedChangeRequests(text) ?? [];
}
/** Reads the optional `freeze` input: freeze-window's outputs as JSON (`${{ toJSON(steps.freeze.outputs) }}`). */
function parseFreezeInput(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    let raw;
    try {
        raw = JSON.parse(trimmed);
    }
    catch {
        throw new Error(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown as is
        "freeze is not valid JSON: pass freeze-window's outputs, e.g. `${{ toJSON(steps.freeze.outputs) }}`.");
    }
    const str = (v) => (typeof v === "string" && v !== "" ? v : null);
    return {
        frozen: raw.frozen === true || raw.frozen === "true",
        window: str(raw.window),
        endsAt: str(raw["ends-at"] ?? raw.endsAt),
        overriddenBy: str(raw["overridden-by"] ?? raw.overriddenBy),
    };
}
/**
 * Reads the optional `range` input: change-gate's deployed range as `BASE...HEAD` (its `base-sha`
 * and `head-sha` outputs), each a full commit sha. Both outputs empty (`...`: the gate said no
 * range) is no range.
 */
function parseRangeInput(text) {
    const trimmed = text.trim();
    if (!trimmed || trimmed === "...")
        return undefined;
    const m = /^([0-9a-f]{40})\.\.\.([0-9a-f]{40})$/i.exec(trimmed);
    if (!m) {
        throw new Error(`range must be change-gate's base and head as BASE...HEAD, two full commit shas, e.g. \`\${{ needs.assess.outputs.base-sha }}...\${{ needs.assess.outputs.head-sha }}\`; got "${trimmed.slice(0, 100)}".`);
    }
    return { base: m[1].toLowerCase(), head: m[2].toLowerCase() };
}

;// CONCATENATED MODULE: ../../packages/core/src/release/releaseVerification.ts
/**
 * Verifying a release from the evidence it carries (`gatehouse verify`): each check compares what
 * GitHub holds now with what the release's manifest says, and says in a sentence what is wrong.
 * Pure: what GitHub answered is read beforehand and passed in.
 */



/** The checks, in the order they are reported. */
const verificationChecks = [
    "published",
    "commit",
    "manifest",
    "assets",
    "checksums",
    "approvals",
    "environment-approvals",
    "freeze",
];
const passed = (name, detail) => ({
    name,
    status: "pass",
    detail,
});
const failed = (name, detail) => ({
    name,
    status: "fail",
    detail,
});
const unknown = (name, detail) => ({
    name,
    status: "unknown",
    detail,
});
/** Exit code of a verification: 0 every check passed, 1 one failed, 2 one could not be told. */
function verificationExitCode(checks) {
    if (checks.some((c) => c.status === "fail"))
        return 1;
    if (checks.some((c) => c.status === "unknown"))
        return 2;
    return 0;
}
const list = (items, max = 5) => items.length > max ? `${items.slice(0, max).join(", ")} and ${items.length - max} more` : items.join(", ");
/**
 * `published`: the release exists, is published, and is immutable when the repository has
 * immutable releases (`immutableReleases`: null when the setting cannot be read).
 */
function checkPublished(tag, release, immutableReleases) {
    if (!release)
        return failed("published", `There is no published release of tag ${tag}.`);
    if (release.draft)
        return failed("published", `The release of ${tag} is a draft: it was never published.`);
    const at = release.publishedAt ? ` at ${release.publishedAt}` : "";
    if (release.immutable === true)
        return passed("published", `Published${at}; immutable.`);
    if ("enabled" in immutableReleases && immutableReleases.enabled) {
        return failed("published", `Published${at} but not immutable, although the repository has immutable releases: its assets and tag could have been changed after publication.`);
    }
    const why = "enabled" in immutableReleases
        ? "the repository does not have immutable releases, so the checks below compare its assets with the manifest"
        : immutableReleases.problem;
    return passed("published", `Published${at}; not immutable (${why}).`);
}
/** `commit`: the tag points to the commit the manifest names. */
function checkCommit(manifest, tag, tagCommit) {
    if (manifest.tag !== tag) {
        return failed("commit", `The manifest is for tag ${manifest.tag}, not ${tag}.`);
    }
    if (!tagCommit)
        return failed("commit", `The tag ${tag} does not exist in the repository.`);
    if (tagCommit.toLowerCase() !== manifest.commit.toLowerCase()) {
        return failed("commit", `The tag ${tag} points to ${tagCommit.slice(0, 12)}, but the manifest says the release is ${manifest.commit.slice(0, 12)}: the tag was moved after the release.`);
    }
    return passed("commit", `The tag ${tag} points to ${manifest.commit.slice(0, 12)}, as the manifest says.`);
}
/** `manifest`: release-manifest.json is there and valid against the shipped schema. */
function readManifest(text, expected) {
    if (text === null) {
        return {
            manifest: null,
            check: failed("manifest", `The release has no ${RELEASE_MANIFEST_ASSET}: nothing records what it holds or who authorised it.`),
        };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        return {
            manifest: null,
            check: failed("manifest", `${RELEASE_MANIFEST_ASSET} is not JSON: ${e.message}.`),
        };
    }
    const validate = manifestValidator_generated;
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
        return {
            manifest: null,
            check: failed("manifest", `${RELEASE_MANIFEST_ASSET} does not match the release manifest schema: ${list(problems, 3)}.`),
        };
    }
    const manifest = data;
    if (manifest.repository.toLowerCase() !== expected.repository.toLowerCase()) {
        return {
            manifest: null,
            check: failed("manifest", `${RELEASE_MANIFEST_ASSET} is the manifest of ${manifest.repository}, not of ${expected.repository}.`),
        };
    }
    if (manifest.manifestVersion < 2) {
        return {
            manifest,
            check: passed("manifest", `Valid, version ${manifest.manifestVersion}: it lacks the range, policy and environment protection version 2 records, so approvals cannot be re-checked.`),
        };
    }
    return {
        manifest,
        check: passed("manifest", `Valid (version ${manifest.manifestVersion}): ${manifest.artefacts.length} artefact${manifest.artefacts.length === 1 ? "" : "s"}, ${manifest.changeRequests.length} change request${manifest.changeRequests.length === 1 ? "" : "s"}.`),
    };
}
/**
 * `assets`: the release's assets are exactly the manifest's artefacts plus the manifest and
 * `SHA256SUMS` (none missing, none extra), each complete, with the manifest's size, and GitHub's
 * digest equal to the manifest's SHA-256. With local copies, each must match too.
 */
function checkAssets(manifest, assets, local, 
/** SHA-256s of assets verify downloaded (the manifest, SHA256SUMS): GitHub's digest must agree. */
downloaded) {
    const problems = [];
    const byName = new Map(assets.map((a) => [a.name, a]));
    const expected = new Set([
        ...manifest.artefacts.map((a) => a.name),
        RELEASE_MANIFEST_ASSET,
        CHECKSUMS_ASSET,
    ]);
    const missing = manifest.artefacts.filter((a) => !byName.has(a.name)).map((a) => a.name);
    if (!byName.has(CHECKSUMS_ASSET))
        missing.push(CHECKSUMS_ASSET);
    if (missing.length > 0)
        problems.push(`missing from the release: ${list(missing)}`);
    const extra = assets.filter((a) => !expected.has(a.name)).map((a) => a.name);
    if (extra.length > 0)
        problems.push(`on the release but not in the manifest: ${list(extra)}`);
    for (const a of assets) {
        if (a.state !== "uploaded")
            problems.push(`${a.name} is not completely uploaded (state ${a.state})`);
    }
    const noDigest = [];
    for (const artefact of manifest.artefacts) {
        const remote = byName.get(artefact.name);
        if (!remote)
            continue;
        if (remote.size !== artefact.size) {
            problems.push(`${artefact.name} is ${remote.size} bytes on the release, ${artefact.size} in the manifest: it was replaced`);
        }
        else if (!remote.digest) {
            noDigest.push(artefact.name);
        }
        else if (remote.digest.toLowerCase() !== `sha256:${artefact.sha256.toLowerCase()}`) {
            problems.push(`${artefact.name}'s SHA-256 on GitHub is ${remote.digest.replace(/^sha256:/i, "").slice(0, 16)}…, the manifest's ${artefact.sha256.slice(0, 16)}…: it was replaced`);
        }
        const copy = local?.get(artefact.name);
        if (local && copy === null)
            problems.push(`${artefact.name} is not in the local directory`);
        else if (copy && (copy.size !== artefact.size || copy.sha256 !== artefact.sha256.toLowerCase())) {
            problems.push(`the local ${artefact.name} (${copy.size} bytes, sha256 ${copy.sha256.slice(0, 16)}…) is not the manifest's (${artefact.size} bytes, ${artefact.sha256.slice(0, 16)}…)`);
        }
    }
    for (const [name, sha] of downloaded ?? []) {
        const remote = byName.get(name);
        if (remote?.digest && remote.digest.toLowerCase() !== `sha256:${sha.toLowerCase()}`) {
            problems.push(`the bytes of ${name} do not hash to GitHub's digest of it (${remote.digest.slice(0, 23)}…)`);
        }
    }
    if (noDigest.length > 0) {
        problems.push(`GitHub reports no digest for ${list(noDigest)}, so their content cannot be compared without downloading them: verify with --assets DIR`);
    }
    const localNote = local ? ` and ${local.size} local files hashed` : "";
    if (problems.length > 0) {
        const onlyDigests = problems.length === 1 && noDigest.length > 0 && !local;
        return (onlyDigests ? unknown : failed)("assets", `${problems.join("; ")}.`);
    }
    return passed("assets", `${manifest.artefacts.length} artefact${manifest.artefacts.length === 1 ? "" : "s"}, each with the manifest's size and SHA-256 (GitHub's digest${localNote}), and nothing else but ${RELEASE_MANIFEST_ASSET} and ${CHECKSUMS_ASSET}.`);
}
/** The lines of `SHA256SUMS` ("<hex>  <name>", or "<hex> *<name>" in binary mode). */
function parseChecksums(text) {
    const sums = new Map();
    const bad = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === "")
            continue;
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m || sums.has(m[2]))
            bad.push(line.slice(0, 80));
        else
            sums.set(m[2], m[1].toLowerCase());
    }
    return { sums, bad };
}
/**
 * `checksums`: `SHA256SUMS` lists every artefact of the manifest with the manifest's SHA-256, and
 * the manifest itself with the SHA-256 of its bytes, and nothing else.
 */
function checkChecksums(manifest, checksums, manifestSha256) {
    if (checksums === null)
        return failed("checksums", `The release has no ${CHECKSUMS_ASSET}.`);
    const { sums, bad } = parseChecksums(checksums);
    const problems = [];
    if (bad.length > 0)
        problems.push(`lines that are not "<sha256>  <name>" (or repeat a name): ${list(bad, 3)}`);
    const expected = new Map(manifest.artefacts.map((a) => [a.name, a.sha256.toLowerCase()]));
    expected.set(RELEASE_MANIFEST_ASSET, manifestSha256.toLowerCase());
    for (const [name, sha] of expected) {
        const listed = sums.get(name);
        if (listed === undefined)
            problems.push(`${name} is not listed`);
        else if (listed !== sha)
            problems.push(`the line for ${name} says ${listed.slice(0, 16)}…, ${name === RELEASE_MANIFEST_ASSET ? "the manifest's bytes hash to" : "the manifest says"} ${sha.slice(0, 16)}…`);
    }
    const extra = [...sums.keys()].filter((n) => !expected.has(n));
    if (extra.length > 0)
        problems.push(`it lists files the manifest does not: ${list(extra)}`);
    if (problems.length > 0)
        return failed("checksums", `${CHECKSUMS_ASSET}: ${problems.join("; ")}.`);
    return passed("checksums", `${CHECKSUMS_ASSET} lists the ${expected.size} files of the manifest with its SHA-256s, and the manifest with the SHA-256 of its bytes.`);
}

// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var errors = __webpack_require__(663);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../packages/github/src/releaseAssets.ts
/**
 * Release assets: hashing files and uploading them to a release, streamed from disk.
 *
 * Files never sit whole in memory: the SHA-256 is computed from a read stream, and each upload
 * attempt pipes a fresh read stream into the request, with backpressure and an explicit
 * Content-Length. A failed attempt is retried; an asset the failed attempt left behind half
 * uploaded (state other than `uploaded`) is deleted first. What GitHub stored is checked against
 * our own SHA-256 through the asset's `digest`.
 */




/** GitHub refuses release assets of 2 GiB and more. */
const MAX_ASSET_BYTES = (/* unused pure expression or super */ null && (2 * 1024 ** 3 - 1));
/** SHA-256 and size of a file, read as a stream (constant memory, any size). */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    let size = 0;
    // one buffer, read into again and again: no garbage, so memory stays flat for any file size
    const buffer = Buffer.allocUnsafe(CHUNK);
    const file = await (0,promises_.open)(path, "r");
    try {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
    }
    finally {
        await file.close();
    }
    return { size, sha256: hash.digest("hex") };
}
const CHUNK = 256 * 1024;
/**
 * Writes a file into a request with two buffers taking turns: one is read from disk while the
 * other is being sent, and a buffer is reused only once the socket has taken it. Memory stays at
 * two chunks whatever the file size (a read stream allocates a new chunk each time and leaves
 * them to the garbage collector, which lets a 2 GiB upload grow the process by tens of MB).
 */
async function sendFile(path, req) {
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    const file = await open(path, "r");
    let inFlight = Promise.resolve();
    try {
        for (let turn = 0;; turn++) {
            const buffer = buffers[turn % 2];
            const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
            await inFlight; // the other buffer has been handed to the socket
            if (bytesRead === 0)
                break;
            inFlight = new Promise((resolve, reject) => req.write(buffer.subarray(0, bytesRead), (e) => (e ? reject(e) : resolve())));
        }
        await inFlight;
    }
    finally {
        await file.close();
    }
    await new Promise((resolve) => req.end(resolve));
}
/** The asset for generated text (SHA256SUMS, the manifest, the full notes). */
function textAsset(name, text, contentType) {
    const content = Buffer.from(text, "utf8");
    return {
        name,
        size: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        contentType,
        content,
    };
}
/** A file asset, hashed from disk. */
async function fileAsset(path, name) {
    const { size, sha256 } = await hashFile(path);
    return { name, path, size, sha256, contentType: contentTypeOf(name) };
}
const TYPES = (/* unused pure expression or super */ null && ([
    [/\.(tar\.gz|tgz)$/i, "application/gzip"],
    [/\.gz$/i, "application/gzip"],
    [/\.zip$/i, "application/zip"],
    [/\.tar$/i, "application/x-tar"],
    [/\.json$/i, "application/json"],
    [/\.(md|txt)$/i, "text/plain"],
    [/^SHA256SUMS$/, "text/plain"],
]));
function contentTypeOf(name) {
    return TYPES.find(([re]) => re.test(name))?.[1] ?? "application/octet-stream";
}
/** Whether GitHub's digest of an asset equals our SHA-256 (false when GitHub reports none). */
function digestMatches(remote, sha256) {
    return remote.digest?.toLowerCase() === `sha256:${sha256.toLowerCase()}`;
}
function isComplete(remote) {
    return remote.state === "uploaded";
}
/**
 * Uploads one asset, streamed, retrying failed attempts with a fresh stream. Before each retry the
 * release's assets are read again: an asset of that name left half uploaded is deleted, one that
 * did arrive complete with our digest is taken as the result.
 */
async function uploadAsset(client, asset, opts) {
    const attempts = opts.attempts ?? 4;
    const backoff = opts.backoffMs ?? client.backoffMs;
    const log = opts.log ?? (() => { });
    const base = opts.uploadUrl.replace(/\{[^}]*\}$/, "");
    const url = `${base}?name=${encodeURIComponent(asset.name)}`;
    const auth = (await client.octokit.auth());
    // GitHub may be silent a while after a large body, hashing it: four times the client's idle
    // timeout (2 minutes by default).
    const idleMs = opts.idleMs ?? client.transport.timeouts.idleMs * 4;
    let lastError;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            await new Promise((r) => setTimeout(r, backoff(attempt - 1)));
            const leftover = await findAsset(client, opts, asset.name);
            if (leftover && isComplete(leftover) && digestMatches(leftover, asset.sha256))
                return leftover;
            if (leftover && isComplete(leftover)) {
                // Complete with other bytes: not what a failed attempt of ours leaves, but another run's
                // upload. The caller decides (as when GitHub refuses the name: 422).
                throw new GitHubApiError({
                    status: 422,
                    route: `POST /repos/${opts.owner}/${opts.repo}/releases/${opts.releaseId}/assets?name=${asset.name}`,
                    apiMessage: `Validation Failed: an asset named ${asset.name} with other content is on the release (already_exists)`,
                });
            }
            if (leftover) {
                log(`Deleting ${asset.name} left half uploaded by the failed attempt.`);
                await deleteAsset(client, opts, leftover.id);
            }
        }
        try {
            const body = asset.content ?? { path: asset.path };
            const response = await post(client.transport, url, body, idleMs, {
                accept: "application/vnd.github+json",
                authorization: `token ${auth.token ?? ""}`,
                "content-type": asset.contentType,
                "content-length": String(asset.size),
                "user-agent": "gatehouse",
                "x-github-api-version": "2022-11-28",
            });
            const text = response.text;
            if (response.status === 201)
                return JSON.parse(text);
            const route = `POST /repos/${opts.owner}/${opts.repo}/releases/${opts.releaseId}/assets?name=${asset.name}`;
            const permission = response.headers["x-accepted-github-permissions"];
            if ((response.status === 403 || response.status === 404) && permission) {
                throw new PermissionError({
                    status: response.status,
                    route,
                    permission,
                    apiMessage: messageOf(text),
                });
            }
            const error = new GitHubApiError({
                status: response.status,
                route,
                apiMessage: messageOf(text),
                message: `GitHub answered ${response.status} to the upload of ${asset.name}: ${messageOf(text)}`,
            });
            if (response.status < 500 && response.status !== 429)
                throw error;
            lastError = error;
            log(`${error.message}; ${attempt < attempts ? "retrying" : "giving up"}.`);
        }
        catch (e) {
            if (e instanceof GitHubApiError && e.status < 500 && e.status !== 429)
                throw e;
            lastError = e;
            const reason = e instanceof NetworkError
                ? e.message
                : e instanceof Error
                    ? (e.cause?.message ?? e.message)
                    : String(e);
            const again = attempt < attempts && !(e instanceof NetworkError && !e.retryable);
            log(`The upload of ${asset.name} failed (${reason}); ${again ? "retrying" : "giving up"}.`);
            if (!again)
                break;
        }
    }
    const proxyHint = lastError instanceof NetworkError && lastError.proxyConfigured
        ? ` Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${lastError.target}.`
        : "";
    const tried = lastError instanceof NetworkError && !lastError.retryable ? "" : ` after ${attempts} attempts`;
    throw new Error(`Could not upload ${asset.name}${tried} (${lastError instanceof Error ? lastError.message : String(lastError)}).${proxyHint} Re-run the job: the release is kept as a draft and the upload resumes where it stopped.`);
}
/**
 * POSTs a body to GitHub: a file is sent chunk by chunk as the socket takes it (undici's fetch
 * reads a streamed body ahead of the socket and ends up holding the whole file in memory).
 */
function post(transport, url, body, idleMs, headers) {
    return new Promise((resolve, reject) => {
        let answered = false;
        const req = transport.open(new URL(url), { method: "POST", headers, idleMs }, (res) => {
            answered = true;
            const chunks = [];
            res.on("data", (d) => chunks.push(d));
            res.on("error", (e) => reject(requestFailure(req, e)));
            res.on("end", () => resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString("utf8"),
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v])),
            }));
        });
        req.on("error", (e) => {
            if (!answered)
                reject(requestFailure(req, e));
        });
        if (Buffer.isBuffer(body))
            req.end(body);
        else
            sendFile(body.path, req).catch((e) => {
                // an early answer (e.g. 422) may cut the body short: the answer is what counts
                if (!answered)
                    reject(e);
            });
    });
}
function messageOf(text) {
    try {
        const j = JSON.parse(text);
        const details = (j.errors ?? []).map((e) => [e.field, e.code].filter(Boolean).join(" ")).join(", ");
        return [j.message, details].filter(Boolean).join(": ");
    }
    catch {
        return text.slice(0, 200);
    }
}
/** The assets of a release (one request; a release holds at most 1,000 assets). */
async function listAssets(client, opts) {
    return client.paginate("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
        owner: opts.owner,
        repo: opts.repo,
        release_id: opts.releaseId,
        per_page: 100,
    });
}
async function findAsset(client, opts, name) {
    return (await listAssets(client, opts)).find((a) => a.name === name);
}
async function deleteAsset(client, opts, assetId) {
    await client.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        owner: opts.owner,
        repo: opts.repo,
        asset_id: assetId,
    });
}
/** The size limit check done before anything is written. */
async function fileSize(path) {
    const file = await open(path, "r");
    try {
        return (await file.stat()).size;
    }
    finally {
        await file.close();
    }
}
/**
 * The bytes of a small asset (the manifest, `SHA256SUMS`), through the API so private
 * repositories work: `Accept: application/octet-stream` (GitHub redirects to the file). An asset
 * larger than `maxBytes` is refused before it is read.
 */
/** Why an asset is not read, by its listed size: more than `maxBytes` is not a file Gatehouse wrote. */
function assetTooLarge(asset, maxBytes) {
    return asset.size > maxBytes
        ? `${asset.name} is ${asset.size} bytes, more than the ${maxBytes} Gatehouse reads of it: it is not a file Gatehouse wrote.`
        : undefined;
}
async function downloadAsset(client, repo, asset, maxBytes) {
    const tooLarge = assetTooLarge(asset, maxBytes);
    if (tooLarge)
        throw new Error(tooLarge);
    const { data } = await client.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        owner: repo.owner,
        repo: repo.repo,
        asset_id: asset.id,
        headers: { accept: "application/octet-stream" },
    });
    return typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
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
            const key = changeRequest_changeRequestKey({ repository, number });
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

;// CONCATENATED MODULE: ../../packages/release-process/src/environment.ts
/**
 * The `environment` input of the actions that read it through REST (freeze-window,
 * post-implementation-review, release-bundle) must name an environment of the repository. The
 * list is read whole (`actions: read`), so a name missing from it is missing — GitHub shows every
 * environment to a token that may list them, including those a deployment created.
 */


/** The environment input names no environment of the repository, or the list could not be read. */
class environment_EnvironmentError extends Error {
    name = "EnvironmentError";
}
/** What listing environments needs, as a workflow's `permissions:` names it. */
const ENVIRONMENTS_PERMISSION = "actions: read";
/** Plain words when the environments could not be listed: the permission to add, or what failed. */
function environment_environmentsUnreadable(e, environment, repository) {
    if (isRefusal(e)) {
        return `The token cannot list the environments of ${repository} to check that \`${environment}\` is one of them: add \`${ENVIRONMENTS_PERMISSION}\` to the job's \`permissions:\` and re-run.`;
    }
    return `Could not check that \`${environment}\` is an environment of ${repository}: ${describeError(e)}`;
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
        throw new environment_EnvironmentError(environment_environmentsUnreadable(e, environment, repository));
    }
    const found = matchEnvironment(environment, names);
    if (!found)
        throw new environment_EnvironmentError(unknownEnvironment(environment, names, repository));
    return found;
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
async function inBatches(items, n, fn) {
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
        const answers = await inBatches(pages, range_READS_AT_ONCE, async (page) => {
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
    const answers = await inBatches(batches, range_READS_AT_ONCE, async (batch) => {
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
        const answers = await inBatches(batches, range_READS_AT_ONCE, async (batch) => {
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
    await inBatches(withRenames, range_READS_AT_ONCE, async (number) => {
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
    await inBatches(read, range_READS_AT_ONCE, async (commit) => {
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

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/repositoryState.ts




const POLICY_PATH = ".github/gatehouse.yml";
/** The `policy-ref` input names nothing in the repository. */
class PolicyRefError extends Error {
}
const DEPLOYMENT_FRAGMENT = (/* unused pure expression or super */ null && (`fragment GatehouseDeployment on Deployment {
  commitOid createdAt creator { __typename login } latestStatus { state creator { __typename login } }
}`));
const query = (/* unused pure expression or super */ null && (`query GatehouseRepositoryState($owner: String!, $name: String!, $ref: String!, $policy: String!, $environment: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name }
    policyRef: object(expression: $ref) { oid }
    policy: object(expression: $policy) { ... on Blob { text isTruncated } }
    deployments(environments: [$environment], first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GatehouseDeployment }
    }
    latestRelease { tagName tagCommit { oid } }
    environment(name: $environment) { name }
    environments(first: 100) { totalCount nodes { name } }
  }
}
${DEPLOYMENT_FRAGMENT}`));
const moreDeploymentsQuery = (/* unused pure expression or super */ null && (`query GatehouseDeployments($owner: String!, $name: String!, $environment: String!, $cursor: String!) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], first: 100, after: $cursor, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { ...GatehouseDeployment }
    }
  }
}
${DEPLOYMENT_FRAGMENT}`));
const toRecords = (page) => (page?.nodes ?? []).map((d) => ({
    sha: d.commitOid,
    createdAt: d.createdAt,
    latestStatus: d.latestStatus?.state.toLowerCase() ?? null,
    creator: restLogin(d.creator),
    latestStatusCreator: restLogin(d.latestStatus?.creator ?? null),
}));
const nextCursor = (page) => page?.pageInfo?.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
/** The most deployments read looking for the last one the policy trusts: the first 50, then 20 pages of 100. */
const MAX_DEPLOYMENTS_READ = 2050;
/** The last trusted deployment is further back than MAX_DEPLOYMENTS_READ: the gate blocks with this. */
class DeploymentLimitError extends Error {
}
/**
 * Deployments older than those `readRepositoryState` answered, page after page of 100, until
 * `enough` says the records now hold what is looked for or the list ends. Past
 * MAX_DEPLOYMENTS_READ it throws a DeploymentLimitError naming the limit: a range chosen from
 * part of the list could start after commits that were never assessed.
 */
async function repositoryState_readOlderDeployments(client, repo, environment, state, enough) {
    const records = [...state.deployments];
    let cursor = state.moreDeployments;
    while (cursor && !enough(records)) {
        if (records.length >= MAX_DEPLOYMENTS_READ) {
            throw new DeploymentLimitError(`The newest ${MAX_DEPLOYMENTS_READ.toLocaleString("en-US")} deployments to ${environment} (limit MAX_DEPLOYMENTS_READ) hold none that a trusted identity created and marked successful, and there are more: the range cannot start from what ${environment} runs. Set the \`base\` input to the commit ${environment} runs now.`);
        }
        const answer = await client.graphql(moreDeploymentsQuery, { owner: repo.owner, name: repo.repo, environment, cursor });
        const page = answer.repository?.deployments;
        records.push(...toRecords(page));
        cursor = nextCursor(page);
    }
    return records;
}
/** A login as REST and the policy write it: GraphQL shows a bot's without its `[bot]` suffix. */
function restLogin(actor) {
    if (!actor)
        return null;
    return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
}
function stateVariables(repo, environment, policyRef, defaultBranch) {
    // By full name (`refs/heads/main`): no tag or other ref named like the branch can stand in.
    // Without a name from the event, `HEAD`: the repository's own default branch.
    const ref = policyRefName(policyRef, defaultBranch) ?? "HEAD";
    return { owner: repo.owner, name: repo.repo, ref, policy: `${ref}:${POLICY_PATH}`, environment };
}
// The query `index.ts` sent before the gate's code had loaded, for `readRepositoryState` to pick up.
let sentAhead;
/** Sends the first query ahead, while the rest of the gate loads; returns its promise. */
function prefetchRepositoryState(client, repo, environment, policyRef, defaultBranch) {
    const variables = stateVariables(repo, environment, policyRef, defaultBranch);
    const answer = client.graphql(query, variables);
    sentAhead = { key: JSON.stringify(variables), answer };
    return answer;
}
/**
 * Reads the policy from `policyRef` when given, else from the default branch (named by the event,
 * else `HEAD`, which is the default branch on GitHub). Throws when the repository cannot be read
 * (the gate turns that into a block). Uses the query sent ahead when it asked the same, and then
 * calls `usedSentAhead` so the request is still counted.
 */
async function repositoryState_readRepositoryState(client, repo, environment, policyRef, defaultBranch, usedSentAhead) {
    const variables = stateVariables(repo, environment, policyRef, defaultBranch);
    const { ref } = variables;
    let pending;
    if (sentAhead?.key === JSON.stringify(variables)) {
        pending = sentAhead.answer;
        sentAhead = undefined;
        usedSentAhead?.();
    }
    else {
        pending = client.graphql(query, variables);
    }
    let answer;
    try {
        answer = await pending;
    }
    catch (e) {
        // Listing environments needs `actions: read`: say so rather than name the other permissions.
        if (e instanceof GraphQLError &&
            e.errors.some((x) => (x.type === "FORBIDDEN" || x.type === "INSUFFICIENT_SCOPES") &&
                /^environments?$/.test(String(x.path?.[1] ?? "")))) {
            throw new EnvironmentError(environmentsUnreadable(e, environment, `${repo.owner}/${repo.repo}`));
        }
        throw e;
    }
    const r = answer.repository;
    if (!r)
        throw new Error(`The repository ${repo.owner}/${repo.repo} cannot be read with this token.`);
    if (!r.policyRef)
        throw new PolicyRefError(missingPolicyRef(policyRef, ref, `${repo.owner}/${repo.repo}`));
    const actualDefault = r.defaultBranchRef?.name;
    if (!policyRef.trim() && defaultBranch && actualDefault && actualDefault !== defaultBranch) {
        throw new PolicyRefError(`This run names \`${defaultBranch}\` as the default branch, but GitHub says it is \`${actualDefault}\`: the policy is read from the default branch only; re-run the workflow.`);
    }
    // A name that is not one of the repository's environments has no deployments: the range would
    // start elsewhere, and freezes scoped to the real name would not apply.
    if (!r.environment) {
        throw new EnvironmentError(unknownEnvironment(environment, r.environments.nodes.map((e) => e.name), `${repo.owner}/${repo.repo}`, r.environments.totalCount));
    }
    if (r.policy?.isTruncated) {
        throw new Error(`${POLICY_PATH} is too large for GitHub to return; keep it under 512 kB.`);
    }
    return {
        defaultBranch: r.defaultBranchRef?.name ?? null,
        policyText: r.policy?.text ?? null,
        policySource: `${POLICY_PATH}@${ref === "HEAD" ? `refs/heads/${actualDefault ?? "HEAD"}` : ref}`,
        deployments: toRecords(r.deployments),
        moreDeployments: nextCursor(r.deployments),
        latestRelease: r.latestRelease?.tagCommit
            ? { tag: r.latestRelease.tagName, sha: r.latestRelease.tagCommit.oid }
            : null,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/failures.ts
/**
 * How the gate says that something could not be read: a GateStop carries one plain sentence, naming
 * the permission to add when GitHub refused for lack of one.
 */




/** Everything change-gate needs, as the README says. */
const PERMISSIONS_LINE = "permissions: { contents: read, issues: write, pull-requests: read, deployments: read, actions: read }";
/** A reason to stop reading and block. */
class failures_GateStop extends Error {
}
/** Plain words for a failed read or write, naming the permission to add. */
function failures_explainFailure(e, what, permission) {
    if (e instanceof failures_GateStop ||
        e instanceof PolicyRefError ||
        e instanceof RangeLimitError ||
        e instanceof environment_EnvironmentError ||
        e instanceof DeploymentLimitError)
        return e.message;
    if ((0,errors/* isRefusal */.vu)(e)) {
        const detail = e instanceof errors/* GitHubApiError */.OS && e.apiMessage ? ` (GitHub: ${e.apiMessage})` : "";
        return `The token cannot ${what}${detail}: add \`${permission}\` to the job's \`permissions:\` — change-gate needs \`${PERMISSIONS_LINE}\`.`;
    }
    return `Could not ${what}: ${(0,errors/* describeError */.Uc)(e)}`;
}
async function failures_step(what, permission, fn, explain = failures_explainFailure) {
    try {
        return await fn();
    }
    catch (e) {
        throw new failures_GateStop(explain(e, what, permission));
    }
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

;// CONCATENATED MODULE: ../../packages/core/src/change/changeRequestAt.ts
const lower = (s) => s.toLowerCase();
function changeRequestAt(issue, instant) {
    const t = instant.getTime();
    const by = (iso) => Date.parse(iso) <= t;
    const notes = [];
    const comments = [];
    for (const comment of issue.comments) {
        if (!by(comment.createdAt))
            continue;
        if (!comment.editedAt || by(comment.editedAt)) {
            comments.push(comment);
            continue;
        }
        // Edited since: its text then is its last revision by then.
        const revisions = (comment.revisions ?? []).filter((r) => by(r.editedAt));
        const last = revisions.at(-1);
        if (!last) {
            notes.push(`a comment by ${comment.author ? `@${comment.author}` : "a deleted account"} was edited after it, and its text at the time cannot be read, so it is left out`);
            continue;
        }
        comments.push({
            ...comment,
            body: last.body ?? "",
            editedAt: revisions.length > 1 ? last.editedAt : null,
            editors: revisions.slice(1).map((r) => r.editor),
            revisions: revisions.length > 1 ? revisions : [],
        });
    }
    const labelEvents = issue.labelEvents.filter((e) => by(e.at));
    const named = new Map();
    for (const l of [...issue.labels, ...issue.labelEvents.map((e) => e.label)])
        if (!named.has(lower(l)))
            named.set(lower(l), l);
    const labels = [];
    for (const [key, label] of named) {
        const events = issue.labelEvents.filter((e) => lower(e.label) === key);
        const then = events.filter((e) => by(e.at)).at(-1);
        const next = events.find((e) => !by(e.at));
        const held = then
            ? then.action === "labeled"
            : next
                ? next.action === "unlabeled"
                : issue.labels.some((l) => lower(l) === key);
        if (held)
            labels.push(label);
    }
    const stateEvents = issue.stateEvents?.filter((e) => by(e.at));
    const lastState = stateEvents?.at(-1);
    const nextState = issue.stateEvents?.find((e) => !by(e.at));
    const state = lastState
        ? lastState.action === "closed"
            ? "closed"
            : "open"
        : nextState
            ? nextState.action === "closed"
                ? "open"
                : "closed"
            : issue.state;
    const deletedSince = (issue.commentDeletions ?? []).filter((d) => !by(d.at));
    for (const d of deletedSince) {
        notes.push(`a comment by ${d.author ? `@${d.author}` : "someone"} was deleted after it (by ${d.actor ? `@${d.actor}` : "someone"}), so what it said then cannot be read`);
    }
    if (issue.bodyEditedAt && !by(issue.bodyEditedAt)) {
        notes.push(`its description was edited after it (${issue.bodyEditedAt}): what was approved is no longer what it says, so approvals given before that edit do not count`);
    }
    return {
        issue: {
            ...issue,
            comments,
            labels,
            labelEvents,
            ...(stateEvents ? { stateEvents } : {}),
            ...(issue.commentDeletions ? { commentDeletions: issue.commentDeletions.filter((d) => by(d.at)) } : {}),
            state,
        },
        notes,
    };
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
function parseCommand(body) {
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
    if (parseCommand(body))
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
const approval_lower = (s) => (s ?? "").toLowerCase();
/** A login as GraphQL and REST both name it: a bot's `[bot]` suffix dropped. */
const identity = (s) => approval_lower(s).replace(/\[bot\]$/, "");
function resolveGroup(group, repository, teams) {
    const logins = new Set(group.users.map(approval_lower));
    const unreadable = [];
    for (const team of group.teams) {
        const key = teamKey(team, repository);
        const members = teams?.members[key];
        if (members)
            for (const m of members)
                logins.add(approval_lower(m));
        else
            unreadable.push(key);
    }
    return {
        has: (login) => logins.has(approval_lower(login)),
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
    if (!issue.labels.some((l) => approval_lower(l) === label))
        return null;
    let holder = null;
    for (const event of issue.labelEvents) {
        if (approval_lower(event.label) !== label)
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
        const command = parseCommand(comment.body);
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
        const own = revisions.filter((r) => approval_lower(r.editor) === approval_lower(author));
        const editedByOthers = revisions.filter((r) => approval_lower(r.editor) !== approval_lower(author));
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
            else if (parseCommand(revision.body)?.command === "reject") {
                const editor = revisions.find((r) => approval_lower(r.editor) !== approval_lower(author) && r.editedAt > revision.editedAt);
                history.rejections.push({
                    login: author,
                    at: new Date(revision.editedAt),
                    how: `\`/reject\` at ${describeTime(new Date(revision.editedAt))}${editor ? ` (since edited by ${editor.editor ? `@${editor.editor}` : "someone"}, which does not lift it)` : ""}`,
                    kind: "comment",
                });
            }
        }
        if (editedByOthers.length > 0 ||
            (revisions.length === 0 && comment.editors?.some((e) => approval_lower(e) !== approval_lower(author)))) {
            const other = editedByOthers[0]?.editor ?? comment.editors?.find((e) => approval_lower(e) !== approval_lower(author)) ?? null;
            const shown = command?.command ?? nearMiss;
            // A `/reject` of their own still stands (collected above): only what is not theirs is listed.
            const ownReject = own.some((r) => r.body !== null && parseCommand(r.body)?.command === "reject") ||
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
            push(history.withdrawals, approval_lower(author), at);
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
        if (!deletion.author || approval_lower(deletion.actor) === approval_lower(deletion.author))
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
        const label = approval_lower(event.label);
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
            push(history.rejectLabelRemovals, approval_lower(event.actor), new Date(event.at));
    }
    const rejectedLabel = issue.labels.some((l) => approval_lower(l) === changeLabels.rejected);
    if (rejectedLabel &&
        !issue.labelEvents.some((e) => approval_lower(e.label) === changeLabels.rejected && e.action === "labeled")) {
        history.problems.push(`it carries the \`${changeLabels.rejected}\` label but nobody can be seen applying it in the issue's timeline; an approver removes the label to clear it`);
    }
    for (const event of issue.labelEvents) {
        if (approval_lower(event.label) === changeLabels.rejected && event.action === "labeled" && !event.actor) {
            history.problems.push(`the \`${changeLabels.rejected}\` label was applied by an account that no longer exists; open a new change request`);
        }
        if (approval_lower(event.label) === changeLabels.rejected &&
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
    else if (issue.labels.some((l) => approval_lower(l) === changeLabels.approved)) {
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
    const key = approval_lower(rejection.login);
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
    const counted = new Set(approved.map(approval_lower));
    const byPerson = new Map();
    for (const d of discounted) {
        if (d.action !== "approve" || (d.login !== null && counted.has(approval_lower(d.login))))
            continue;
        byPerson.set(d.login === null ? "" : `@${approval_lower(d.login)}`, d);
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
    const crLabel = approval_lower(context.changeRequests.label);
    if (!issue.labels.some((l) => approval_lower(l) === crLabel)) {
        reasons.push(`the issue is not labelled \`${context.changeRequests.label}\`: open change requests with the change-request issue form`);
        return blocked();
    }
    const parsed = parseChangeRequest(issue.body, { timezone: context.timezone });
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
        ? fields.services.filter((s) => !template.services.some((t) => approval_lower(t) === approval_lower(s)))
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
        if (discounted.some((d) => d.action === "reject" && approval_lower(d.login) === approval_lower(r.login)))
            continue;
        discounted.push({ login: r.login, action: "reject", via: r.kind, why: "they are not an approver" });
    }
    // One line per approver: what the timeline shows first, else what is known otherwise; the latest.
    const shown = new Map();
    for (const r of standing) {
        const seen = shown.get(approval_lower(r.login));
        const better = !seen ||
            (seen.kind === "unknown" && r.kind !== "unknown") ||
            ((seen.kind === "unknown") === (r.kind === "unknown") && r.at.getTime() >= seen.at.getTime());
        if (better)
            shown.set(approval_lower(r.login), r);
    }
    const rejectedBy = [...shown.values()].map((r) => r.login);
    const rejectionNotes = [...shown.values()].map((r) => `@${r.login}: ${r.how}`);
    const rejected = new Set(rejectedBy.map(approval_lower));
    // A change request's life moves one way: implemented, failed, or closed after a deployment, it
    // authorises nothing more; closed and reopened, the approvals given before the close are spent.
    const spentBy = issue.labelEvents.find((e) => e.action === "labeled" &&
        (approval_lower(e.label) === changeLabels.implemented || approval_lower(e.label) === changeLabels.failed));
    const closes = (issue.stateEvents ?? []).filter((e) => e.action === "closed").map((e) => new Date(e.at));
    const lastClose = closes.at(-1) ?? null;
    const closedAfterDeployment = closes.find((c) => history.allowedAt.some((a) => a.getTime() < c.getTime()));
    const latest = new Map();
    for (const action of history.approvals)
        latest.set(approval_lower(action.login), action);
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
        if (approval_lower(login) === approval_lower(issue.author)) {
            discount("they opened this change request", `ask another ${approverKind}`);
            continue;
        }
        const authored = context.rangeAuthors?.get(approval_lower(login));
        if (authored) {
            discount(`they ${authored} in the deployed range`, `ask an ${approverKind} who did not shape the change`);
            continue;
        }
        if (rejected.has(approval_lower(login))) {
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
    approved.sort((a, b) => (latest.get(approval_lower(a))?.at.getTime() ?? 0) - (latest.get(approval_lower(b))?.at.getTime() ?? 0));
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
        const spentLabel = [changeLabels.implemented, changeLabels.failed].find((l) => issue.labels.some((x) => approval_lower(x) === l));
        if (spentLabel) {
            reasons.push(`it is already labelled \`${spentLabel}\` and cannot authorise a new deployment: open a new change request`);
        }
        else if (spentBy) {
            const removed = [...issue.labelEvents]
                .reverse()
                .find((e) => e.action === "unlabeled" && approval_lower(e.label) === approval_lower(spentBy.label));
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
            const action = latest.get(approval_lower(login));
            return { login, at: action.at.toISOString(), via: action.via };
        }),
        rejectedBy,
        rejections: standing.map((r) => ({ login: r.login, at: r.at.toISOString() })),
        discounted,
        reasons,
        fields,
    };
}

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

// EXTERNAL MODULE: ../../node_modules/.pnpm/cron-parser@5.10.5/node_modules/cron-parser/dist/index.js
var dist = __webpack_require__(5196);
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
function freezeTime_formatInstant(ms, zone) {
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
            const fields = dist.CronExpressionParser.parse(probe.join(" ")).fields;
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
        dist.CronExpressionParser.parse(parts.join(" "));
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

;// CONCATENATED MODULE: ../../packages/core/src/change/serviceBinding.ts




/** Files shown in a reason; the rest are counted. */
const SHOWN = 5;
const quoted = (text) => `'${text.length > 80 ? `${text.slice(0, 77)}…` : text}'`;
/** One reason per pull request or direct push with files outside its change requests' services. */
function serviceBindingReasons(input) {
    const reasons = [];
    const exempt = pathMatcher(input.exemptPaths);
    const servicesOf = new Map();
    const named = (link) => {
        const key = changeRequest_changeRequestKey(link);
        let names = servicesOf.get(key);
        if (!names) {
            const issue = input.changeRequests.get(key);
            const parsed = issue ? parseChangeRequest(issue.body, { timezone: input.timezone }) : null;
            names = parsed?.fields?.services ?? [];
            servicesOf.set(key, names);
        }
        return names;
    };
    for (const unit of input.units) {
        const links = input.coveringLinks(unit);
        if (links.length === 0)
            continue;
        const name = unit.kind === "pull-request"
            ? `PR #${unit.pullRequest.number} ${quoted(unit.pullRequest.title)}`
            : `Commit ${unit.commit.sha.slice(0, 7)} ${quoted(commitSubject(unit.commit.message))}`;
        const files = unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;
        const refs = links.map((l) => changeRequest_formatChangeRequestRef(l, input.repository));
        if (!files) {
            reasons.push(`${name}: its files cannot be read whole, so change-gate cannot tell whether they belong to the services of ${refs.join(", ")} (\`change-requests.bind-services\`) — deploy it in smaller pull requests.`);
            continue;
        }
        const serviceNames = [...new Set(links.flatMap(named))];
        const globs = serviceNames.flatMap((s) => findService(input.services, s)?.paths ?? []);
        const inService = pathMatcher(globs);
        const outside = files.filter((f) => !exempt(f) && !(globs.length > 0 && inService(f)));
        if (outside.length === 0)
            continue;
        const shown = outside.slice(0, SHOWN).map((f) => `\`${f}\``);
        const more = outside.length > SHOWN ? ` and ${outside.length - SHOWN} more` : "";
        const theirs = serviceNames.length
            ? `the services ${refs.join(", ")} name${links.length === 1 ? "s" : ""} (${serviceNames.join(", ")})`
            : `any service: ${refs.join(", ")} name${links.length === 1 ? "s" : ""} none the policy lists`;
        reasons.push(`${name} changes files outside ${theirs}: ${shown.join(", ")}${more} — with \`change-requests.bind-services\` a change request covers only its services' code. Link a change request for the services these files belong to (or add them to "Services affected"), or list the paths under the right service in the policy.`);
    }
    return reasons;
}

;// CONCATENATED MODULE: ../../packages/core/src/change/deploymentDecision.ts
/**
 * The change gate's decision: is every change in the deployed range covered by an authorised
 * change request? Pure: everything it needs is read beforehand and passed in.
 */





const unitName = (unit) => unit.kind === "pull-request" ? `PR #${unit.pullRequest.number}` : `commit ${unit.commit.sha.slice(0, 7)}`;
const unitPaths = (unit) => unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;
const deploymentDecision_quoted = (text) => `'${text.length > 80 ? `${text.slice(0, 77)}…` : text}'`;
/**
 * Decides a deployment. Blocks when a change in the range has no change request (and is not
 * exempt, and no release change request covers it), or when any linked change request does not
 * authorise the deployment.
 */
function decideDeployment(input) {
    const { repository, policy } = input;
    const reasons = [];
    const units = changeUnits(input.commits, input.pullRequests, repository);
    const rangeRisk = assessRangeRisk(input.files, policy.risk, { totalFiles: input.totalFiles });
    // Which change requests are linked, and from where.
    const linked = new Map();
    const link = (l, from) => {
        const key = changeRequest_changeRequestKey(l);
        const entry = linked.get(key) ?? { link: l, from: [] };
        if (!entry.from.includes(from))
            entry.from.push(from);
        linked.set(key, entry);
    };
    if (input.releaseChangeRequest)
        link(input.releaseChangeRequest, "the change-request input");
    const pullRequests = [];
    const commits = [];
    const uncovered = [];
    for (const unit of units) {
        for (const l of unit.links)
            link(l, unitName(unit));
        const paths = unitPaths(unit);
        const exempt = unit.links.length === 0 && onlyExemptPaths(paths, policy.exemptPaths);
        const coveredByRelease = unit.links.length === 0 && !exempt && input.releaseChangeRequest !== undefined;
        const refs = unit.links.map((l) => `${l.repository}#${l.number}`);
        if (unit.links.length === 0 && !exempt && !coveredByRelease)
            uncovered.push(unit);
        const covered = unit.links.length > 0 || exempt || coveredByRelease;
        if (unit.kind === "pull-request") {
            const pr = unit.pullRequest;
            pullRequests.push({
                number: pr.number,
                title: pr.title,
                url: pr.url,
                author: pr.author,
                changeRequests: refs,
                exempt,
                coveredByRelease,
                covered,
            });
        }
        else {
            commits.push({
                sha: unit.commit.sha,
                subject: commitSubject(unit.commit.message),
                ...(unit.commit.url ? { url: unit.commit.url } : {}),
                changeRequests: refs,
                exempt,
                coveredByRelease,
                covered,
            });
        }
    }
    for (const unit of uncovered) {
        const bad = unit.unrecognised.length
            ? ` (its \`Change-Request:\` line names no issue: ${deploymentDecision_quoted(unit.unrecognised[0])})`
            : "";
        if (unit.kind === "pull-request" && unit.pullRequest.lateEdit) {
            reasons.push(`PR #${unit.pullRequest.number} ${deploymentDecision_quoted(unit.pullRequest.title)} links no change request${bad}: ${unit.pullRequest.lateEdit}, and a link added after the merge does not count — cover the deployment with an approved release change request (the \`change-request\` input), or revert and merge the change again with the link.`);
        }
        else if (unit.kind === "pull-request") {
            reasons.push(`PR #${unit.pullRequest.number} ${deploymentDecision_quoted(unit.pullRequest.title)} links no change request${bad} — add \`Change-Request: #N\` to its description.`);
        }
        else {
            reasons.push(`Commit ${unit.commit.sha.slice(0, 7)} ${deploymentDecision_quoted(commitSubject(unit.commit.message))} was pushed without a pull request and links no change request${bad} — add a \`Change-Request: #N\` trailer to its message, or deploy it through a pull request that links one.`);
        }
    }
    // Segregation of duties needs to know who shaped every commit: one nobody can be tied to blocks.
    const unidentified = unidentifiedAuthors(input.commits, input.pullRequests);
    if (unidentified.length > 0 && policy.approvals.unidentifiedAuthors === "block") {
        const shown = unidentified
            .slice(0, 3)
            .map((u) => `${u.commit} (${u.who.join(", ")})`)
            .join("; ");
        const more = unidentified.length > 3 ? `; and ${unidentified.length - 3} more commits` : "";
        reasons.push(`Segregation of duties cannot be checked: GitHub ties ${unidentified.length === 1 ? "someone who shaped this commit" : "people who shaped these commits"} to no account — ${shown}${more}. Whoever it is adds and verifies that e-mail address on their GitHub account (GitHub then ties the commits to them) and the job is re-run; or, if the policy accepts commits it cannot attribute, it sets \`approvals.unidentified-authors: report\`.`);
    }
    if (policy.changeRequests.bindServices) {
        reasons.push(...serviceBindingReasons({
            repository,
            units,
            coveringLinks: (unit) => unit.links.length > 0
                ? unit.links
                : input.releaseChangeRequest && !onlyExemptPaths(unitPaths(unit), policy.exemptPaths)
                    ? [input.releaseChangeRequest]
                    : [],
            changeRequests: input.changeRequests,
            services: policy.services ?? [],
            exemptPaths: policy.exemptPaths,
            timezone: input.timezone,
        }));
    }
    // Assess every linked change request.
    const context = {
        now: input.now,
        approvals: policy.approvals,
        changeRequests: policy.changeRequests,
        repository,
        timezone: input.timezone,
        ...(input.teams ? { teams: input.teams } : {}),
        rangeAuthors: rangeAuthors(input.commits, input.pullRequests),
        riskRaised: rangeRisk.raised,
    };
    const verdicts = [];
    const perChangeRequest = [];
    for (const [key, { link: l, from }] of linked) {
        const ref = changeRequest_formatChangeRequestRef(l, repository);
        if (!isChangeRequestRepository(l, policy.changeRequests, repository)) {
            const allowed = changeRequestRepositories(policy.changeRequests, repository).join(", ");
            const why = `${l.repository} is not a change-request repository (the policy's \`change-requests\` allows ${allowed})`;
            verdicts.push(notFound(l, from, why));
            reasons.push(`${from.join(", ")} link${from.length === 1 ? "s" : ""} ${ref}, but ${why}.`);
            continue;
        }
        const issue = input.changeRequests.get(key);
        if (!issue) {
            const why = "it does not exist, or the token cannot read it";
            verdicts.push(notFound(l, from, why));
            reasons.push(`Change request ${ref} (linked from ${from.join(", ")}): ${why}.`);
            continue;
        }
        const assessment = outsideTemplatePaths(assessChangeRequest(issue, context), policy.approvals, units.filter((u) => u.links.some((x) => changeRequest_changeRequestKey(x) === key) ||
            (u.links.length === 0 && from.includes("the change-request input"))));
        verdicts.push({ ...assessment, linkedFrom: from, found: true });
        if (!assessment.authorised)
            perChangeRequest.push({ ref, title: issue.title, reasons: assessment.reasons });
    }
    // The same objection for several change requests (e.g. unreadable teams) is said once.
    const grouped = new Map();
    for (const cr of perChangeRequest) {
        for (const reason of cr.reasons) {
            const list = grouped.get(reason) ?? [];
            list.push(`${cr.ref} ${deploymentDecision_quoted(cr.title)}`);
            grouped.set(reason, list);
        }
    }
    for (const [reason, crs] of grouped) {
        const who = crs.length === 1 ? `Change request ${crs[0]}` : `Change requests ${crs.join(", ")}`;
        reasons.push(`${who}: ${reason}.`);
    }
    const stated = verdicts.flatMap((v) => (v.risk ? [v.risk] : []));
    const base = highestRisk(stated);
    const risk = rangeRisk.raised ? raiseRisk(base) : base;
    return {
        decision: reasons.length === 0 ? "allow" : "block",
        risk,
        rangeRisk,
        changeRequests: verdicts,
        pullRequests,
        commits,
        unidentifiedAuthors: unidentified,
        reasons,
    };
}
/**
 * A pre-approved standard change covers only the paths its template lists: every file of every
 * change it covers must match them, and files that cannot be read are not known to match.
 */
function outsideTemplatePaths(assessment, approvals, covered) {
    if (!assessment.preApproved || !assessment.fields?.standardChange)
        return assessment;
    const template = standardTemplate(approvals, assessment.fields.standardChange);
    if (!template || template.paths.length === 0)
        return assessment;
    const inScope = pathMatcher(template.paths);
    const problems = [];
    for (const unit of covered) {
        const files = unit.kind === "pull-request" ? unit.pullRequest.files : unit.commit.files;
        if (!files) {
            problems.push(`the files ${unitName(unit)} changes cannot all be read, so they are not known to be within its standard change template "${template.name}" (${template.paths.join(", ")}); link a normal, approved change request instead`);
            continue;
        }
        const outside = files.filter((f) => !inScope(f));
        if (outside.length > 0) {
            problems.push(`its standard change template "${template.name}" covers only ${template.paths.join(", ")}, but ${unitName(unit)} changes ${outside.slice(0, 3).join(", ")}${outside.length > 3 ? ` and ${outside.length - 3} more` : ""}: link a normal, approved change request for that change`);
        }
    }
    if (problems.length === 0)
        return assessment;
    return { ...assessment, authorised: false, reasons: [...assessment.reasons, ...problems] };
}
function notFound(l, from, why) {
    return {
        ...unauthorised({ repository: l.repository, number: l.number, title: "", url: "" }, [why]),
        linkedFrom: from,
        found: false,
    };
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
    const nextStartsAt = next ? freezeTime_formatInstant(next.start, next.zone) : null;
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
    const endsAt = free === null ? null : freezeTime_formatInstant(free, freeZone);
    const name = blocking.window.name;
    const why = blocking.window.reason ? ` (${blocking.window.reason})` : "";
    const until = endsAt ? `Deployments can go from ${endsAt}.` : "No end to the freeze is scheduled.";
    const others = [...involved].filter((n) => n !== name);
    const chained = others.length ? ` It runs on into ${others.map((n) => `"${n}"`).join(", ")}.` : "";
    const byRunway = activeNow.length === 0;
    const reason = byRunway
        ? `Freeze window "${name}"${why} starts at ${freezeTime_formatInstant(blocking.start, blocking.zone)}, before the ${options.runwayMinutes}-minute runway of this deployment${env} would end.${chained} ${until}`
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
                start: freezeTime_formatInstant(period.start, w.zone),
                end: period.end === null ? null : freezeTime_formatInstant(period.end, w.zone),
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
        escapeMarkdown(o.window),
        readableInstant(o.start),
        readableInstant(o.end),
        escapeMarkdown(o.timezone),
        escapeMarkdown(environmentsLabel(o.environments)),
        escapeMarkdown(o.reason ?? ""),
    ]));
}

;// CONCATENATED MODULE: ../../packages/core/src/schedule/plannedChanges.ts
/**
 * Planned changes: the open change requests read as the forward schedule sees them — what each
 * changes, when, whether it is approved or still pending, and what keeps it off the schedule.
 *
 * Approval is read with the same rules as the gate (`assessChangeRequest`), so nobody moves a
 * change in or out of the schedule by a label or a comment the rules do not count: a change is
 * left out only when an approver rejected it, or it was implemented or closed (and cannot
 * authorise a deployment any more). Whatever cannot be told (a team's members unreadable) leaves
 * the change on the schedule as pending, where it still meets every conflict.
 */




const plannedChanges_lower = (s) => s.toLowerCase();
/** Problems with "Services affected": names the policy's `services` do not list (when it lists any). */
function unknownServiceProblems(services, policy) {
    if (policy.length === 0)
        return [];
    const names = policy.map((s) => s.name);
    const label = changeRequestFormFields.services.label;
    return services
        .filter((s) => !findService(policy, s))
        .map((s) => {
        const guess = closest(s, names);
        return `"${label}" names "${s}", which is not a service in the policy${guess ? `: did you mean "${guess}"?` : ` (it lists ${names.join(", ")})`}`;
    });
}
/** Reads one open change request for the schedule. */
function planChange(issue, context) {
    const base = {
        repository: issue.repository,
        number: issue.number,
        title: issue.title,
        url: issue.url,
        ...(issue.id ? { id: issue.id } : {}),
        labels: issue.labels,
    };
    const parsed = parseChangeRequest(issue.body, { timezone: context.timezone });
    if (!parsed.fields) {
        return {
            ...base,
            status: "unreadable",
            problems: parsed.problems.map((p) => `its form field "${p.field}" cannot be read: ${p.message}`),
            leftOut: "its form cannot be read",
        };
    }
    const fields = parsed.fields;
    const problems = unknownServiceProblems(fields.services, context.services);
    const assessment = assessChangeRequest(issue, context);
    if (assessment.rejectedBy.length > 0) {
        return {
            ...base,
            status: "rejected",
            fields,
            problems,
            leftOut: `rejected by ${assessment.rejectedBy.map((l) => `@${l}`).join(", ")}`,
        };
    }
    const implemented = issue.labels.some((l) => plannedChanges_lower(l) === changeLabels.implemented);
    if (!assessment.preApproved && (implemented || issue.state === "closed")) {
        return {
            ...base,
            status: "done",
            fields,
            problems,
            leftOut: implemented ? `labelled \`${changeLabels.implemented}\`` : "closed",
        };
    }
    const state = assessment.preApproved || assessment.approvers.length >= assessment.requiredApprovals
        ? "approved"
        : "pending";
    if (!fields.plannedStart || !fields.plannedEnd) {
        const missing = [
            fields.plannedStart ? "" : changeRequestFormFields.plannedStart.label,
            fields.plannedEnd ? "" : changeRequestFormFields.plannedEnd.label,
        ].filter(Boolean);
        problems.push(`it has no ${missing.map((m) => `"${m}"`).join(" or ")}, so it cannot be placed on the schedule or checked for conflicts`);
        return { ...base, status: state, fields, problems };
    }
    const change = {
        repository: issue.repository,
        number: issue.number,
        title: issue.title,
        url: issue.url,
        author: issue.author,
        assignees: issue.assignees,
        type: fields.type,
        risk: fields.risk,
        services: fields.services.map((s) => findService(context.services, s)?.name ?? s),
        start: fields.plannedStart.getTime(),
        end: fields.plannedEnd.getTime(),
        state,
        environment: null,
    };
    return { ...base, status: state, change, fields, problems };
}
/** Every open change request read for the schedule, in the order given. */
function planChanges(issues, context) {
    return issues.map((issue) => planChange(issue, context));
}

;// CONCATENATED MODULE: ../../packages/core/src/schedule/scheduleConflicts.ts
/**
 * Conflicts between planned changes, and between a planned change and the calendar:
 *
 * - overlap: two changes planned at the same time on the same service, or on services that depend
 *   on each other (directly or through others, in either direction);
 * - freeze: a planned window that crosses a freeze window for its environment (every environment
 *   when the change names none), unless it is an emergency change and the policy lets emergency
 *   changes pass freezes;
 * - maintenance: a planned window not wholly inside the maintenance windows of one of its services;
 * - assignee: the same person assigned to two changes planned at the same time.
 *
 * Windows are half-open, start inclusive and end exclusive: a change ending at 22:00 and one
 * starting at 22:00 do not overlap. Every conflict names its changes, the service, the window and
 * the interval, in words people read. Pure: the instants are passed in.
 */





const conflictKinds = ["overlap", "freeze", "maintenance", "assignee"];
const scheduleConflicts_DAY = 86_400_000;
/** How far ahead a maintenance window that fits a change is looked for. */
const SUGGESTION_DAYS = 366;
const SUGGESTION_PERIODS = 400;
const scheduleConflicts_lower = (s) => s.toLowerCase();
/**
 * Which services each service depends on, directly or through others: for each (lower-case) name,
 * the services it reaches, each with the path through the services in between.
 */
function dependencyPaths(services) {
    const direct = new Map();
    for (const s of services) {
        direct.set(scheduleConflicts_lower(s.name), s.dependsOn.map((d) => findService(services, d)?.name ?? d));
    }
    const reach = new Map();
    for (const s of services) {
        const found = new Map();
        // Breadth first: the shortest path to each service; cycles end where a service is seen again.
        const queue = (direct.get(scheduleConflicts_lower(s.name)) ?? []).map((name) => ({
            name,
            via: [],
        }));
        while (queue.length > 0) {
            const { name, via } = queue.shift();
            const key = scheduleConflicts_lower(name);
            if (key === scheduleConflicts_lower(s.name) || found.has(key))
                continue;
            found.set(key, via);
            for (const next of direct.get(key) ?? [])
                queue.push({ name: next, via: [...via, name] });
        }
        reach.set(scheduleConflicts_lower(s.name), found);
    }
    return reach;
}
function relation(a, b, reach, refA, refB) {
    const inB = new Set(b.services.map(scheduleConflicts_lower));
    const shared = a.services.filter((s) => inB.has(scheduleConflicts_lower(s)));
    if (shared.length > 0) {
        const names = shared.map((s) => `"${s}"`);
        const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
        return { service: shared[0], because: `${refA} and ${refB} both change ${list}` };
    }
    for (const sa of a.services) {
        for (const sb of b.services) {
            const aOnB = reach.get(scheduleConflicts_lower(sa))?.get(scheduleConflicts_lower(sb));
            if (aOnB) {
                const through = aOnB.length ? ` (through ${aOnB.map((x) => `"${x}"`).join(", ")})` : "";
                return {
                    service: sa,
                    because: `${refA} changes "${sa}", which depends on "${sb}"${through}, changed by ${refB}`,
                };
            }
            const bOnA = reach.get(scheduleConflicts_lower(sb))?.get(scheduleConflicts_lower(sa));
            if (bOnA) {
                const through = bOnA.length ? ` (through ${bOnA.map((x) => `"${x}"`).join(", ")})` : "";
                return {
                    service: sa,
                    because: `${refA} changes "${sa}", which "${sb}" depends on${through}, and ${refB} changes "${sb}"`,
                };
            }
        }
    }
    return null;
}
/** `Tue 2026-12-01 22:00 (UTC+01:00)` */
function when(ms, zone) {
    return readableInstant(freezeTime_formatInstant(ms, zone));
}
function interval(start, end, zone) {
    return `from ${when(start, zone)} to ${when(end, zone)}`;
}
const byStart = (a, b) => a.start - b.start || a.end - b.end || a.repository.localeCompare(b.repository) || a.number - b.number;
/** Overlap and assignee conflicts: a sweep over the changes in order of start. */
function pairConflicts(changes, services, options) {
    const reach = dependencyPaths(services);
    const ref = (c) => changeRequest_formatChangeRequestRef(c, options.home);
    const conflicts = [];
    let active = [];
    for (const b of [...changes].sort(byStart)) {
        active = active.filter((a) => a.end > b.start);
        for (const a of active) {
            const start = Math.max(a.start, b.start);
            const end = Math.min(a.end, b.end);
            if (end <= start)
                continue;
            const pair = [
                { repository: a.repository, number: a.number },
                { repository: b.repository, number: b.number },
            ];
            const span = () => interval(start, end, options.zone);
            const related = relation(a, b, reach, ref(a), ref(b));
            if (related) {
                conflicts.push({
                    kind: "overlap",
                    changes: pair,
                    service: related.service,
                    window: null,
                    start,
                    end,
                    message: `${related.because} ${span()}.`,
                });
            }
            const bAssignees = new Set(b.assignees.map(scheduleConflicts_lower));
            const both = a.assignees.filter((x) => bAssignees.has(scheduleConflicts_lower(x)));
            if (both.length > 0) {
                const who = both.map((x) => `@${x}`);
                const names = who.length === 1 ? who[0] : `${who.slice(0, -1).join(", ")} and ${who.at(-1)}`;
                conflicts.push({
                    kind: "assignee",
                    changes: pair,
                    service: null,
                    window: null,
                    start,
                    end,
                    message: `${names} ${both.length === 1 ? "is" : "are"} assigned to both ${ref(a)} and ${ref(b)}, which overlap ${span()}.`,
                });
            }
        }
        active.push(b);
    }
    return conflicts;
}
function freezeConflicts(change, freeze, options) {
    if (change.type === "emergency" && freeze.allowEmergency)
        return [];
    const conflicts = [];
    const ref = changeRequest_formatChangeRequestRef(change, options.home);
    for (const w of applicableWindows(freeze, change.environment)) {
        for (const p of periodsBetween(w, change.start, change.end)) {
            const start = Math.max(p.start, change.start);
            const end = Math.min(p.end ?? change.end, change.end);
            if (end <= start)
                continue;
            const envs = w.window.environments?.length ? ` for ${w.window.environments.join(", ")}` : "";
            const why = w.window.reason ? ` (${w.window.reason})` : "";
            conflicts.push({
                kind: "freeze",
                changes: [{ repository: change.repository, number: change.number }],
                service: null,
                window: w.window.name,
                start,
                end,
                message: `${ref} is planned inside the freeze "${w.window.name}"${envs}${why} ${interval(start, end, options.zone)}.`,
            });
        }
    }
    return conflicts;
}
/** The stretches of [start, end) that no period covers. */
function uncovered(start, end, periods) {
    const gaps = [];
    let t = start;
    for (const p of [...periods].sort((x, y) => x.start - y.start)) {
        if (p.start > t)
            gaps.push([t, Math.min(p.start, end)]);
        t = Math.max(t, p.end ?? end);
        if (t >= end)
            break;
    }
    if (t < end)
        gaps.push([t, end]);
    return gaps.filter(([a, b]) => b > a);
}
/** The first period of these windows, starting at or after `from`, long enough for `duration`. */
function firstFit(windows, from, duration) {
    let best = null;
    for (const w of windows) {
        for (const p of periodsBetween(w, from, from + SUGGESTION_DAYS * scheduleConflicts_DAY, SUGGESTION_PERIODS)) {
            if (p.start < from)
                continue;
            if (p.end !== null && p.end - p.start < duration)
                continue;
            if (!best || p.start < best.start)
                best = { window: w.window.name, start: p.start, zone: w.zone };
            break;
        }
    }
    return best;
}
function maintenanceConflicts(change, policy, options) {
    const conflicts = [];
    const ref = changeRequest_formatChangeRequestRef(change, options.home);
    for (const name of change.services) {
        const service = findService(policy.services, name);
        if (!service || service.maintenanceWindows.length === 0)
            continue;
        const windows = service.maintenanceWindows
            .filter((w) => windowAppliesTo(w, change.environment))
            .map((w) => compileWindow(w, windowZone(w, policy.freeze)));
        if (windows.length === 0)
            continue;
        const periods = windows.flatMap((w) => periodsBetween(w, change.start, change.end));
        const gaps = uncovered(change.start, change.end, periods);
        if (gaps.length === 0)
            continue;
        const start = gaps[0][0];
        const end = gaps.at(-1)[1];
        const names = service.maintenanceWindows.map((w) => `"${w.name}"`).join(", ");
        const stretches = gaps.length > 1 ? ` (${gaps.length} stretches)` : "";
        const fit = firstFit(windows, change.start, change.end - change.start);
        const suggestion = fit
            ? ` The first of its maintenance windows long enough from the planned start: "${fit.window}" from ${when(fit.start, options.zone)}.`
            : ` None of its maintenance windows in the next ${SUGGESTION_DAYS} days is long enough for it.`;
        conflicts.push({
            kind: "maintenance",
            changes: [{ repository: change.repository, number: change.number }],
            service: service.name,
            window: fit?.window ?? null,
            start,
            end,
            message: `${ref} is planned outside the maintenance windows of "${service.name}" (${names}) ${interval(start, end, options.zone)}${stretches}.${suggestion}`,
        });
    }
    return conflicts;
}
const kindOrder = (k) => conflictKinds.indexOf(k);
/** Every conflict among the changes and with the calendar, in order of start. */
function findConflicts(changes, policy, options) {
    const conflicts = [
        ...pairConflicts(changes, policy.services, options),
        ...changes.flatMap((c) => freezeConflicts(c, policy.freeze, options)),
        ...changes.flatMap((c) => maintenanceConflicts(c, policy, options)),
    ];
    return conflicts.sort((a, b) => a.start - b.start ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        a.changes[0].number - b.changes[0].number ||
        (a.changes[1]?.number ?? 0) - (b.changes[1]?.number ?? 0));
}
/** Does the conflict involve this change request? */
function involves(conflict, link) {
    return conflict.changes.some((c) => c.number === link.number && scheduleConflicts_lower(c.repository) === scheduleConflicts_lower(link.repository));
}

;// CONCATENATED MODULE: ../../packages/core/src/schedule/changeSchedule.ts





const changeSchedule_DAY = 86_400_000;
/** The zone planned times without an offset are read in, and the schedule is shown in. */
function scheduleZone(policy) {
    return policy.changeRequests.timezone ?? policy.freeze.timezone ?? "UTC";
}
function buildChangeSchedule(issues, policy, options) {
    const zone = scheduleZone(policy);
    const now = options.now.getTime();
    const from = (options.from ?? options.now).getTime();
    const until = from + options.days * changeSchedule_DAY;
    const entries = planChanges(issues, {
        now: options.now,
        approvals: policy.approvals,
        changeRequests: policy.changeRequests,
        repository: options.repository,
        timezone: zone,
        services: policy.services,
        ...(options.teams ? { teams: options.teams } : {}),
    });
    const placed = entries.flatMap((e) => (e.change ? [e.change] : []));
    // Changes over before both now and the horizon's start are history, not conflicts.
    const current = placed.filter((c) => c.end > Math.min(now, from));
    const conflicts = findConflicts(current, policy, { zone, home: options.repository });
    const changes = current
        .filter((c) => c.start < until && c.end > from)
        .sort((a, b) => a.start - b.start || a.number - b.number);
    const freezes = freezeCalendar(policy.freeze, { from: new Date(from), days: options.days });
    return {
        repository: options.repository,
        zone,
        now,
        from,
        until,
        days: options.days,
        entries,
        changes,
        freezes,
        conflicts,
    };
}
/** The conflicts of one change request. */
function conflictsOf(schedule, link) {
    return schedule.conflicts.filter((c) => involves(c, link));
}
/** The schedule's entry for a change request, if it was read. */
function entryOf(schedule, link) {
    const key = changeRequestKey(link);
    return schedule.entries.find((e) => changeRequestKey(e) === key);
}
/** The schedule cut to its horizon, in the fixed JSON shape (`environments: []` is every environment). */
function scheduleJson(schedule) {
    const at = (ms) => formatInstant(ms, schedule.zone);
    return {
        changes: schedule.changes.map((c) => ({
            repository: c.repository,
            number: c.number,
            title: c.title,
            type: c.type,
            risk: c.risk,
            services: [...c.services],
            start: at(c.start),
            end: at(c.end),
            state: c.state,
        })),
        freezes: schedule.freezes.map((f) => ({
            name: f.window,
            start: at(f.startMs),
            end: f.endMs === null ? null : at(f.endMs),
            environments: f.environments ? [...f.environments] : [],
        })),
        conflicts: schedule.conflicts
            .filter((c) => c.start < schedule.until && c.end > schedule.from)
            .map((c) => ({
            kind: c.kind,
            changes: c.changes.map((x) => x.number),
            service: c.service,
            window: c.window,
            start: at(c.start),
            end: at(c.end),
            message: c.message,
        })),
    };
}
/**
 * `change-requests.block-on-conflict`: one reason for each change request of a deployment that
 * has an unresolved conflict in the schedule, naming the conflict and the fix.
 */
function scheduleConflictReasons(schedule, links) {
    return links.flatMap((link) => {
        const conflicts = conflictsOf(schedule, link);
        if (conflicts.length === 0)
            return [];
        const ref = changeRequest_formatChangeRequestRef(link, schedule.repository);
        const what = conflicts.map((c) => c.message.replace(/\.$/, "")).join("; ");
        return [
            `Change request ${ref} has ${conflicts.length === 1 ? "an unresolved conflict" : `${conflicts.length} unresolved conflicts`} in the forward schedule of change (\`change-requests.block-on-conflict\`): ${what}. Move its planned window, or agree with the change advisory board and change the other change, then re-run.`,
        ];
    });
}

;// CONCATENATED MODULE: ../../packages/github/src/openChangeRequests.ts


/** The most open change requests read in one repository; more fails the read, naming this limit. */
const MAX_OPEN_CHANGE_REQUESTS = 10_000;
/** Assignees read per issue (GitHub allows 10). */
const MAX_ASSIGNEES = 10;
class OpenChangeRequestLimitError extends Error {
}
const fields = `${issueFields}
  assignees(first: ${MAX_ASSIGNEES}) { nodes { login } }`;
/**
 * Reads the open issues labelled `label` in each repository, and the members of `teams`
 * ("org/slug"). `labels`: names whose node ids are wanted in each repository.
 */
async function readOpenChangeRequests(client, repositories, label, opts = {}) {
    let viewer = null;
    // Gatehouse's own comments are its records: their edits are not read (as in fetchChangeRequests).
    const needsEditors = (c) => Boolean(c.editedAt) && !isOwnComment(c, viewer) && (opts.editorsOf?.(c) ?? true);
    const unique = [...new Map(repositories.map((r) => [r.toLowerCase(), r])).values()];
    const reads = unique.map((repository) => {
        const [owner = "", name = ""] = repository.split("/", 2);
        return { owner, name, repository, after: null, before: null, byNumber: new Map(), done: false };
    });
    const teams = [...new Set((opts.teams ?? []).map((t) => t.toLowerCase()))];
    const wantedLabels = [...new Set(opts.labels ?? [])];
    const members = {};
    const problems = {};
    const labelIds = new Map();
    const continuations = [];
    let requests = 0;
    for (let round = 0; reads.some((r) => !r.done); round++) {
        const first = round === 0;
        const variables = { label: [label] };
        const decl = ["$label: [String!]"];
        const parts = [];
        reads.forEach((r, i) => {
            if (r.done)
                return;
            variables[`o${i}`] = r.owner;
            variables[`n${i}`] = r.name;
            decl.push(`$o${i}: String!`, `$n${i}: String!`);
            const order = "labels: $label, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }";
            let after = "";
            let before = "";
            if (r.after) {
                variables[`a${i}`] = r.after;
                decl.push(`$a${i}: String!`);
                after = `, after: $a${i}`;
            }
            if (r.before) {
                variables[`b${i}`] = r.before;
                decl.push(`$b${i}: String!`);
                before = `, before: $b${i}`;
            }
            const page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
            const labelFields = first
                ? wantedLabels.map((l, j) => `l${j}: label(name: ${JSON.stringify(l)}) { id name }`).join(" ")
                : "";
            parts.push(`r${i}: repository(owner: $o${i}, name: $n${i}) {
  head: issues(first: 100${after}, ${order}) { ${page} nodes { ${fields} } }
  tail: issues(last: 100${before}, ${order}) { ${page} nodes { ${fields} } }
  ${labelFields}
}`);
        });
        if (first) {
            // Who this token is: Gatehouse's own comments (its records) are the ones it wrote.
            parts.push("viewer { login }");
            teams.forEach((team, t) => {
                const [org = "", slug = ""] = team.split("/");
                variables[`to${t}`] = org;
                variables[`ts${t}`] = slug;
                decl.push(`$to${t}: String!`, `$ts${t}: String!`);
                parts.push(`t${t}: organization(login: $to${t}) { team(slug: $ts${t}) { members(first: 100, membership: ALL) { ...GatehouseMembers } } }`);
            });
        }
        const used = [
            fragments.comment,
            fragments.labelEvent,
            ...(first && teams.length ? [fragments.members] : []),
        ];
        const query = `query GatehouseOpenChangeRequests(${decl.join(", ")}) {\n${parts.join("\n")}\n}\n${used.join("\n")}`;
        let data;
        const teamErrors = new Map();
        try {
            data = await client.graphql(query, variables);
        }
        catch (e) {
            // A team the token cannot read is a problem of that team, never a guess; anything else fails.
            if (!(e instanceof errors/* GraphQLError */.eO) || !e.data)
                throw e;
            for (const error of e.errors) {
                const root = String(error.path?.[0] ?? "");
                if (!/^t\d+$/.test(root))
                    throw e;
                teamErrors.set(root, error.message);
            }
            data = e.data;
        }
        requests++;
        reads.forEach((r, i) => {
            if (r.done)
                return;
            const repo = data[`r${i}`];
            if (!repo)
                throw new Error(`The repository ${r.repository} cannot be read with this token.`);
            if (first) {
                const ids = new Map();
                wantedLabels.forEach((_, j) => {
                    const l = repo[`l${j}`];
                    if (l)
                        ids.set(l.name.toLowerCase(), l.id);
                });
                labelIds.set(r.repository.toLowerCase(), ids);
            }
            const { head, tail } = repo;
            const met = tail.nodes.some((n) => r.byNumber.has(n.number) || head.nodes.some((h) => h.number === n.number));
            for (const n of [...head.nodes, ...tail.nodes])
                r.byNumber.set(n.number, n);
            r.after = head.pageInfo.endCursor ?? r.after;
            r.before = tail.pageInfo.startCursor ?? r.before;
            // The two ends have met (or one ran out), or every open change request has been read.
            r.done =
                met ||
                    !head.pageInfo.hasNextPage ||
                    !tail.pageInfo.hasPreviousPage ||
                    r.byNumber.size >= Math.max(head.totalCount, tail.totalCount);
            if (!r.done && r.byNumber.size >= MAX_OPEN_CHANGE_REQUESTS) {
                throw new OpenChangeRequestLimitError(`${r.repository} has more than ${MAX_OPEN_CHANGE_REQUESTS.toLocaleString("en-US")} open issues labelled "${label}" (${head.totalCount.toLocaleString("en-US")}; MAX_OPEN_CHANGE_REQUESTS), more than Gatehouse reads for the schedule: close or implement the ones that are done.`);
            }
        });
        if (first) {
            viewer = data.viewer?.login ?? null;
            teams.forEach((team, t) => {
                const org = data[`t${t}`];
                const raw = org?.team?.members;
                if (!raw) {
                    const why = teamErrors.get(`t${t}`);
                    problems[team] = why
                        ? `GitHub answered: ${why}`
                        : "GitHub shows no such team to this token: check the name, or the token cannot read organisation membership";
                    return;
                }
                members[team] = raw.nodes.map((m) => m.login);
                if (raw.pageInfo.hasNextPage && raw.pageInfo.endCursor)
                    continuations.push({ kind: "members", target: team, cursor: raw.pageInfo.endCursor });
            });
        }
    }
    const issues = [];
    const issueByNode = new Map();
    for (const r of reads) {
        const sorted = [...r.byNumber.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number);
        for (const raw of sorted) {
            const issue = {
                ...toChangeRequestIssue(raw, r.repository, viewer),
                assignees: raw.assignees.nodes.map((a) => a.login),
            };
            issues.push(issue);
            issueByNode.set(raw.id, issue);
            continuations.push(...continuationsOf(raw));
        }
    }
    requests += await readFollowUps(client, issueByNode, continuations, members, needsEditors);
    return { issues, teams: { members, problems }, labelIds, requests };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/schedule/readSchedule.ts
/**
 * The forward schedule of change read from GitHub: every open change request of the policy's
 * change-request repositories (with the approver teams, so approvals count as the gate counts
 * them), placed and checked for conflicts by core's `buildChangeSchedule`. One reader for the
 * change-schedule action, `gatehouse schedule` and change-gate's `block-on-conflict`.
 */


async function readChangeSchedule(client, policy, options) {
    const read = await readOpenChangeRequests(client, changeRequestRepositories(policy.changeRequests, options.repository), policy.changeRequests.label, {
        teams: approverTeams(policy.approvals, options.repository),
        labels: options.labels ?? [],
        // Only an approval command's edits matter (who else wrote it), as in the gate.
        editorsOf: (c) => approvalCommand(c.body) !== null,
    });
    const schedule = buildChangeSchedule(read.issues, policy, {
        now: options.now,
        ...(options.from ? { from: options.from } : {}),
        days: options.days,
        repository: options.repository,
        teams: read.teams,
    });
    return { schedule, issues: read.issues, labelIds: read.labelIds, requests: read.requests };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/pullRequestEdits.ts
/**
 * A link added after the fact does not count: the descriptions of pull requests edited after their
 * merge are read as they were when merged, from their edit history — one aliased GraphQL query for
 * all of them, and none when no description was edited after its merge (the usual case). A history
 * is read newest first until its revision at the merge, 100 a request, every pull request still
 * looking in one query a round.
 */


/** Revisions read a request per pull request (GitHub's page limit), newest first. */
const EDITS_PAGE = 100;
/**
 * The most revisions of one description read looking for its text at the merge; past it the
 * description is not taken as evidence, naming the limit.
 */
const MAX_DESCRIPTION_EDITS = 1_000;
/** The pull requests with each late-edited description replaced by its text at the merge. */
async function descriptionsAtMerge(client, pullRequests) {
    const late = pullRequests.filter((pr) => editedAfterMerge(pr) && pr.id);
    if (late.length === 0)
        return pullRequests;
    const read = new Map(late.map((pr) => [pr, []]));
    const cut = new Set();
    let open = late.map((pr) => ({ pr }));
    while (open.length > 0) {
        const round = open;
        open = [];
        const variables = {};
        const decl = [];
        const fields = round.map(({ pr, after }, k) => {
            variables[`id${k}`] = pr.id;
            decl.push(`$id${k}: ID!`);
            if (after !== undefined) {
                variables[`c${k}`] = after;
                decl.push(`$c${k}: String!`);
            }
            const page = `first: ${EDITS_PAGE}${after !== undefined ? `, after: $c${k}` : ""}`;
            return `p${k}: node(id: $id${k}) { ... on PullRequest { userContentEdits(${page}) { pageInfo { hasNextPage endCursor } nodes { ${EDIT_FIELDS} } } } }`;
        });
        const data = await client.graphql(`query GatehouseDescriptions(${decl.join(", ")}) {\n${fields.join("\n")}\n}`, variables);
        round.forEach(({ pr }, k) => {
            const edits = data[`p${k}`]?.userContentEdits;
            const nodes = read.get(pr);
            nodes.push(...(edits?.nodes ?? []).filter((e) => e !== null));
            const merged = Date.parse(pr.mergedAt);
            const atMergeRead = nodes.some((e) => Date.parse(e.editedAt) <= merged);
            const cursor = edits?.pageInfo.endCursor;
            if (atMergeRead || !edits?.pageInfo.hasNextPage || !cursor)
                return;
            if (nodes.length >= MAX_DESCRIPTION_EDITS)
                cut.add(pr);
            else
                open.push({ pr, after: cursor });
        });
    }
    const limit = `it was edited more than ${MAX_DESCRIPTION_EDITS.toLocaleString("en-US")} times since (limit MAX_DESCRIPTION_EDITS)`;
    return pullRequests.map((pr) => read.has(pr) ? descriptionAtMerge(pr, toRevisions(read.get(pr)), cut.has(pr) ? limit : undefined) : pr);
}

;// CONCATENATED MODULE: ../../packages/release-process/src/assess/assessRange.ts
/**
 * The gate's assessment of a deployed range, written once: the pull requests of its commits (as
 * they were at their merge, with who shaped them), the files where they matter, the change
 * requests and approver teams, and core's decision. change-gate runs it at GitHub's time on the
 * range it chose; `gatehouse verify` runs it on the range a release's manifest records, at the
 * release's instant. Whatever cannot be read stops it with a GateStop saying why.
 */







async function assessRange_assessRange(request) {
    const { client, repo, environment, policy, range, now, scheduleConflicts } = request;
    const explain = request.explain ?? failures_explainFailure;
    const step = (what, permission, fn) => failures_step(what, permission, fn, explain);
    const repository = `${repo.owner}/${repo.repo}`;
    const timezone = policy.changeRequests.timezone ?? policy.freeze.timezone ?? "UTC";
    // 3. Pull requests of the commits: aliased GraphQL queries of 100 commits, a few at a time.
    const commits = range.commits;
    let pullRequests = [];
    let changedFiles = new Map();
    let authorshipRead = Promise.resolve(undefined);
    if (commits.length > 0) {
        ({ pullRequests, changedFiles } = await step("read the pull requests of the deployed commits", "pull-requests: read", () => pullRequestsOfCommits(client, repo, commits)));
        // Descriptions edited after the merge are read as they were when merged (rare: one query).
        pullRequests = await step("read the edit history of pull request descriptions edited after their merge", "pull-requests: read", () => descriptionsAtMerge(client, pullRequests));
        // Who shaped every commit — the pull requests' own ones too, which a squash merge hides —
        // read while the files and change requests are read.
        const pulls = pullRequests;
        authorshipRead = readAuthorship(client, repo, commits, pulls).then(() => undefined, (e) => e);
    }
    // 4. The files. GitHub lists at most 300 of a comparison: beyond that the range's files are
    // those of its pull requests and direct pushes, read whole or the gate stops naming the limit.
    // Pull requests' and direct pushes' own files also tell which are exempt.
    let files = range.files;
    const direct = commits.filter((c) => c.pullRequests.length === 0);
    // A renamed file touches its old path too: moving a file out of a sensitive folder into an
    // exempt one is a change to the sensitive folder.
    const rangePaths = range.files.flatMap(pathsOf);
    const allExempt = range.filesComplete && onlyExemptPaths(rangePaths, policy.exemptPaths);
    const exemptions = policy.exemptPaths.length > 0;
    if (exemptions && allExempt)
        for (const c of direct)
            c.files = rangePaths;
    // A pull request's files matter when GitHub's list of the range's files is cut, or to tell
    // whether a pull request that links no change request is exempt.
    const linkedPulls = new Set();
    for (const c of commits) {
        if (scanChangeRequestLinks(c.message, repository).links.length > 0)
            for (const n of c.pullRequests)
                linkedPulls.add(n);
    }
    for (const p of pullRequests)
        if (scanChangeRequestLinks(p.body, repository).links.length > 0)
            linkedPulls.add(p.number);
    // change-requests.bind-services: every pull request's and direct push's files are checked
    // against the services of its change requests.
    const bind = policy.changeRequests.bindServices === true;
    const filesNeeded = !range.filesComplete || bind
        ? pullRequests
        : exemptions && !allExempt
            ? pullRequests.filter((p) => !linkedPulls.has(p.number))
            : [];
    const pullFiles = filesNeeded.length > 0
        ? await step("read the files of the deployed pull requests", "pull-requests: read", () => filesOfPullRequests(client, repo, filesNeeded, changedFiles))
        : undefined;
    const unlinked = direct.filter((c) => scanChangeRequestLinks(c.message, repository).links.length === 0);
    const needDirect = range.filesComplete && !bind ? (exemptions && !allExempt ? unlinked : []) : direct;
    const directFiles = needDirect.length > 0
        ? await step("read the files of commits pushed without a pull request", "contents: read", () => filesOfCommits(client, repo, needDirect))
        : undefined;
    if (!range.filesComplete) {
        const unread = [
            ...(pullFiles?.incomplete ?? []).map((n) => `pull request #${n}`),
            ...(directFiles?.unread ?? []).map((c) => `commit ${c.sha.slice(0, 7)}`),
        ];
        if (unread.length > 0) {
            throw new failures_GateStop(`The deployed range changes more than ${range.files.length} files (GitHub lists no more in a comparison), and the files of ${unread.length > 3 ? `${unread.slice(0, 3).join(", ")} and ${unread.length - 3} more` : unread.join(", ")} cannot be read whole (GitHub lists at most 3,000 of a pull request and change-gate reads at most ${MAX_DIRECT_FILE_READS} direct pushes): change-gate cannot tell whether the range touches sensitive paths. Deploy it in smaller steps.`);
        }
        const gathered = mergeChangedFiles([
            ...(pullFiles?.files.values() ?? []),
            ...(directFiles?.files.values() ?? []),
        ]);
        const known = new Set(gathered.map((f) => f.path));
        files = [...gathered, ...range.files.filter((f) => !known.has(f.path))];
    }
    // 5. The change requests, their timelines and the approver teams: one aliased GraphQL query.
    const links = new Map();
    const addLinks = (found) => {
        for (const l of found)
            if (isChangeRequestRepository(l, policy.changeRequests, repository))
                links.set(changeRequest_changeRequestKey(l), l);
    };
    const byNumber = new Map(pullRequests.map((p) => [p.number, p]));
    const rangeLinks = [];
    for (const c of commits) {
        rangeLinks.push(...scanChangeRequestLinks(c.message, repository).links);
        for (const n of c.pullRequests)
            rangeLinks.push(...scanChangeRequestLinks(byNumber.get(n)?.body, repository).links);
    }
    const releaseLink = typeof request.releaseLink === "function" ? request.releaseLink(rangeLinks) : request.releaseLink;
    if (releaseLink)
        addLinks([releaseLink]);
    addLinks(rangeLinks);
    const teams = approverTeams(policy.approvals, repository);
    let fetched = {
        issues: new Map(),
        teams: { members: {}, problems: {} },
    };
    // change-requests.block-on-conflict: the forward schedule of change, read at the same time.
    const scheduled = scheduleConflicts && links.size > 0 && policy.changeRequests.blockOnConflict
        ? step("read the open change requests for the schedule's conflicts", "issues: read", () => readChangeSchedule(client, policy, { repository, now, days: 1 }))
        : null;
    scheduled?.catch(() => { }); // awaited below; a failure is not left unhandled meanwhile
    if (links.size > 0) {
        fetched = await step("read the change requests", "issues: read", () => 
        // Every edited comment's history: a rejection someone edited away no longer looks like one.
        fetchChangeRequests(client, [...links.values()], teams));
    }
    const schedule = scheduled ? (await scheduled).schedule : null;
    if (request.asOf)
        fetched = { ...fetched, issues: request.asOf(fetched.issues) };
    // A standard change's template covers only its paths: the files of the changes linking one
    // are read (one more query, only when such a change request is linked).
    const scoped = new Set([...fetched.issues].flatMap(([key, issue]) => issue && pathScopedStandardChange(issue, policy.approvals) ? [key] : []));
    if (scoped.size > 0) {
        const units = changeUnits(commits, pullRequests, repository);
        const linksScoped = (links) => links.some((l) => scoped.has(changeRequest_changeRequestKey(l))) ||
            (links.length === 0 && releaseLink !== undefined && scoped.has(changeRequest_changeRequestKey(releaseLink)));
        const pulls = units.flatMap((u) => u.kind === "pull-request" && !u.pullRequest.files && linksScoped(u.links) ? [u.pullRequest] : []);
        const pushed = units.flatMap((u) => u.kind === "commit" && !u.commit.files && linksScoped(u.links) ? [u.commit] : []);
        if (pulls.length > 0) {
            await step("read the files of pull requests linking a standard change", "pull-requests: read", () => filesOfPullRequests(client, repo, pulls, changedFiles));
        }
        if (pushed.length > 0) {
            await step("read the files of commits linking a standard change", "contents: read", () => filesOfCommits(client, repo, pushed));
        }
    }
    const authorshipFailed = await authorshipRead;
    if (authorshipFailed !== undefined) {
        throw new failures_GateStop(explain(authorshipFailed, "read who wrote the commits of the deployed pull requests", "pull-requests: read"));
    }
    // 6. Decide.
    const decision = decideDeployment({
        repository,
        environment,
        now,
        policy,
        timezone,
        commits,
        pullRequests,
        files,
        ...(releaseLink ? { releaseChangeRequest: releaseLink } : {}),
        changeRequests: fetched.issues,
        teams: fetched.teams,
    });
    const conflictReasons = schedule ? scheduleConflictReasons(schedule, [...links.values()]) : [];
    return { decision, files, changeRequests: fetched.issues, teams: fetched.teams, conflictReasons };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/approvals.ts
/**
 * `approvals`: every change request of the release re-assessed with the gate's own reading and
 * rules (`assessRange`, core's `decideDeployment`) — on the range the manifest records, at the
 * release's instant, under the policy the default branch held then, with each change request as
 * it stood then. Nothing here re-states a rule: a rule the gate gains, verify applies.
 */





const NAME = "approvals";
const approvals_identity = (login) => (login ?? "").toLowerCase().replace(/\[bot\]$/, "");
/**
 * The change requests as they stood at `instant`. Gatehouse's own records on them are those its
 * workflow identity wrote (the policy's trusted deployers), whoever reads them now.
 */
function changeRequestsAt(issues, instant, recorders, notes) {
    const trusted = new Set(recorders.map(approvals_identity));
    const out = new Map();
    for (const [key, issue] of issues) {
        if (!issue) {
            out.set(key, null);
            continue;
        }
        const at = changeRequestAt(issue, instant);
        const recorder = issue.comments.find((c) => c.body.includes("<!-- gatehouse:") && trusted.has(approvals_identity(c.author)))?.author;
        out.set(key, { ...at.issue, ...(recorder ? { recorder } : {}) });
        for (const note of at.notes)
            notes.push(`${changeRequest_formatChangeRequestRef(issue, issue.repository)}: ${note}`);
    }
    return out;
}
async function checkApprovals(opts) {
    const { client, repo, manifest, instant, policy } = opts;
    const repository = `${repo.owner}/${repo.repo}`;
    if (manifest.manifestVersion < 2 || !manifest.range) {
        return unknown(NAME, "The manifest (version 1) records no range: the approvals cannot be re-assessed.");
    }
    const { base, head } = manifest.range;
    if (!base) {
        return unknown(NAME, "The manifest records no start of the deployed range (a first release without one), so the authors the approvals must be apart from cannot be told.");
    }
    const problems = [];
    if (head.toLowerCase() !== manifest.commit.toLowerCase()) {
        problems.push(`change-gate assessed the range up to ${head.slice(0, 12)}, but the release is ${manifest.commit.slice(0, 12)}: what lies between was not assessed`);
    }
    if (manifest.policy.blobSha !== policy.blobSha) {
        problems.push(`the manifest records the policy ${manifest.policy.blobSha ? `blob ${manifest.policy.blobSha.slice(0, 12)}` : "defaults"} (${manifest.policy.ref}), but the default branch held ${policy.blobSha ? `blob ${policy.blobSha.slice(0, 12)}` : "no policy file"} then: the release was assessed under another policy`);
    }
    const recorded = manifest.changeRequests.map((cr) => ({ repository: cr.repository, number: cr.number }));
    const notes = [];
    let assessed;
    let unlinked = [];
    try {
        const { range } = await (opts.compared ?? range_compareRange(client, repo, base, head));
        assessed = await assessRange_assessRange({
            client,
            repo,
            environment: manifest.environment ?? "",
            policy: policy.policy,
            range,
            now: instant,
            // The change request given to change-gate as its `change-request` input is the one the
            // manifest names that nothing in the range links.
            releaseLink: (linked) => {
                const keys = new Set(linked.map(changeRequest_changeRequestKey));
                unlinked = recorded.filter((l) => !keys.has(changeRequest_changeRequestKey(l)));
                return unlinked.length === 1 ? unlinked[0] : undefined;
            },
            asOf: (issues) => changeRequestsAt(issues, instant, deploymentRange_trustedDeployers(policy.policy.deployments), notes),
            explain: opts.explain,
        });
    }
    catch (e) {
        return unknown(NAME, e instanceof failures_GateStop ? e.message : opts.explain(e, "re-assess the deployed range", "contents: read"));
    }
    const { decision } = assessed;
    if (unlinked.length > 1) {
        problems.push(`the manifest names ${unlinked.map((l) => changeRequest_formatChangeRequestRef(l, repository)).join(", ")}, which nothing in the range links (change-gate takes one release change request)`);
    }
    problems.push(...decision.reasons.map((r) => r.replace(/\.$/, "")));
    const verdicts = new Map(decision.changeRequests.map((v) => [changeRequest_changeRequestKey(v), v]));
    for (const v of decision.changeRequests) {
        if (v.authorised)
            continue;
        for (const d of discountedNotNamed(v.discounted, decision.reasons))
            problems.push(`on ${changeRequest_formatChangeRequestRef(v, repository)}, ${discountedLine(d)}`);
    }
    // The manifest is the release's record of its change requests: one the range links that it leaves
    // out is evidence missing.
    const inManifest = new Set(recorded.map(changeRequest_changeRequestKey));
    const unrecorded = decision.changeRequests.filter((v) => v.found && !inManifest.has(changeRequest_changeRequestKey(v)));
    if (unrecorded.length > 0) {
        problems.push(`the range links ${unrecorded.map((v) => changeRequest_formatChangeRequestRef(v, repository)).join(", ")}, which the manifest does not record`);
    }
    for (const cr of manifest.changeRequests) {
        const verdict = verdicts.get(changeRequest_changeRequestKey(cr));
        if (!verdict?.found)
            continue;
        const counted = new Set(verdict.approvers.map((a) => a.toLowerCase()));
        for (const a of cr.approvals) {
            if (counted.has(a.login.toLowerCase()))
                continue;
            const why = verdict.discounted.find((d) => d.login?.toLowerCase() === a.login.toLowerCase())?.why;
            problems.push(`the manifest names @${a.login} as approving ${changeRequest_formatChangeRequestRef(cr, repository)}, but that approval did not count at the release${why ? `: ${why}` : ""}`);
        }
    }
    const context = `at ${instant.toISOString()}, under ${policy.description}${notes.length ? `; ${notes.join("; ")}` : ""}`;
    // Approvals by members of a team that cannot be read can be neither counted nor refused: verify
    // cannot tell (exit 2), rather than fail a release that may be right.
    const unreadTeams = Object.keys(assessed.teams.problems);
    if (problems.length > 0 && unreadTeams.length > 0) {
        return unknown(NAME, `Cannot tell: the members of approver team${unreadTeams.length === 1 ? "" : "s"} ${unreadTeams.map((t) => `@${t}`).join(", ")} cannot be read with this token, so their approvals can be neither counted nor refused — run verify with a token that can read organisation membership (a GitHub App installation token with the Members: read permission, or a token with the \`read:org\` scope). What was found meanwhile: ${[...new Set(problems)].join("; ")} (re-assessed ${context}).`);
    }
    if (problems.length > 0)
        return failed(NAME, `${[...new Set(problems)].join("; ")} (re-assessed ${context}).`);
    const list = decision.changeRequests
        .map((v) => `${changeRequest_formatChangeRequestRef(v, repository)} (${v.preApproved ? "pre-approved standard change" : v.approvers.map((a) => `@${a}`).join(", ")})`)
        .join(", ");
    return passed(NAME, `${decision.changeRequests.length} change request${decision.changeRequests.length === 1 ? "" : "s"} authorised ${context}: ${list || "none needed"}; the range ${base.slice(0, 7)}...${head.slice(0, 7)}, ${decision.pullRequests.length} pull request${decision.pullRequests.length === 1 ? "" : "s"} and ${decision.commits.length} direct push${decision.commits.length === 1 ? "" : "es"}, each covered.`);
}

;// CONCATENATED MODULE: ../../packages/github/src/environmentApprovals.ts

async function readEnvironmentApprovals(client, repo, runId) {
    if (!runId) {
        return {
            approvals: null,
            problem: "No workflow run id (GITHUB_RUN_ID), so the environment approvals could not be read.",
        };
    }
    try {
        const { data } = await client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals", { owner: repo.owner, repo: repo.repo, run_id: runId });
        const approvals = (Array.isArray(data) ? data : []).map((a) => ({
            user: a.user?.login ?? "ghost",
            state: a.state,
            environments: (a.environments ?? []).map((e) => e.name ?? "").filter(Boolean),
            ...(a.comment ? { comment: a.comment } : {}),
            ...((a.submitted_at ?? a.created_at) ? { at: a.submitted_at ?? a.created_at } : {}),
        }));
        return { approvals };
    }
    catch (e) {
        // PermissionError is a GitHubApiError too.
        if (e instanceof errors/* GitHubApiError */.OS && (e.status === 403 || e.status === 404)) {
            return {
                approvals: null,
                problem: `The environment approvals of run ${runId} could not be read (${e.status}): add \`actions: read\` to the job's \`permissions:\` to record them.`,
            };
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/environmentProtection.ts

/** The most branch name patterns read (one page): more fail the read naming the limit. */
const MAX_BRANCH_PATTERNS = 100;
/** A team reviewer as `org/slug`: GitHub names the organisation only in the team's web address. */
function teamLogin(reviewer, owner) {
    const slug = reviewer?.slug ?? "";
    const org = /\/orgs\/([^/]+)\/teams\//.exec(reviewer?.html_url ?? "")?.[1] ?? owner;
    return slug ? `${org}/${slug}` : "";
}
async function readEnvironmentProtection(client, repo, environment) {
    let data;
    try {
        ({ data } = await client.request("GET /repos/{owner}/{repo}/environments/{environment_name}", { owner: repo.owner, repo: repo.repo, environment_name: environment }));
    }
    catch (e) {
        if (e instanceof errors/* GitHubApiError */.OS && (e.status === 403 || e.status === 404)) {
            return {
                protection: null,
                problem: e.status === 404
                    ? `The environment ${environment} has no settings on GitHub (or the token cannot see them: add \`actions: read\` to the job's \`permissions:\`), so its protection was not recorded.`
                    : `The protection rules of ${environment} could not be read (403): add \`actions: read\` to the job's \`permissions:\` to record them.`,
            };
        }
        throw e;
    }
    const rules = data.protection_rules ?? [];
    const reviewersRule = rules.find((r) => r.type === "required_reviewers");
    const wait = rules.find((r) => r.type === "wait_timer");
    const policy = data.deployment_branch_policy ?? null;
    let patterns = [];
    if (policy?.custom_branch_policies) {
        const { data: list } = await client.request("GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", { owner: repo.owner, repo: repo.repo, environment_name: environment, per_page: MAX_BRANCH_PATTERNS });
        if (list.total_count > list.branch_policies.length) {
            return {
                protection: null,
                problem: `${environment} has ${list.total_count} deployment branch patterns, more than the ${MAX_BRANCH_PATTERNS} Gatehouse records (limit MAX_BRANCH_PATTERNS), so its protection was not recorded.`,
            };
        }
        patterns = list.branch_policies.map((p) => p.name).sort();
    }
    return {
        protection: {
            requiredReviewers: (reviewersRule?.reviewers ?? [])
                .map((r) => r.type === "Team"
                ? { type: "Team", login: teamLogin(r.reviewer, repo.owner) }
                : { type: "User", login: r.reviewer?.login ?? "" })
                .filter((r) => r.login !== ""),
            preventSelfReview: reviewersRule?.prevent_self_review === true,
            waitTimerMinutes: wait?.wait_timer ?? 0,
            branchPolicy: policy
                ? {
                    protectedBranches: policy.protected_branches,
                    customBranchPolicies: policy.custom_branch_policies,
                    patterns,
                }
                : null,
        },
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/environmentApprovals.ts
/**
 * `environment-approvals`: the approvals of the run that made the release, as GitHub keeps them,
 * against the manifest's — and against the environment's protection the manifest recorded: a
 * required reviewer approved, and not the person who started the run when self-review was
 * prevented. Settings that differ now are said, so that a change made for one release shows up.
 */


const environmentApprovals_NAME = "environment-approvals";
const key = (a) => `${a.user.toLowerCase()}|${a.state}|${[...a.environments]
    .map((e) => e.toLowerCase())
    .sort()
    .join(",")}`;
const show = (a) => `@${a.user} ${a.state} ${a.environments.join(", ") || "(no environment)"}`;
/** The differences between the protection recorded and the protection now, in words. */
function protectionDrift(then, now) {
    const out = [];
    const reviewers = (p) => p.requiredReviewers
        .map((r) => `${r.type === "Team" ? "team " : "@"}${r.login}`)
        .sort()
        .join(", ") || "none";
    if (reviewers(then) !== reviewers(now))
        out.push(`required reviewers ${reviewers(then)} then, ${reviewers(now)} now`);
    if (then.preventSelfReview !== now.preventSelfReview)
        out.push(`self-review ${then.preventSelfReview ? "prevented" : "allowed"} then, ${now.preventSelfReview ? "prevented" : "allowed"} now`);
    const branches = (p) => !p.branchPolicy
        ? "any branch"
        : p.branchPolicy.protectedBranches
            ? "protected branches"
            : p.branchPolicy.patterns.join(", ") || "no branch";
    if (branches(then) !== branches(now))
        out.push(`deployment branches ${branches(then)} then, ${branches(now)} now`);
    return out;
}
async function checkEnvironmentApprovals(client, repo, manifest, explain) {
    const runId = manifest.workflowRun.id;
    if (!runId)
        return unknown(environmentApprovals_NAME, "The manifest names no workflow run, so its approvals cannot be read.");
    const environment = manifest.environment;
    let approvals;
    let triggeredBy = null;
    let now = null;
    try {
        const [read, run, protection] = await Promise.all([
            readEnvironmentApprovals(client, repo, runId),
            client
                .request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { owner: repo.owner, repo: repo.repo, run_id: runId })
                .then(({ data }) => data)
                .catch((e) => {
                if (e instanceof errors/* GitHubApiError */.OS && e.status === 404)
                    return null;
                throw e;
            }),
            environment && manifest.environmentProtection
                ? readEnvironmentProtection(client, repo, environment)
                : Promise.resolve(null),
        ]);
        if (read.approvals === null)
            return unknown(environmentApprovals_NAME, read.problem);
        approvals = read.approvals;
        triggeredBy = run?.triggering_actor?.login ?? run?.actor?.login ?? null;
        now = protection?.protection ?? null;
    }
    catch (e) {
        return unknown(environmentApprovals_NAME, explain(e, `read the approvals of run ${runId}`));
    }
    const problems = [];
    const recorded = manifest.environmentApprovals;
    const onGitHub = new Set(approvals.map(key));
    const inManifest = new Set(recorded.map(key));
    const missing = recorded.filter((a) => !onGitHub.has(key(a)));
    const unrecorded = approvals.filter((a) => !inManifest.has(key(a)));
    if (missing.length > 0)
        problems.push(`the manifest records ${missing.map(show).join("; ")}, which GitHub does not have for run ${runId}`);
    if (unrecorded.length > 0)
        problems.push(`GitHub has ${unrecorded.map(show).join("; ")} for run ${runId}, which the manifest does not record`);
    const notes = [];
    const protection = manifest.environmentProtection;
    if (environment && protection && protection.requiredReviewers.length > 0) {
        const approved = approvals.filter((a) => a.state === "approved" && a.environments.some((e) => e.toLowerCase() === environment.toLowerCase()));
        const users = protection.requiredReviewers
            .filter((r) => r.type === "User")
            .map((r) => r.login.toLowerCase());
        const teams = protection.requiredReviewers.filter((r) => r.type === "Team");
        const byReviewer = approved.filter((a) => users.includes(a.user.toLowerCase()));
        if (approved.length === 0) {
            problems.push(`${environment} required a review (${protection.requiredReviewers.map((r) => r.login).join(", ")}), and nobody approved run ${runId}`);
        }
        else if (byReviewer.length === 0 && teams.length === 0) {
            problems.push(`${environment}'s required reviewers were ${users.map((u) => `@${u}`).join(", ")}, but run ${runId} was approved by ${approved.map((a) => `@${a.user}`).join(", ")}`);
        }
        else if (byReviewer.length === 0) {
            notes.push(`approved by ${approved.map((a) => `@${a.user}`).join(", ")}; membership of the reviewing teams is not re-checked`);
        }
        if (protection.preventSelfReview && triggeredBy) {
            const self = approved.filter((a) => a.user.toLowerCase() === triggeredBy.toLowerCase());
            if (self.length > 0)
                problems.push(`@${triggeredBy} started run ${runId} and approved it, although ${environment} prevented self-review`);
        }
    }
    if (protection && now) {
        const drift = protectionDrift(protection, now);
        if (drift.length > 0)
            notes.push(`${environment}'s protection has changed since: ${drift.join("; ")}`);
    }
    if (problems.length > 0)
        return failed(environmentApprovals_NAME, `${problems.join("; ")}.`);
    const who = approvals.length === 0 ? "no environment approvals" : approvals.map(show).join("; ");
    return passed(environmentApprovals_NAME, `Run ${runId}: ${who}, as the manifest records${environment && protection ? `, within ${environment}'s protection then` : ""}${notes.length ? `; ${notes.join("; ")}` : ""}.`);
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
    const ref = changeRequest_formatChangeRequestRef(link, repository);
    if (!policy.freeze.allowEmergency) {
        return refused(ref, [
            "the policy does not allow emergency overrides of a freeze: set `freeze.allow-emergency: true` in .github/gatehouse.yml on the default branch",
        ]);
    }
    const fetched = await check.fetch([link], approverTeams(policy.approvals, repository));
    const issue = fetched.issues.get(changeRequest_changeRequestKey(link)) ?? null;
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

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/freeze.ts
/**
 * `freeze`: the freeze decision the manifest records against the policy of the default branch at
 * the release's instant (core's `assessFreeze`, freeze-window's own rule), and an override against
 * freeze-window's own emergency check, with the change request as it stood then.
 */



const freeze_NAME = "freeze";
async function checkFreezeDecision(opts) {
    const { manifest, policy, instant } = opts;
    const environment = manifest.environment ?? undefined;
    const assessment = assessFreeze(policy.freeze, { ...(environment ? { environment } : {}), now: instant });
    const at = instant.toISOString();
    const recorded = manifest.freeze;
    if (!recorded) {
        if (assessment.frozen) {
            return failed(freeze_NAME, `The release was made at ${at}, inside the freeze "${assessment.window}" of the policy then, and the manifest records no freeze decision (nor an emergency override).`);
        }
        return passed(freeze_NAME, `No freeze decision recorded; the policy then had no freeze at ${at}.`);
    }
    if (recorded.frozen !== assessment.frozen) {
        return failed(freeze_NAME, recorded.frozen
            ? `The manifest records the freeze "${recorded.window}", but the policy then had no freeze at ${at}.`
            : `The manifest records no freeze, but at ${at} the policy then had the freeze "${assessment.window}" on.`);
    }
    if (!recorded.frozen)
        return passed(freeze_NAME, `Not frozen at ${at}, as the manifest records.`);
    if (recorded.window &&
        assessment.window &&
        recorded.window !== assessment.window &&
        !assessment.windows.includes(recorded.window)) {
        return failed(freeze_NAME, `The manifest records the freeze "${recorded.window}", the policy then "${assessment.window}".`);
    }
    if (!recorded.overriddenBy) {
        return failed(freeze_NAME, `The release was made during the freeze "${assessment.window}" and the manifest records no emergency override.`);
    }
    const override = await checkEmergencyOverride({
        input: recorded.overriddenBy,
        policy,
        repository: opts.repository,
        now: instant,
        fetch: opts.fetchAt,
    });
    if (!override.overridden) {
        return failed(freeze_NAME, `The freeze "${assessment.window}" was overridden by ${override.ref}, which could not override it then: ${override.reasons.join("; ")}.`);
    }
    return passed(freeze_NAME, `Frozen ("${assessment.window}") at ${at}, overridden by the approved emergency change ${override.ref} (${override.approvers.map((a) => `@${a}`).join(", ")}).`);
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(5931);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8293);
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

;// CONCATENATED MODULE: ../../packages/core/src/policy/sections/exemptPaths.ts

const exemptPathsSection = {
    key: "exempt-paths",
    property: "exemptPaths",
    schema: globListSchema('Globs of paths that need no change request (e.g. "docs/**", "**/*.md"): a pull request or commit touching only these is exempt.'),
    defaults: () => [],
    parse: (raw) => (raw ?? []).slice(),
    check: (value) => checkGlobs(value),
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
const validator_generated_schemaText = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"title\":\"Gatehouse policy\",\"description\":\"The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.\",\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"version\":{\"description\":\"Format version of this file. Optional; only 1 exists.\",\"type\":\"integer\",\"enum\":[1],\"default\":1},\"change-requests\":{\"type\":\"object\",\"description\":\"Where change requests (issues opened with the change-request form) live.\",\"additionalProperties\":false,\"properties\":{\"repository\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"The one repository (owner/repo) holding change requests. Default: the deployed repository.\"},\"repositories\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\"},\"uniqueItems\":true,\"description\":\"Several repositories (owner/repo) whose issues may be change requests.\"},\"label\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The label every change request carries. Default: change-request.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC.\"},\"bind-services\":{\"type\":\"boolean\",\"default\":false,\"description\":\"A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change.\"},\"block-on-conflict\":{\"type\":\"boolean\",\"default\":false,\"description\":\"change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes.\"}}},\"approvals\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Who approves change requests (with /approve or the change/approved label) and how many.\",\"properties\":{\"approvers\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Approvers of normal changes (the change advisory board).\",\"properties\":{\"users\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$\",\"description\":\"a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"GitHub logins of people (never a bot or an App).\"},\"teams\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).\"}}},\"emergency-approvers\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Approvers of emergency changes; one approval from them is enough.\",\"properties\":{\"users\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$\",\"description\":\"a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"GitHub logins of people (never a bot or an App).\"},\"teams\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change\"},\"uniqueItems\":true,\"description\":\"Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org).\"}}},\"quorum\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Distinct approvals needed by risk.\",\"properties\":{\"low\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a low-risk change needs. Default: 1.\"},\"medium\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a medium-risk change needs. Default: 1.\"},\"high\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":20,\"description\":\"Distinct approvals a high-risk change needs. Default: 2.\"}}},\"standard-changes\":{\"type\":\"array\",\"items\":{\"oneOf\":[{\"type\":\"string\",\"minLength\":1,\"description\":\"A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes.\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\"],\"description\":\"A standard change template and what it covers.\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The template's name, as the change request names it.\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"uniqueItems\":true,\"description\":\"Globs (e.g. \\\"package.json\\\", \\\"infra/tls/**\\\"): every file of every change linking a change request of this template must match one.\"},\"services\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"minItems\":1,\"uniqueItems\":true,\"description\":\"Services the template covers: every service the change request names must be one of these.\"}}}]},\"uniqueItems\":true,\"description\":\"Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only.\"},\"unidentified-authors\":{\"type\":\"string\",\"enum\":[\"block\",\"report\"],\"default\":\"block\",\"description\":\"A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there.\"}}},\"risk\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"What raises a deployment's risk one level above the highest risk of its change requests.\",\"properties\":{\"sensitive-paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs (e.g. \\\"infra/**\\\", \\\".github/workflows/**\\\"); a deployment touching any of them is one level riskier.\"},\"large-change\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"A deployment larger than this is one level riskier.\",\"properties\":{\"files\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Changed files above which a deployment is large.\"},\"lines\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Changed lines (additions + deletions) above which a deployment is large.\"}}}}},\"exempt-paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs of paths that need no change request (e.g. \\\"docs/**\\\", \\\"**/*.md\\\"): a pull request or commit touching only these is exempt.\"},\"freeze\":{\"type\":\"object\",\"description\":\"Freeze windows: when deployments are blocked.\",\"additionalProperties\":false,\"properties\":{\"timezone\":{\"type\":\"string\",\"default\":\"UTC\",\"description\":\"IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC.\"},\"allow-emergency\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Let an approved emergency change request override a freeze.\"},\"hold\":{\"type\":\"boolean\",\"default\":false,\"description\":\"For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step.\"},\"windows\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).\",\"required\":[\"name\"],\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Shown in job summaries, outputs and the calendar.\"},\"reason\":{\"type\":\"string\",\"description\":\"Why deployments are frozen; shown to whoever is blocked.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.\"},\"environments\":{\"description\":\"Environments this window applies to (default: all). Compared case-insensitively.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}}]},\"start\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \\\"0 18 * * FRI\\\". Quote it in YAML.\"},\"end\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron when the freeze ends (exclusive), e.g. \\\"0 6 * * MON\\\".\"},\"from\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.\"},\"to\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.\"}}},\"description\":\"The freeze windows.\"}}},\"services\":{\"type\":\"array\",\"description\":\"The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.\",\"items\":{\"type\":\"object\",\"required\":[\"name\"],\"additionalProperties\":false,\"description\":\"A service.\",\"properties\":{\"name\":{\"type\":\"string\",\"pattern\":\"^[^,\\\\n\\\\r]*[^,\\\\s][^,\\\\n\\\\r]*$\",\"description\":\"The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas).\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"description\":\"Globs of the repository paths that belong to the service (e.g. \\\"services/checkout/**\\\"). With `change-requests.bind-services`, a change request covers only pull requests touching its services' paths.\"},\"depends-on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[^,\\\\n\\\\r]*[^,\\\\s][^,\\\\n\\\\r]*$\"},\"uniqueItems\":true,\"description\":\"Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict.\"},\"maintenance-windows\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"description\":\"A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.\",\"required\":[\"name\"],\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Shown in job summaries, outputs and the calendar.\"},\"reason\":{\"type\":\"string\",\"description\":\"Why deployments are frozen; shown to whoever is blocked.\"},\"timezone\":{\"type\":\"string\",\"description\":\"IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`.\"},\"environments\":{\"description\":\"Environments this window applies to (default: all). Compared case-insensitively.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}}]},\"start\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \\\"0 18 * * FRI\\\". Quote it in YAML.\"},\"end\":{\"type\":\"string\",\"description\":\"Recurring: 5-field cron when the freeze ends (exclusive), e.g. \\\"0 6 * * MON\\\".\"},\"from\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00.\"},\"to\":{\"type\":\"string\",\"description\":\"One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00.\"}}},\"description\":\"When the service may be changed. A change planned outside them is a conflict. Absent: at any time.\"}}}},\"release\":{\"type\":\"object\",\"description\":\"How release-bundle versions and tags releases.\",\"additionalProperties\":false,\"properties\":{\"tag-prefix\":{\"type\":\"string\",\"maxLength\":50,\"description\":\"Text before the version in release tags (default \\\"v\\\": v1.4.0). The `tag-prefix` input of release-bundle wins over it.\"},\"initial-version\":{\"type\":\"string\",\"description\":\"Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable).\"}}},\"review\":{\"type\":\"object\",\"description\":\"Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.\",\"additionalProperties\":false,\"properties\":{\"repository\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$\",\"description\":\"owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository).\"},\"due-in-days\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":365,\"description\":\"Days from the deployment until the review is due (default 5).\"},\"labels\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":50},\"description\":\"Extra labels every review gets, e.g. team/payments.\"},\"assignees\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$\"},\"description\":\"Logins assigned to every review, besides the authors of its change requests.\"}}},\"deployments\":{\"type\":\"object\",\"description\":\"Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.\",\"additionalProperties\":false,\"properties\":{\"trusted-creators\":{\"type\":\"array\",\"uniqueItems\":true,\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\\\[bot\\\\])?$\"},\"description\":\"Logins whose deployments and success statuses count (bots with \\\"[bot]\\\", e.g. \\\"my-deployer[bot]\\\"). The list replaces the default, [\\\"github-actions[bot]\\\"] (the identity GitHub records for a job that uses an environment): list it too to keep it.\"}}},\"improvement\":{\"type\":\"object\",\"description\":\"Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.\",\"additionalProperties\":false,\"properties\":{\"earned-standard-changes\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":100,\"description\":\"A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10.\"},\"period\":{\"type\":\"string\",\"enum\":[\"week\",\"month\"],\"description\":\"The period each report covers: week (Monday to Monday, UTC) or month. Default week.\"},\"periods\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":52,\"description\":\"How many periods the trend shows, the reported one included. Default 8.\"}}}}}";
"use strict";
const validator_generated_validate = (/* unused pure expression or super */ null && (validator_generated_validate10));
/* harmony default export */ const validator_generated = (validator_generated_validate10);
const validator_generated_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Gatehouse policy", "description": "The policy file of Gatehouse, `.github/gatehouse.yml`, read from the default branch. Every key is optional; an absent key means its defaults.", "type": "object", "additionalProperties": false, "properties": { "version": { "description": "Format version of this file. Optional; only 1 exists.", "type": "integer", "enum": [1], "default": 1 }, "change-requests": { "type": "object", "description": "Where change requests (issues opened with the change-request form) live.", "additionalProperties": false, "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "The one repository (owner/repo) holding change requests. Default: the deployed repository." }, "repositories": { "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "uniqueItems": true, "description": "Several repositories (owner/repo) whose issues may be change requests." }, "label": { "type": "string", "minLength": 1, "description": "The label every change request carries. Default: change-request." }, "timezone": { "type": "string", "description": "IANA timezone for planned start/end written as `YYYY-MM-DD HH:MM`. Default: freeze.timezone, else UTC." }, "bind-services": { "type": "boolean", "default": false, "description": "A change request covers only pull requests and commits that touch the paths of the services it names (`services[].paths`): change-gate refuses it for any other change." }, "block-on-conflict": { "type": "boolean", "default": false, "description": "change-gate blocks a deployment whose change request has an unresolved conflict with the schedule: another open change on the same service or a dependent one at the same time, a freeze, a service's maintenance windows, or the same assignee on overlapping changes." } } }, "approvals": { "type": "object", "additionalProperties": false, "description": "Who approves change requests (with /approve or the change/approved label) and how many.", "properties": { "approvers": { "type": "object", "additionalProperties": false, "description": "Approvers of normal changes (the change advisory board).", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "description": "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "GitHub logins of people (never a bot or an App)." }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org)." } } }, "emergency-approvers": { "type": "object", "additionalProperties": false, "description": "Approvers of emergency changes; one approval from them is enough.", "properties": { "users": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "description": "a person's GitHub login; bots (`name[bot]`) and GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "GitHub logins of people (never a bot or an App)." }, "teams": { "type": "array", "items": { "type": "string", "pattern": "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a team written org/team-slug; GitHub Apps (`app/name`) can never approve a change" }, "uniqueItems": true, "description": "Teams written org/team-slug. Reading their members needs a token that can read organisation membership (a GitHub App token with Members: read, or read:org)." } } }, "quorum": { "type": "object", "additionalProperties": false, "description": "Distinct approvals needed by risk.", "properties": { "low": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a low-risk change needs. Default: 1." }, "medium": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a medium-risk change needs. Default: 1." }, "high": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Distinct approvals a high-risk change needs. Default: 2." } } }, "standard-changes": { "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "A template name alone covers nothing: give it `paths` or `services` (the object form) to pre-approve changes." }, { "type": "object", "additionalProperties": false, "required": ["name"], "description": "A standard change template and what it covers.", "properties": { "name": { "type": "string", "minLength": 1, "description": "The template's name, as the change request names it." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "uniqueItems": true, "description": "Globs (e.g. \"package.json\", \"infra/tls/**\"): every file of every change linking a change request of this template must match one." }, "services": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "uniqueItems": true, "description": "Services the template covers: every service the change request names must be one of these." } } }] }, "uniqueItems": true, "description": "Standard (pre-approved) change templates, each with the paths and services it covers. A standard change naming one of these needs no approval, for those paths and services only." }, "unidentified-authors": { "type": "string", "enum": ["block", "report"], "default": "block", "description": "A commit in the deployment (or of one of its pull requests) whose author, co-author or committer GitHub cannot tie to an account (an e-mail address no account has verified) hides who shaped the change, so segregation of duties cannot be checked. block (default): the gate blocks and names the commit; report: the gate names it in the summary and decides as if it were not there." } } }, "risk": { "type": "object", "additionalProperties": false, "description": "What raises a deployment's risk one level above the highest risk of its change requests.", "properties": { "sensitive-paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs (e.g. \"infra/**\", \".github/workflows/**\"); a deployment touching any of them is one level riskier." }, "large-change": { "type": "object", "additionalProperties": false, "description": "A deployment larger than this is one level riskier.", "properties": { "files": { "type": "integer", "minimum": 1, "description": "Changed files above which a deployment is large." }, "lines": { "type": "integer", "minimum": 1, "description": "Changed lines (additions + deletions) above which a deployment is large." } } } } }, "exempt-paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs of paths that need no change request (e.g. \"docs/**\", \"**/*.md\"): a pull request or commit touching only these is exempt." }, "freeze": { "type": "object", "description": "Freeze windows: when deployments are blocked.", "additionalProperties": false, "properties": { "timezone": { "type": "string", "default": "UTC", "description": "IANA time zone for windows that do not name their own, e.g. `Europe/Berlin`. Default UTC." }, "allow-emergency": { "type": "boolean", "default": false, "description": "Let an approved emergency change request override a freeze." }, "hold": { "type": "boolean", "default": false, "description": "For the Gatehouse App (custom deployment protection rule): hold a deployment that meets a freeze, waiting, and let it go when the freeze ends, instead of rejecting it. The actions always fail the step." }, "windows": { "type": "array", "items": { "type": "object", "description": "A freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times).", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in job summaries, outputs and the calendar." }, "reason": { "type": "string", "description": "Why deployments are frozen; shown to whoever is blocked." }, "timezone": { "type": "string", "description": "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`." }, "environments": { "description": "Environments this window applies to (default: all). Compared case-insensitively.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "start": { "type": "string", "description": "Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \"0 18 * * FRI\". Quote it in YAML." }, "end": { "type": "string", "description": "Recurring: 5-field cron when the freeze ends (exclusive), e.g. \"0 6 * * MON\"." }, "from": { "type": "string", "description": "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00." }, "to": { "type": "string", "description": "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00." } } }, "description": "The freeze windows." } } }, "services": { "type": "array", "description": "The services changes are planned against: the paths that belong to each, the services it depends on, and when it may be changed. A change request's `Services affected` must name services listed here.", "items": { "type": "object", "required": ["name"], "additionalProperties": false, "description": "A service.", "properties": { "name": { "type": "string", "pattern": "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", "description": "The service's name, as change requests write it under `Services affected` (compared case-insensitively; no commas)." }, "paths": { "type": "array", "items": { "type": "string" }, "uniqueItems": true, "description": "Globs of the repository paths that belong to the service (e.g. \"services/checkout/**\"). With `change-requests.bind-services`, a change request covers only pull requests touching its services' paths." }, "depends-on": { "type": "array", "items": { "type": "string", "pattern": "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, "uniqueItems": true, "description": "Services this one depends on. Changes planned at the same time on services that depend on each other (directly or through others) are a conflict." }, "maintenance-windows": { "type": "array", "items": { "type": "object", "description": "A maintenance window, in the same forms as a freeze window: recurring (`start` and `end` cron expressions) or one-off (`from` and `to` local date-times); `timezone` defaults to `freeze.timezone`.", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in job summaries, outputs and the calendar." }, "reason": { "type": "string", "description": "Why deployments are frozen; shown to whoever is blocked." }, "timezone": { "type": "string", "description": "IANA time zone of this window's times (default: `freeze.timezone`), e.g. `America/New_York`." }, "environments": { "description": "Environments this window applies to (default: all). Compared case-insensitively.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "start": { "type": "string", "description": "Recurring: 5-field cron (minute hour day-of-month month day-of-week) when the freeze begins, e.g. \"0 18 * * FRI\". Quote it in YAML." }, "end": { "type": "string", "description": "Recurring: 5-field cron when the freeze ends (exclusive), e.g. \"0 6 * * MON\"." }, "from": { "type": "string", "description": "One-off: local date-time when the freeze begins, e.g. 2026-12-24T00:00." }, "to": { "type": "string", "description": "One-off: local date-time when the freeze ends (exclusive), e.g. 2027-01-02T00:00." } } }, "description": "When the service may be changed. A change planned outside them is a conflict. Absent: at any time." } } } }, "release": { "type": "object", "description": "How release-bundle versions and tags releases.", "additionalProperties": false, "properties": { "tag-prefix": { "type": "string", "maxLength": 50, "description": "Text before the version in release tags (default \"v\": v1.4.0). The `tag-prefix` input of release-bundle wins over it." }, "initial-version": { "type": "string", "description": "Version of the first release when the repository has no release tag yet (default 0.1.0; 1.0.0 for a project that starts stable)." } } }, "review": { "type": "object", "description": "Post-implementation reviews: where they are opened, when they are due, who reviews. The inputs of post-implementation-review win over these.", "additionalProperties": false, "properties": { "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "owner/repo reviews are opened in, e.g. a central change-reviews repository (default: the deployed repository)." }, "due-in-days": { "type": "integer", "minimum": 0, "maximum": 365, "description": "Days from the deployment until the review is due (default 5)." }, "labels": { "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 50 }, "description": "Extra labels every review gets, e.g. team/payments." }, "assignees": { "type": "array", "items": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, "description": "Logins assigned to every review, besides the authors of its change requests." } } }, "deployments": { "type": "object", "description": "Which deployment records the change gate believes. Anyone with Write can create a deployment and mark it successful through the API; only records made by these identities say what an environment runs.", "additionalProperties": false, "properties": { "trusted-creators": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" }, "description": "Logins whose deployments and success statuses count (bots with \"[bot]\", e.g. \"my-deployer[bot]\"). The list replaces the default, [\"github-actions[bot]\"] (the identity GitHub records for a job that uses an environment): list it too to keep it." } } }, "improvement": { "type": "object", "description": "Continuous improvement (release-metrics): the period reported on, the trend, and when a change template has earned pre-approval. The inputs of release-metrics win over these.", "additionalProperties": false, "properties": { "earned-standard-changes": { "type": "integer", "minimum": 0, "maximum": 100, "description": "A change template whose last N post-implementation reviews all succeeded is suggested as a standard (pre-approved) change; people decide. 0 turns the suggestions off. Default 10." }, "period": { "type": "string", "enum": ["week", "month"], "description": "The period each report covers: week (Monday to Monday, UTC) or month. Default week." }, "periods": { "type": "integer", "minimum": 1, "maximum": 52, "description": "How many periods the trend shows, the reported one included. Default 8." } } } } };
const validator_generated_func2 = Object.prototype.hasOwnProperty;
const validator_generated_func3 = ((value) => [...value].length);
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
const validator_generated_pattern0 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const validator_generated_pattern2 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", "u");
const pattern3 = new RegExp("^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const validator_generated_pattern6 = new RegExp("^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", "u");
const pattern9 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", "u");
function validator_generated_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(validator_generated_func2.call(validator_generated_schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11, data };
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
            const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.version.type, parentSchema: validator_generated_schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!(data0 === 1)) {
            const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: validator_generated_schema11.properties.version.enum }, message: "must be equal to one of the allowed values", schema: validator_generated_schema11.properties.version.enum, parentSchema: validator_generated_schema11.properties.version, data: data0 };
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
                    const err3 = { instancePath: instancePath + "/change-requests", schemaPath: "#/properties/change-requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties["change-requests"], data: data1 };
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
                    if (!validator_generated_pattern0.test(data2)) {
                        const err4 = { instancePath: instancePath + "/change-requests/repository", schemaPath: "#/properties/change-requests/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: validator_generated_schema11.properties["change-requests"].properties.repository, data: data2 };
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
                    const err5 = { instancePath: instancePath + "/change-requests/repository", schemaPath: "#/properties/change-requests/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties["change-requests"].properties.repository.type, parentSchema: validator_generated_schema11.properties["change-requests"].properties.repository, data: data2 };
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
                            if (!validator_generated_pattern0.test(data4)) {
                                const err6 = { instancePath: instancePath + "/change-requests/repositories/" + i0, schemaPath: "#/properties/change-requests/properties/repositories/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: validator_generated_schema11.properties["change-requests"].properties.repositories.items, data: data4 };
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
                            const err7 = { instancePath: instancePath + "/change-requests/repositories/" + i0, schemaPath: "#/properties/change-requests/properties/repositories/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties["change-requests"].properties.repositories.items.type, parentSchema: validator_generated_schema11.properties["change-requests"].properties.repositories.items, data: data4 };
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
                                const err8 = { instancePath: instancePath + "/change-requests/repositories", schemaPath: "#/properties/change-requests/properties/repositories/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties["change-requests"].properties.repositories, data: data3 };
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
                    const err9 = { instancePath: instancePath + "/change-requests/repositories", schemaPath: "#/properties/change-requests/properties/repositories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties["change-requests"].properties.repositories.type, parentSchema: validator_generated_schema11.properties["change-requests"].properties.repositories, data: data3 };
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
                    if (validator_generated_func3(data5) < 1) {
                        const err10 = { instancePath: instancePath + "/change-requests/label", schemaPath: "#/properties/change-requests/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties["change-requests"].properties.label, data: data5 };
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
                    const err11 = { instancePath: instancePath + "/change-requests/label", schemaPath: "#/properties/change-requests/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties["change-requests"].properties.label.type, parentSchema: validator_generated_schema11.properties["change-requests"].properties.label, data: data5 };
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
                    const err12 = { instancePath: instancePath + "/change-requests/timezone", schemaPath: "#/properties/change-requests/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties["change-requests"].properties.timezone.type, parentSchema: validator_generated_schema11.properties["change-requests"].properties.timezone, data: data6 };
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
                    const err13 = { instancePath: instancePath + "/change-requests/bind-services", schemaPath: "#/properties/change-requests/properties/bind-services/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: validator_generated_schema11.properties["change-requests"].properties["bind-services"].type, parentSchema: validator_generated_schema11.properties["change-requests"].properties["bind-services"], data: data7 };
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
                    const err14 = { instancePath: instancePath + "/change-requests/block-on-conflict", schemaPath: "#/properties/change-requests/properties/block-on-conflict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: validator_generated_schema11.properties["change-requests"].properties["block-on-conflict"].type, parentSchema: validator_generated_schema11.properties["change-requests"].properties["block-on-conflict"], data: data8 };
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
            const err15 = { instancePath: instancePath + "/change-requests", schemaPath: "#/properties/change-requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties["change-requests"].type, parentSchema: validator_generated_schema11.properties["change-requests"], data: data1 };
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
                    const err16 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.approvals, data: data9 };
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
                            const err17 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers, data: data10 };
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
                                    if (!validator_generated_pattern2.test(data12)) {
                                        const err18 = { instancePath: instancePath + "/approvals/approvers/users/" + i2, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users.items, data: data12 };
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
                                    const err19 = { instancePath: instancePath + "/approvals/approvers/users/" + i2, schemaPath: "#/properties/approvals/properties/approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users.items, data: data12 };
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
                                        const err20 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users, data: data11 };
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
                            const err21 = { instancePath: instancePath + "/approvals/approvers/users", schemaPath: "#/properties/approvals/properties/approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users.type, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.users, data: data11 };
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
                                        const err22 = { instancePath: instancePath + "/approvals/approvers/teams/" + i4, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams.items, data: data14 };
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
                                    const err23 = { instancePath: instancePath + "/approvals/approvers/teams/" + i4, schemaPath: "#/properties/approvals/properties/approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams.items, data: data14 };
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
                                        const err24 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams, data: data13 };
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
                            const err25 = { instancePath: instancePath + "/approvals/approvers/teams", schemaPath: "#/properties/approvals/properties/approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams.type, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers.properties.teams, data: data13 };
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
                    const err26 = { instancePath: instancePath + "/approvals/approvers", schemaPath: "#/properties/approvals/properties/approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.approvals.properties.approvers.type, parentSchema: validator_generated_schema11.properties.approvals.properties.approvers, data: data10 };
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
                            const err27 = { instancePath: instancePath + "/approvals/emergency-approvers", schemaPath: "#/properties/approvals/properties/emergency-approvers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"], data: data15 };
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
                                    if (!validator_generated_pattern2.test(data17)) {
                                        const err28 = { instancePath: instancePath + "/approvals/emergency-approvers/users/" + i6, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$", parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users.items, data: data17 };
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
                                    const err29 = { instancePath: instancePath + "/approvals/emergency-approvers/users/" + i6, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users.items, data: data17 };
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
                                        const err30 = { instancePath: instancePath + "/approvals/emergency-approvers/users", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users, data: data16 };
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
                            const err31 = { instancePath: instancePath + "/approvals/emergency-approvers/users", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users.type, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.users, data: data16 };
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
                                        const err32 = { instancePath: instancePath + "/approvals/emergency-approvers/teams/" + i8, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/items/pattern", keyword: "pattern", params: { pattern: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^@?(?![Aa][Pp][Pp]/)[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items, data: data19 };
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
                                    const err33 = { instancePath: instancePath + "/approvals/emergency-approvers/teams/" + i8, schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams.items, data: data19 };
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
                                        const err34 = { instancePath: instancePath + "/approvals/emergency-approvers/teams", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams, data: data18 };
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
                            const err35 = { instancePath: instancePath + "/approvals/emergency-approvers/teams", schemaPath: "#/properties/approvals/properties/emergency-approvers/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams.type, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].properties.teams, data: data18 };
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
                    const err36 = { instancePath: instancePath + "/approvals/emergency-approvers", schemaPath: "#/properties/approvals/properties/emergency-approvers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"].type, parentSchema: validator_generated_schema11.properties.approvals.properties["emergency-approvers"], data: data15 };
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
                            const err37 = { instancePath: instancePath + "/approvals/quorum", schemaPath: "#/properties/approvals/properties/quorum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum, data: data20 };
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
                            const err38 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.approvals.properties.quorum.properties.low.type, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
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
                                const err39 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                            if (data21 < 1 || isNaN(data21)) {
                                const err40 = { instancePath: instancePath + "/approvals/quorum/low", schemaPath: "#/properties/approvals/properties/quorum/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.low, data: data21 };
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
                            const err41 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.approvals.properties.quorum.properties.medium.type, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
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
                                const err42 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                            if (data22 < 1 || isNaN(data22)) {
                                const err43 = { instancePath: instancePath + "/approvals/quorum/medium", schemaPath: "#/properties/approvals/properties/quorum/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.medium, data: data22 };
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
                            const err44 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.approvals.properties.quorum.properties.high.type, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
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
                                const err45 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (data23 < 1 || isNaN(data23)) {
                                const err46 = { instancePath: instancePath + "/approvals/quorum/high", schemaPath: "#/properties/approvals/properties/quorum/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum.properties.high, data: data23 };
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
                    const err47 = { instancePath: instancePath + "/approvals/quorum", schemaPath: "#/properties/approvals/properties/quorum/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.approvals.properties.quorum.type, parentSchema: validator_generated_schema11.properties.approvals.properties.quorum, data: data20 };
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
                            if (validator_generated_func3(data25) < 1) {
                                const err48 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[0], data: data25 };
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
                            const err49 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[0].type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[0], data: data25 };
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
                                const err50 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].required, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
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
                                    const err51 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
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
                                    if (validator_generated_func3(data26) < 1) {
                                        const err52 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/name", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name, data: data26 };
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
                                    const err53 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/name", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name.type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.name, data: data26 };
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
                                        const err54 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
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
                                            if (validator_generated_func3(data28) < 1) {
                                                const err55 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths/" + i11, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items, data: data28 };
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
                                            const err56 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths/" + i11, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.items, data: data28 };
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
                                                const err57 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
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
                                    const err58 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/paths", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths.type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.paths, data: data27 };
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
                                        const err59 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
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
                                            if (validator_generated_func3(data30) < 1) {
                                                const err60 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services/" + i13, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items, data: data30 };
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
                                            const err61 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services/" + i13, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items.type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.items, data: data30 };
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
                                                const err62 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
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
                                    const err63 = { instancePath: instancePath + "/approvals/standard-changes/" + i10 + "/services", schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services.type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].properties.services, data: data29 };
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
                            const err64 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1].type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf[1], data: data25 };
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
                            const err65 = { instancePath: instancePath + "/approvals/standard-changes/" + i10, schemaPath: "#/properties/approvals/properties/standard-changes/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items.oneOf, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"].items, data: data25 };
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
                                    const err66 = { instancePath: instancePath + "/approvals/standard-changes", schemaPath: "#/properties/approvals/properties/standard-changes/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"], data: data24 };
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
                    const err67 = { instancePath: instancePath + "/approvals/standard-changes", schemaPath: "#/properties/approvals/properties/standard-changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.approvals.properties["standard-changes"].type, parentSchema: validator_generated_schema11.properties.approvals.properties["standard-changes"], data: data24 };
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
                    const err68 = { instancePath: instancePath + "/approvals/unidentified-authors", schemaPath: "#/properties/approvals/properties/unidentified-authors/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.approvals.properties["unidentified-authors"].type, parentSchema: validator_generated_schema11.properties.approvals.properties["unidentified-authors"], data: data31 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
                if (!((data31 === "block") || (data31 === "report"))) {
                    const err69 = { instancePath: instancePath + "/approvals/unidentified-authors", schemaPath: "#/properties/approvals/properties/unidentified-authors/enum", keyword: "enum", params: { allowedValues: validator_generated_schema11.properties.approvals.properties["unidentified-authors"].enum }, message: "must be equal to one of the allowed values", schema: validator_generated_schema11.properties.approvals.properties["unidentified-authors"].enum, parentSchema: validator_generated_schema11.properties.approvals.properties["unidentified-authors"], data: data31 };
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
            const err70 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.approvals.type, parentSchema: validator_generated_schema11.properties.approvals, data: data9 };
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
                    const err71 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.risk, data: data32 };
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
                            const err72 = { instancePath: instancePath + "/risk/sensitive-paths/" + i16, schemaPath: "#/properties/risk/properties/sensitive-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.risk.properties["sensitive-paths"].items.type, parentSchema: validator_generated_schema11.properties.risk.properties["sensitive-paths"].items, data: data34 };
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
                                const err73 = { instancePath: instancePath + "/risk/sensitive-paths", schemaPath: "#/properties/risk/properties/sensitive-paths/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.risk.properties["sensitive-paths"], data: data33 };
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
                    const err74 = { instancePath: instancePath + "/risk/sensitive-paths", schemaPath: "#/properties/risk/properties/sensitive-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.risk.properties["sensitive-paths"].type, parentSchema: validator_generated_schema11.properties.risk.properties["sensitive-paths"], data: data33 };
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
                            const err75 = { instancePath: instancePath + "/risk/large-change", schemaPath: "#/properties/risk/properties/large-change/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"], data: data35 };
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
                            const err76 = { instancePath: instancePath + "/risk/large-change/files", schemaPath: "#/properties/risk/properties/large-change/properties/files/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.risk.properties["large-change"].properties.files.type, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"].properties.files, data: data36 };
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
                                const err77 = { instancePath: instancePath + "/risk/large-change/files", schemaPath: "#/properties/risk/properties/large-change/properties/files/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"].properties.files, data: data36 };
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
                            const err78 = { instancePath: instancePath + "/risk/large-change/lines", schemaPath: "#/properties/risk/properties/large-change/properties/lines/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.risk.properties["large-change"].properties.lines.type, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"].properties.lines, data: data37 };
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
                                const err79 = { instancePath: instancePath + "/risk/large-change/lines", schemaPath: "#/properties/risk/properties/large-change/properties/lines/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"].properties.lines, data: data37 };
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
                    const err80 = { instancePath: instancePath + "/risk/large-change", schemaPath: "#/properties/risk/properties/large-change/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.risk.properties["large-change"].type, parentSchema: validator_generated_schema11.properties.risk.properties["large-change"], data: data35 };
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
            const err81 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.risk.type, parentSchema: validator_generated_schema11.properties.risk, data: data32 };
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
                    const err82 = { instancePath: instancePath + "/exempt-paths/" + i18, schemaPath: "#/properties/exempt-paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties["exempt-paths"].items.type, parentSchema: validator_generated_schema11.properties["exempt-paths"].items, data: data39 };
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
                        const err83 = { instancePath: instancePath + "/exempt-paths", schemaPath: "#/properties/exempt-paths/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i19 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties["exempt-paths"], data: data38 };
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
            const err84 = { instancePath: instancePath + "/exempt-paths", schemaPath: "#/properties/exempt-paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties["exempt-paths"].type, parentSchema: validator_generated_schema11.properties["exempt-paths"], data: data38 };
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
                    const err85 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.freeze, data: data40 };
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
                    const err86 = { instancePath: instancePath + "/freeze/timezone", schemaPath: "#/properties/freeze/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.timezone.type, parentSchema: validator_generated_schema11.properties.freeze.properties.timezone, data: data41 };
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
                    const err87 = { instancePath: instancePath + "/freeze/allow-emergency", schemaPath: "#/properties/freeze/properties/allow-emergency/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: validator_generated_schema11.properties.freeze.properties["allow-emergency"].type, parentSchema: validator_generated_schema11.properties.freeze.properties["allow-emergency"], data: data42 };
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
                    const err88 = { instancePath: instancePath + "/freeze/hold", schemaPath: "#/properties/freeze/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: validator_generated_schema11.properties.freeze.properties.hold.type, parentSchema: validator_generated_schema11.properties.freeze.properties.hold, data: data43 };
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
                                const err89 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: validator_generated_schema11.properties.freeze.properties.windows.items.required, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items, data: data45 };
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
                                    const err90 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items, data: data45 };
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
                                    if (validator_generated_func3(data46) < 1) {
                                        const err91 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/name", schemaPath: "#/properties/freeze/properties/windows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.name, data: data46 };
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
                                    const err92 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/name", schemaPath: "#/properties/freeze/properties/windows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.name.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.name, data: data46 };
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
                                    const err93 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/reason", schemaPath: "#/properties/freeze/properties/windows/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.reason.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.reason, data: data47 };
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
                                    const err94 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/timezone", schemaPath: "#/properties/freeze/properties/windows/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.timezone.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.timezone, data: data48 };
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
                                    const err95 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[0].type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[0], data: data49 };
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
                                            const err96 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments/" + i21, schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].items.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].items, data: data50 };
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
                                    const err97 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1].type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf[1], data: data49 };
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
                                    const err98 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/environments", schemaPath: "#/properties/freeze/properties/windows/items/properties/environments/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments.oneOf, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.environments, data: data49 };
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
                                    const err99 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/start", schemaPath: "#/properties/freeze/properties/windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.start.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.start, data: data51 };
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
                                    const err100 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/end", schemaPath: "#/properties/freeze/properties/windows/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.end.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.end, data: data52 };
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
                                    const err101 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/from", schemaPath: "#/properties/freeze/properties/windows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.from.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.from, data: data53 };
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
                                    const err102 = { instancePath: instancePath + "/freeze/windows/" + i20 + "/to", schemaPath: "#/properties/freeze/properties/windows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.to.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items.properties.to, data: data54 };
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
                            const err103 = { instancePath: instancePath + "/freeze/windows/" + i20, schemaPath: "#/properties/freeze/properties/windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.freeze.properties.windows.items.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows.items, data: data45 };
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
                    const err104 = { instancePath: instancePath + "/freeze/windows", schemaPath: "#/properties/freeze/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.freeze.properties.windows.type, parentSchema: validator_generated_schema11.properties.freeze.properties.windows, data: data44 };
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
            const err105 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.freeze.type, parentSchema: validator_generated_schema11.properties.freeze, data: data40 };
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
                        const err106 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: validator_generated_schema11.properties.services.items.required, parentSchema: validator_generated_schema11.properties.services.items, data: data56 };
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
                            const err107 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.services.items, data: data56 };
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
                            if (!validator_generated_pattern6.test(data57)) {
                                const err108 = { instancePath: instancePath + "/services/" + i22 + "/name", schemaPath: "#/properties/services/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, message: "must match pattern \"" + "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" + "\"", schema: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", parentSchema: validator_generated_schema11.properties.services.items.properties.name, data: data57 };
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
                            const err109 = { instancePath: instancePath + "/services/" + i22 + "/name", schemaPath: "#/properties/services/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties.name.type, parentSchema: validator_generated_schema11.properties.services.items.properties.name, data: data57 };
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
                                    const err110 = { instancePath: instancePath + "/services/" + i22 + "/paths/" + i23, schemaPath: "#/properties/services/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties.paths.items.type, parentSchema: validator_generated_schema11.properties.services.items.properties.paths.items, data: data59 };
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
                                        const err111 = { instancePath: instancePath + "/services/" + i22 + "/paths", schemaPath: "#/properties/services/items/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i24, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i24 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.services.items.properties.paths, data: data58 };
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
                            const err112 = { instancePath: instancePath + "/services/" + i22 + "/paths", schemaPath: "#/properties/services/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.services.items.properties.paths.type, parentSchema: validator_generated_schema11.properties.services.items.properties.paths, data: data58 };
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
                                    if (!validator_generated_pattern6.test(data61)) {
                                        const err113 = { instancePath: instancePath + "/services/" + i22 + "/depends-on/" + i25, schemaPath: "#/properties/services/items/properties/depends-on/items/pattern", keyword: "pattern", params: { pattern: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" }, message: "must match pattern \"" + "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$" + "\"", schema: "^[^,\\n\\r]*[^,\\s][^,\\n\\r]*$", parentSchema: validator_generated_schema11.properties.services.items.properties["depends-on"].items, data: data61 };
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
                                    const err114 = { instancePath: instancePath + "/services/" + i22 + "/depends-on/" + i25, schemaPath: "#/properties/services/items/properties/depends-on/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["depends-on"].items.type, parentSchema: validator_generated_schema11.properties.services.items.properties["depends-on"].items, data: data61 };
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
                                        const err115 = { instancePath: instancePath + "/services/" + i22 + "/depends-on", schemaPath: "#/properties/services/items/properties/depends-on/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i26 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.services.items.properties["depends-on"], data: data60 };
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
                            const err116 = { instancePath: instancePath + "/services/" + i22 + "/depends-on", schemaPath: "#/properties/services/items/properties/depends-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.services.items.properties["depends-on"].type, parentSchema: validator_generated_schema11.properties.services.items.properties["depends-on"], data: data60 };
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
                                        const err117 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.required, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
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
                                            const err118 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
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
                                            if (validator_generated_func3(data64) < 1) {
                                                const err119 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/name", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.name, data: data64 };
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
                                            const err120 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/name", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.name.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.name, data: data64 };
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
                                            const err121 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/reason", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.reason.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.reason, data: data65 };
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
                                            const err122 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/timezone", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.timezone.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.timezone, data: data66 };
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
                                            const err123 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[0].type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[0], data: data67 };
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
                                                    const err124 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments/" + i28, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].items.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].items, data: data68 };
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
                                            const err125 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1].type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf[1], data: data67 };
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
                                            const err126 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/environments", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/environments/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments.oneOf, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.environments, data: data67 };
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
                                            const err127 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/start", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.start.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.start, data: data69 };
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
                                            const err128 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/end", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.end.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.end, data: data70 };
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
                                            const err129 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/from", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.from.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.from, data: data71 };
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
                                            const err130 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27 + "/to", schemaPath: "#/properties/services/items/properties/maintenance-windows/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.to.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.properties.to, data: data72 };
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
                                    const err131 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows/" + i27, schemaPath: "#/properties/services/items/properties/maintenance-windows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items.type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].items, data: data63 };
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
                            const err132 = { instancePath: instancePath + "/services/" + i22 + "/maintenance-windows", schemaPath: "#/properties/services/items/properties/maintenance-windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"].type, parentSchema: validator_generated_schema11.properties.services.items.properties["maintenance-windows"], data: data62 };
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
                    const err133 = { instancePath: instancePath + "/services/" + i22, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.services.items.type, parentSchema: validator_generated_schema11.properties.services.items, data: data56 };
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
            const err134 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.services.type, parentSchema: validator_generated_schema11.properties.services, data: data55 };
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
                    const err135 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.release, data: data73 };
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
                    if (validator_generated_func3(data74) > 50) {
                        const err136 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: validator_generated_schema11.properties.release.properties["tag-prefix"], data: data74 };
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
                    const err137 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.release.properties["tag-prefix"].type, parentSchema: validator_generated_schema11.properties.release.properties["tag-prefix"], data: data74 };
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
                    const err138 = { instancePath: instancePath + "/release/initial-version", schemaPath: "#/properties/release/properties/initial-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.release.properties["initial-version"].type, parentSchema: validator_generated_schema11.properties.release.properties["initial-version"], data: data75 };
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
            const err139 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.release.type, parentSchema: validator_generated_schema11.properties.release, data: data73 };
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
                    const err140 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.review, data: data76 };
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
                    if (!validator_generated_pattern0.test(data77)) {
                        const err141 = { instancePath: instancePath + "/review/repository", schemaPath: "#/properties/review/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" + "\"", schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: validator_generated_schema11.properties.review.properties.repository, data: data77 };
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
                    const err142 = { instancePath: instancePath + "/review/repository", schemaPath: "#/properties/review/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.review.properties.repository.type, parentSchema: validator_generated_schema11.properties.review.properties.repository, data: data77 };
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
                    const err143 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.review.properties["due-in-days"].type, parentSchema: validator_generated_schema11.properties.review.properties["due-in-days"], data: data78 };
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
                        const err144 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: validator_generated_schema11.properties.review.properties["due-in-days"], data: data78 };
                        if (vErrors === null) {
                            vErrors = [err144];
                        }
                        else {
                            vErrors.push(err144);
                        }
                        errors++;
                    }
                    if (data78 < 0 || isNaN(data78)) {
                        const err145 = { instancePath: instancePath + "/review/due-in-days", schemaPath: "#/properties/review/properties/due-in-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: validator_generated_schema11.properties.review.properties["due-in-days"], data: data78 };
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
                            if (validator_generated_func3(data80) > 50) {
                                const err146 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: validator_generated_schema11.properties.review.properties.labels.items, data: data80 };
                                if (vErrors === null) {
                                    vErrors = [err146];
                                }
                                else {
                                    vErrors.push(err146);
                                }
                                errors++;
                            }
                            if (validator_generated_func3(data80) < 1) {
                                const err147 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: validator_generated_schema11.properties.review.properties.labels.items, data: data80 };
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
                            const err148 = { instancePath: instancePath + "/review/labels/" + i29, schemaPath: "#/properties/review/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.review.properties.labels.items.type, parentSchema: validator_generated_schema11.properties.review.properties.labels.items, data: data80 };
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
                    const err149 = { instancePath: instancePath + "/review/labels", schemaPath: "#/properties/review/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.review.properties.labels.type, parentSchema: validator_generated_schema11.properties.review.properties.labels, data: data79 };
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
                                const err150 = { instancePath: instancePath + "/review/assignees/" + i30, schemaPath: "#/properties/review/properties/assignees/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: "must match pattern \"" + "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" + "\"", schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", parentSchema: validator_generated_schema11.properties.review.properties.assignees.items, data: data82 };
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
                            const err151 = { instancePath: instancePath + "/review/assignees/" + i30, schemaPath: "#/properties/review/properties/assignees/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.review.properties.assignees.items.type, parentSchema: validator_generated_schema11.properties.review.properties.assignees.items, data: data82 };
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
                    const err152 = { instancePath: instancePath + "/review/assignees", schemaPath: "#/properties/review/properties/assignees/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.review.properties.assignees.type, parentSchema: validator_generated_schema11.properties.review.properties.assignees, data: data81 };
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
            const err153 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.review.type, parentSchema: validator_generated_schema11.properties.review, data: data76 };
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
                    const err154 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.deployments, data: data83 };
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
                                const err155 = { instancePath: instancePath + "/deployments/trusted-creators/" + i31, schemaPath: "#/properties/deployments/properties/trusted-creators/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\[bot\\])?$", parentSchema: validator_generated_schema11.properties.deployments.properties["trusted-creators"].items, data: data85 };
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
                            const err156 = { instancePath: instancePath + "/deployments/trusted-creators/" + i31, schemaPath: "#/properties/deployments/properties/trusted-creators/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.deployments.properties["trusted-creators"].items.type, parentSchema: validator_generated_schema11.properties.deployments.properties["trusted-creators"].items, data: data85 };
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
                                const err157 = { instancePath: instancePath + "/deployments/trusted-creators", schemaPath: "#/properties/deployments/properties/trusted-creators/uniqueItems", keyword: "uniqueItems", params: { i: i32, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i32 + " are identical)", schema: true, parentSchema: validator_generated_schema11.properties.deployments.properties["trusted-creators"], data: data84 };
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
                    const err158 = { instancePath: instancePath + "/deployments/trusted-creators", schemaPath: "#/properties/deployments/properties/trusted-creators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: validator_generated_schema11.properties.deployments.properties["trusted-creators"].type, parentSchema: validator_generated_schema11.properties.deployments.properties["trusted-creators"], data: data84 };
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
            const err159 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.deployments.type, parentSchema: validator_generated_schema11.properties.deployments, data: data83 };
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
                    const err160 = { instancePath: instancePath + "/improvement", schemaPath: "#/properties/improvement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: validator_generated_schema11.properties.improvement, data: data86 };
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
                    const err161 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.improvement.properties["earned-standard-changes"].type, parentSchema: validator_generated_schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
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
                        const err162 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: validator_generated_schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
                        if (vErrors === null) {
                            vErrors = [err162];
                        }
                        else {
                            vErrors.push(err162);
                        }
                        errors++;
                    }
                    if (data87 < 0 || isNaN(data87)) {
                        const err163 = { instancePath: instancePath + "/improvement/earned-standard-changes", schemaPath: "#/properties/improvement/properties/earned-standard-changes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: validator_generated_schema11.properties.improvement.properties["earned-standard-changes"], data: data87 };
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
                    const err164 = { instancePath: instancePath + "/improvement/period", schemaPath: "#/properties/improvement/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: validator_generated_schema11.properties.improvement.properties.period.type, parentSchema: validator_generated_schema11.properties.improvement.properties.period, data: data88 };
                    if (vErrors === null) {
                        vErrors = [err164];
                    }
                    else {
                        vErrors.push(err164);
                    }
                    errors++;
                }
                if (!((data88 === "week") || (data88 === "month"))) {
                    const err165 = { instancePath: instancePath + "/improvement/period", schemaPath: "#/properties/improvement/properties/period/enum", keyword: "enum", params: { allowedValues: validator_generated_schema11.properties.improvement.properties.period.enum }, message: "must be equal to one of the allowed values", schema: validator_generated_schema11.properties.improvement.properties.period.enum, parentSchema: validator_generated_schema11.properties.improvement.properties.period, data: data88 };
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
                    const err166 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: validator_generated_schema11.properties.improvement.properties.periods.type, parentSchema: validator_generated_schema11.properties.improvement.properties.periods, data: data89 };
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
                        const err167 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/maximum", keyword: "maximum", params: { comparison: "<=", limit: 52 }, message: "must be <= 52", schema: 52, parentSchema: validator_generated_schema11.properties.improvement.properties.periods, data: data89 };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                    if (data89 < 1 || isNaN(data89)) {
                        const err168 = { instancePath: instancePath + "/improvement/periods", schemaPath: "#/properties/improvement/properties/periods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: validator_generated_schema11.properties.improvement.properties.periods, data: data89 };
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
            const err169 = { instancePath: instancePath + "/improvement", schemaPath: "#/properties/improvement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.properties.improvement.type, parentSchema: validator_generated_schema11.properties.improvement, data: data86 };
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
    const err170 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: validator_generated_schema11.type, parentSchema: validator_generated_schema11, data };
    if (vErrors === null) {
        vErrors = [err170];
    }
    else {
        vErrors.push(err170);
    }
    errors++;
} validator_generated_validate10.errors = vErrors; return errors === 0; }

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
        if (validator_generated_schemaText === JSON.stringify(schema)) {
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
    const lines = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const found = node.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!found)
                break;
            pair = found;
            node = found.value;
            offset = rangeStart(node) ?? rangeStart(found.key) ?? offset;
        }
        else if ((0,yaml_dist/* isSeq */.oP)(node) && typeof segment === "number") {
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
        if ((0,yaml_dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === String(last))
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
        (0,yaml_dist/* visit */.YR)(doc, {
            Alias(_, alias) {
                if ((0,yaml_dist/* isAlias */.Vj)(alias) && !alias.resolve(doc)) {
                    push(alias.range?.[0] ?? 0, `\`*${alias.source}\` refers to no anchor: put the value in quotes if it is text`);
                }
            },
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/policyAtRelease.ts
/**
 * The policy of the default branch at the instant of a release, in one GraphQL query: the file as
 * the default branch holds it now and whether any commit changed it since that instant; when one
 * did, the file as the last commit before the instant left it. Its git blob sha is compared with
 * the one the manifest records.
 */


/** The policy at the instant cannot be read or parsed: verify cannot re-assess anything. */
class PolicyAtReleaseError extends Error {
}
const policyAtRelease_query = `query GatehouseVerifyPolicy($owner: String!, $name: String!, $path: String!, $expression: String!, $at: GitTimestamp!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        ... on Commit {
          since: history(path: $path, since: $at, first: 1) { totalCount }
          before: history(path: $path, until: $at, first: 1) {
            nodes { oid file(path: $path) { oid object { ... on Blob { text isTruncated } } } }
          }
        }
      }
    }
    current: object(expression: $expression) { ... on Blob { oid text isTruncated } }
  }
}`;
async function readPolicyAtRelease(client, repo, instant) {
    const answer = await client.graphql(policyAtRelease_query, {
        owner: repo.owner,
        name: repo.repo,
        path: POLICY_PATH,
        expression: `HEAD:${POLICY_PATH}`,
        at: instant.toISOString(),
    });
    const r = answer.repository;
    const branch = r?.defaultBranchRef;
    if (!r || !branch)
        throw new PolicyAtReleaseError(`The default branch of ${repo.owner}/${repo.repo} cannot be read.`);
    const changedSince = (branch.target.since?.totalCount ?? 0) > 0;
    let blob;
    if (!changedSince)
        blob = r.current;
    else {
        const file = branch.target.before?.nodes[0]?.file ?? null;
        blob = file?.object ? { ...file.object, oid: file.oid } : null;
    }
    const where = `${POLICY_PATH} on ${branch.name} at ${instant.toISOString()}`;
    if (!blob) {
        return { policy: read_defaultPolicy(), blobSha: null, description: `${where} (no file: the defaults)` };
    }
    if (blob.isTruncated || blob.text === null) {
        throw new PolicyAtReleaseError(`${where} is too large for GitHub to return (keep it under 512 kB).`);
    }
    try {
        return {
            policy: read_parsePolicy(blob.text, POLICY_PATH),
            blobSha: blob.oid,
            description: `${where} (blob ${blob.oid.slice(0, 12)})`,
        };
    }
    catch (e) {
        if (e instanceof policy_problems/* PolicyError */.pn) {
            throw new PolicyAtReleaseError(`${where} cannot be read: ${e.message}`);
        }
        throw e;
    }
}

// EXTERNAL MODULE: ../../packages/release-process/src/verify/releaseRequest.ts
var releaseRequest = __webpack_require__(7384);
;// CONCATENATED MODULE: ../../packages/release-process/src/verify/readRelease.ts
/**
 * What verify reads about the release itself: the release of the tag, its assets (listed whole),
 * the bytes of the manifest and of `SHA256SUMS` (small, hashed as they come), the commit the tag
 * points to, and whether the repository has immutable releases.
 */




/** The most bytes read of the manifest or of SHA256SUMS: release-bundle writes far less. */
const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
const tagQuery = `query GatehouseVerifyTag($owner: String!, $name: String!, $tag: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $tag) { target { __typename oid ... on Tag { target { __typename oid } } } }
  }
}`;
/** The commit a tag names, through an annotated tag's object when it is one. */
async function readTagCommit(client, repo, tag) {
    const answer = await client.graphql(tagQuery, {
        owner: repo.owner,
        name: repo.repo,
        tag: `refs/tags/${tag}`,
    });
    const target = answer.repository?.ref?.target;
    if (!target)
        return null;
    if (target.__typename === "Tag")
        return target.target?.oid ?? null;
    return target.oid;
}
async function readImmutableSetting(client, repo) {
    try {
        const { data } = await client.request("GET /repos/{owner}/{repo}/immutable-releases", {
            owner: repo.owner,
            repo: repo.repo,
        });
        return { enabled: data.enabled === true };
    }
    catch (e) {
        if (e instanceof errors/* GitHubApiError */.OS && (e.status === 403 || e.status === 404)) {
            return {
                problem: "whether the repository has immutable releases cannot be read with this token: it needs `administration: read`",
            };
        }
        throw e;
    }
}
const sha256 = (bytes) => (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
async function readRelease(client, repo, tag, 
/** Called when the release request was sent ahead (prefetchReleaseOfTag), to count it. */
usedSentAhead) {
    const tagCommit = readTagCommit(client, repo, tag);
    tagCommit.catch(() => { }); // awaited below; a release that cannot be read is the error reported
    let json = null;
    try {
        ({ data: json } = await (0,releaseRequest/* releaseOfTag */.l)(client, repo, tag, usedSentAhead));
    }
    catch (e) {
        if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 404 && !("permission" in e && e.permission)))
            throw e;
    }
    if (!json) {
        return {
            release: null,
            assets: [],
            manifest: null,
            checksums: null,
            tagCommit: await tagCommit,
            immutableReleases: { problem: "there is no release" },
        };
    }
    const release = json;
    const [assets, immutableReleases] = await Promise.all([
        listAssets(client, { ...repo, releaseId: release.id }),
        release.immutable === true ? Promise.resolve({ enabled: true }) : readImmutableSetting(client, repo),
    ]);
    const find = (name) => assets.find((a) => a.name === name && a.state === "uploaded");
    const refused = {};
    const read = async (asset, which) => {
        if (!asset)
            return null;
        const tooLarge = assetTooLarge(asset, MAX_EVIDENCE_BYTES);
        if (tooLarge) {
            refused[which] = tooLarge;
            return null;
        }
        const bytes = await downloadAsset(client, repo, asset, MAX_EVIDENCE_BYTES);
        return { text: bytes.toString("utf8"), sha256: sha256(bytes) };
    };
    const manifestAsset = find(RELEASE_MANIFEST_ASSET);
    const [manifest, checksums] = await Promise.all([
        read(manifestAsset, "manifest"),
        read(find(CHECKSUMS_ASSET), "checksums"),
    ]);
    return {
        release: {
            id: release.id,
            tag: release.tag_name,
            draft: release.draft,
            prerelease: release.prerelease,
            ...(release.immutable !== undefined ? { immutable: release.immutable } : {}),
            publishedAt: release.published_at,
            url: release.html_url,
        },
        assets: assets.map((a) => ({
            id: a.id,
            name: a.name,
            size: a.size,
            digest: a.digest ?? null,
            state: a.state,
            createdAt: a.created_at ?? null,
        })),
        manifest: manifest
            ? {
                ...manifest,
                uploadedAt: manifestAsset.created_at ?? null,
            }
            : null,
        checksums,
        ...(refused.manifest || refused.checksums ? { refused } : {}),
        tagCommit: await tagCommit,
        immutableReleases,
    };
}

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/verifyRelease.ts
/**
 * `gatehouse verify`: re-checks a release from GitHub alone, months later if need be. It reads the
 * release, its manifest and checksums, the tag, and compares them; every check says in a sentence
 * what it found. A check that cannot be made (a permission is missing) is `unknown`, never passed.
 */













/** What verify needs of the token, as a workflow's `permissions:` line. */
const VERIFY_PERMISSIONS_LINE = "permissions: { contents: read, issues: read, pull-requests: read, actions: read }";
/** Plain words for a read that failed, naming the permission to add. */
function explainReadFailure(e, what, permission) {
    if (e instanceof failures_GateStop || e instanceof PolicyAtReleaseError || e instanceof RangeLimitError)
        return e.message;
    if (e instanceof errors/* PermissionError */.i_) {
        return `The token cannot ${what}: it needs \`${e.permissionsLine}\` (${VERIFY_PERMISSIONS_LINE}).`;
    }
    if ((0,errors/* isRefusal */.vu)(e)) {
        return `The token cannot ${what}: ${permission ? `it needs \`${permission}\`; ` : ""}verify needs \`${VERIFY_PERMISSIONS_LINE}\`.`;
    }
    return `Could not ${what}: ${(0,errors/* describeError */.Uc)(e)}`;
}
/** Local copies of the manifest's artefacts, hashed as streams (any size, constant memory). */
async function hashLocalCopies(dir, manifest) {
    const copies = new Map();
    for (const artefact of manifest.artefacts) {
        const path = (0,external_node_path_.join)(dir, artefact.name);
        const found = await (0,promises_.stat)(path).catch(() => null);
        copies.set(artefact.name, found?.isFile() ? await hashFile(path) : null);
    }
    return copies;
}
async function verifyRelease(deps) {
    const client = countingClient(deps.client);
    const { repository: repo, tag, assetsDir } = deps.request;
    const repository = `${repo.owner}/${repo.repo}`;
    const checks = new Map();
    const result = () => {
        const list = verificationChecks.map((name) => checks.get(name) ?? unknown(name, "Not checked: the checks before it could not be made."));
        const exitCode = verificationExitCode(list);
        return { repository, tag, ok: exitCode === 0, exitCode, checks: list, requests: client.count() };
    };
    const stopAll = (detail) => {
        for (const name of verificationChecks)
            if (!checks.has(name))
                checks.set(name, unknown(name, detail));
    };
    let read;
    try {
        read = await readRelease(client, repo, tag, client.countSentAhead);
    }
    catch (e) {
        stopAll(explainReadFailure(e, `read the release ${tag} of ${repository}`));
        return result();
    }
    checks.set("published", checkPublished(tag, read.release, read.immutableReleases));
    if (!read.release) {
        stopAll(`Not checked: there is no release of ${tag}.`);
        return result();
    }
    const { manifest, check } = read.refused?.manifest
        ? { manifest: null, check: failed("manifest", read.refused.manifest) }
        : readManifest(read.manifest?.text ?? null, { repository, tag });
    checks.set("manifest", check);
    if (!manifest) {
        stopAll("Not checked: without a valid manifest nothing says what the release should hold.");
        return result();
    }
    checks.set("commit", checkCommit(manifest, tag, read.tagCommit));
    // The release's instant: when its manifest reached GitHub (GitHub's clock), the last moment the
    // gate's view could have been taken; else its publication. What the last three checks read
    // leaves now, together, while the assets are compared.
    const at = read.manifest?.uploadedAt ?? read.release.publishedAt;
    const instant = at ? new Date(at) : null;
    const environment = checkEnvironmentApprovals(client, repo, manifest, explainReadFailure);
    const policyRead = instant
        ? readPolicyAtRelease(client, repo, instant).catch((e) => e)
        : null;
    const compared = manifest.range?.base
        ? range_compareRange(client, repo, manifest.range.base, manifest.range.head)
        : undefined;
    compared?.catch(() => { }); // awaited by the approvals check; never an unhandled rejection meanwhile
    let local;
    if (assetsDir) {
        try {
            local = await hashLocalCopies(assetsDir, manifest);
        }
        catch (e) {
            checks.set("assets", unknown("assets", `The local copies in ${assetsDir} cannot be read: ${(0,errors/* describeError */.Uc)(e)}`));
        }
    }
    if (!checks.has("assets")) {
        const downloaded = new Map();
        if (read.manifest)
            downloaded.set("release-manifest.json", read.manifest.sha256);
        if (read.checksums)
            downloaded.set("SHA256SUMS", read.checksums.sha256);
        checks.set("assets", checkAssets(manifest, read.assets, local, downloaded));
    }
    checks.set("checksums", read.refused?.checksums
        ? failed("checksums", read.refused.checksums)
        : checkChecksums(manifest, read.checksums?.text ?? null, read.manifest.sha256));
    if (!instant || !policyRead) {
        checks.set("environment-approvals", await environment);
        stopAll("Not checked: GitHub gives no time for the release's manifest or publication.");
        return result();
    }
    const [policy, environmentCheck] = await Promise.all([policyRead, environment]);
    checks.set("environment-approvals", environmentCheck);
    if (policy instanceof Error) {
        stopAll(`Not checked: ${explainReadFailure(policy, "read the policy of the default branch at the release")}`);
        return result();
    }
    const notes = [];
    const [approvals, freeze] = await Promise.all([
        checkApprovals({
            client,
            repo,
            manifest,
            instant,
            policy,
            explain: explainReadFailure,
            ...(compared ? { compared } : {}),
        }),
        checkFreezeDecision({
            manifest,
            policy: policy.policy,
            instant,
            repository,
            fetchAt: async (links, teams) => {
                const fetched = await fetchChangeRequests(client, links, teams);
                const recorders = deploymentRange_trustedDeployers(policy.policy.deployments);
                return { ...fetched, issues: changeRequestsAt(fetched.issues, instant, recorders, notes) };
            },
        }).catch((e) => unknown("freeze", explainReadFailure(e, "read the emergency change request"))),
    ]);
    checks.set("approvals", approvals);
    checks.set("freeze", freeze);
    return result();
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

;// CONCATENATED MODULE: ../../packages/release-process/src/verify/report.ts
/**
 * How a verification is written out, once for every shell: the JSON `gatehouse verify --json`
 * prints and the verify-release action sets as its `result` output, and the job summary.
 */

function verificationJson(result) {
    return {
        repository: result.repository,
        tag: result.tag,
        ok: result.ok,
        checks: result.checks.map((c) => ({ name: c.name, ok: c.status === "pass", detail: c.detail })),
    };
}
/** One line saying the outcome, naming the checks that failed or could not be made. */
function verificationHeadline(result) {
    const named = (status) => result.checks.filter((c) => c.status === status).map((c) => c.name);
    const failed = named("fail");
    const unknown = named("unknown");
    if (result.ok)
        return `Verified: every check passed (${result.requests} API requests).`;
    if (failed.length > 0)
        return `Not verified: ${failed.length} check${failed.length === 1 ? "" : "s"} failed (${failed.join(", ")}).`;
    return `Cannot tell: ${unknown.length} check${unknown.length === 1 ? "" : "s"} could not be made (${unknown.join(", ")}).`;
}
const MARK = { pass: "✅", fail: "❌", unknown: "❔" };
/** The job summary: the outcome, then every check with what it found. */
function renderVerifySummary(result) {
    return [
        `## ${MARK[result.ok ? "pass" : result.checks.some((c) => c.status === "fail") ? "fail" : "unknown"]} Release ${markdown_escapeMarkdown(result.tag)} of ${markdown_escapeMarkdown(result.repository)}`,
        "",
        markdown_escapeMarkdown(verificationHeadline(result)),
        "",
        markdown_markdownTable(["", "check", "what was found"], result.checks.map((c) => [MARK[c.status], `\`${c.name}\``, markdown_escapeMarkdown(c.detail)])),
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * verify-release: read the inputs, verify the release as `gatehouse verify` does, set the outputs,
 * write the job summary, and fail the step unless every check passed.
 */




async function run() {
    const { ctx, client } = (0,setup.setupAction)();
    const tag = (0,runner/* getInput */.V4)("tag", { required: true }).trim();
    const assets = (0,runner/* getInput */.V4)("assets").trim();
    const result = await verifyRelease({
        client,
        request: {
            repository: ctx.repository,
            tag,
            ...(assets ? { assetsDir: (0,external_node_path_.resolve)(ctx.workspace, assets) } : {}),
        },
    });
    for (const c of result.checks)
        (0,runner/* info */.pq)(`${c.status.padEnd(7)} ${c.name}: ${c.detail}`);
    (0,runner/* setOutput */.uH)("verdict", result.ok ? "verified" : result.exitCode === 1 ? "failed" : "unknown");
    (0,runner/* setOutput */.uH)("result", JSON.stringify(verificationJson(result)));
    runner/* summary */.z.append(renderVerifySummary(result));
    if (!result.ok) {
        const named = result.checks.filter((c) => c.status !== "pass");
        (0,runner/* setFailed */.C1)(`${verificationHeadline(result)} ${named.map((c) => `${c.name}: ${c.detail}`).join(" ")}`);
    }
}


/***/ })

};
