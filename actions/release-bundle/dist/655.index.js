export const id = 655;
export const ids = [655];
export const modules = {

/***/ 1655:
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/.pnpm/conventional-changelog-conventionalcommits@10.4.1/node_modules/conventional-changelog-conventionalcommits/src/index.js + 9 modules
var src = __webpack_require__(2867);
// EXTERNAL MODULE: ../../node_modules/.pnpm/conventional-changelog-writer@9.3.0/node_modules/conventional-changelog-writer/dist/index.js + 12 modules
var dist = __webpack_require__(3799);
// EXTERNAL MODULE: ../../node_modules/.pnpm/conventional-commits-parser@7.1.4/node_modules/conventional-commits-parser/dist/index.js + 5 modules
var conventional_commits_parser_dist = __webpack_require__(7366);
;// CONCATENATED MODULE: ../../packages/core/src/change/changeRequest.ts
/**
 * Change requests: GitHub issues opened with Gatehouse's change-request form, and the
 * `Change-Request:` links that tie pull requests and commits to them.
 */



const changeTypes = (/* unused pure expression or super */ null && (["standard", "normal", "emergency"]));
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
        const parsed = DateTime.fromISO(value, { setZone: true });
        if (!parsed.isValid || Math.abs(parsed.offset) > 14 * 60) {
            return { error: `"${value}" is not a valid date and time; ${plannedFormatHelp}` };
        }
        return { date: parsed.toJSDate() };
    }
    const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(value);
    if (local) {
        if (!IANAZone.isValidZone(timezone))
            return { error: `the policy timezone "${timezone}" is not an IANA timezone` };
        const [, y, mo, d, h, mi] = local.map(Number);
        const parsed = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi }, { zone: timezone });
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
    const rendered = renderedSections(body ?? "", knownLabels);
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
function escapeMarkdown(text) {
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
function code(text) {
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
    const label = escapeMarkdown(text) || escapeMarkdown(url);
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
    return `<details${opts.open ? " open" : ""}>\n<summary>${escapeMarkdown(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
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

;// CONCATENATED MODULE: ../../packages/core/src/release/conventionalMessages.ts
/**
 * The conventional messages one commit carries. A squashed pull request often holds several
 * changes; release-please's convention lets its message say so, and Gatehouse reads it the same
 * way:
 *
 * - the trailing footer block of the message (every line from there on a footer `Token: value`
 *   or `Token #value`, continuation lines indented, single blank lines between footers allowed)
 *   may hold footers whose token is a conventional type — `fix(utils): unicode no longer throws`
 *   — and each of those is a message of its own; its indented continuation lines are its own
 *   body and footers (`BREAKING-CHANGE: …`);
 * - `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` blocks are messages of their own.
 *
 * The first message is the commit's own, without the footers split off. A message whose header
 * is not conventional carries no others (release-please drops the whole commit then).
 */
/** Types the notes do not show (and that make no release on their own). */
const HIDDEN_TYPES = new Set([
    "docs",
    "style",
    "chore",
    "refactor",
    "test",
    "build",
    "ci",
]);
/** The conventional types a footer may carry (the conventionalcommits preset's types). */
const TYPES = new Set(["feat", "feature", "fix", "perf", "revert", ...HIDDEN_TYPES]);
/** Cheap test: can the message carry more than one conventional message? */
const MAY_SPLIT = /\n(?:feat|feature|fix|perf|revert|docs|style|chore|refactor|test|build|ci)(?:\([^()\r\n]+\))?!?:|BEGIN_NESTED_COMMIT/;
/** A conventional header: `type(scope)!: subject` (the preset's header pattern). */
const HEADER = /^\w+(?:\([^\r\n]*\))?!?: \S/;
/** A footer line: `BREAKING CHANGE`, or a token (`type(scope)!`), then `:` or ` #`. */
const FOOTER = /^(?:BREAKING[ -]CHANGE|[^\s():!]+(?:\([^()\r\n]+\))?!?)(?::| #)/;
/** A footer that is a conventional message: type, scope, `!`, `:`, subject. */
const FOOTER_MESSAGE = /^(\w+)(\([^()\r\n]+\))?(!)?:[ \t]*(\S.*)$/;
/** Whitespace that starts a continuation line (the conventional-commits grammar's). */
const CONTINUATION = /^[ \t\v\f\u00A0\uFEFF]/;
/** The conventional messages of one commit message: its own first, then the ones it carries. */
function conventionalMessages(message) {
    if (!MAY_SPLIT.test(message))
        return [message];
    const [own, ...nested] = nestedMessages(message);
    const out = splitFooters(own);
    for (const m of nested)
        out.push(...splitFooters(m));
    return out.filter((m, i) => i === 0 || m.trim() !== "");
}
/** `BEGIN_NESTED_COMMIT` … `END_NESTED_COMMIT` blocks; text outside them stays with the first. */
function nestedMessages(message) {
    if (!message.includes("BEGIN_NESTED_COMMIT"))
        return [message];
    const parts = message.split("BEGIN_NESTED_COMMIT");
    let own = parts.shift() ?? "";
    const nested = [];
    for (const part of parts) {
        const [inner, ...rest] = part.split("END_NESTED_COMMIT");
        nested.push(inner.trim());
        own += rest.join("");
    }
    return [own, ...nested];
}
/** One message and the conventional messages its footer block carries. */
function splitFooters(message) {
    const text = message.trim();
    const lines = text.split(/\r?\n/);
    if (lines.length < 2 || !HEADER.test(lines[0]))
        return [text];
    const start = footerBlockStart(lines);
    if (start === -1)
        return [text];
    const kept = lines.slice(0, start);
    const carried = [];
    let i = start;
    while (i < lines.length) {
        const line = lines[i];
        let end = i + 1;
        while (end < lines.length && lines[end] !== "" && CONTINUATION.test(lines[end]))
            end++;
        const m = FOOTER_MESSAGE.exec(line);
        if (m && TYPES.has(m[1])) {
            const [, type, scope = "", bang = "", subject] = m;
            const body = lines.slice(i + 1, end).map((l) => l.replace(/^[ \t\v\f\u00A0\uFEFF]+/, ""));
            carried.push(`${type}${scope}${bang}: ${subject.trim()}${body.length > 0 ? `\n\n${body.join("\n")}` : ""}`);
        }
        else {
            kept.push(...lines.slice(i, end));
        }
        i = end;
        if (lines[i] === "")
            i++;
    }
    return [kept.join("\n").trimEnd(), ...carried];
}
/**
 * Where the trailing footer block starts (-1: none): the first non-blank line after the header
 * from which every line is a footer, its continuation, or one blank line between two footers.
 */
function footerBlockStart(lines) {
    // footerFrom[i]: a footer starts at line i and everything after it parses as footers
    const footerFrom = new Array(lines.length).fill(false);
    for (let i = lines.length - 1; i >= 1; i--) {
        const line = lines[i];
        if (line === "" || CONTINUATION.test(line))
            continue;
        if (!FOOTER.test(line))
            continue;
        let end = i + 1;
        while (end < lines.length && lines[end] !== "" && CONTINUATION.test(lines[end]))
            end++;
        if (lines[end] === "")
            end++;
        footerFrom[i] = end >= lines.length || footerFrom[end] === true;
    }
    for (let i = 1; i < lines.length; i++) {
        if (lines[i] === "")
            continue;
        if (footerFrom[i])
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ../../packages/core/src/release/releaseNotes.ts
/**
 * Release notes: what changed in a release, for the teams and auditors who read it.
 *
 * Commits come in as an array (from GitHub's API or a local `git log`), are parsed with
 * conventional-commits-parser and rendered with conventional-changelog-writer and the
 * conventionalcommits preset: breaking changes first, then features, fixes, performance
 * improvements and reverts. Each entry links its pull request and its change request. After the
 * changes come the evidence sections: change requests, the environment approvals of this run,
 * the artefacts with size and SHA-256, and the contributors.
 */






// The preset is imported as a function, never loaded by name: loading by name breaks once bundled.
// Without a repository (local notes) references stay plain text instead of relative links.
// Mentions are already links or code when the preset sees them (proseMarkdown).
const preset = (0,src/* default */.Ay)({
    formatIssueUrl: (context, reference) => (context.host ? (0,src/* formatIssueUrl */.uR)(context, reference) : ""),
    formatUserUrl: () => "",
});
/** How the conventionalcommits preset reads a commit message. */
const conventionalParserOptions = preset.parser;
/** GitHub's limit on a release body. */
const RELEASE_BODY_LIMIT = 125_000;
/** The asset that holds the full notes when they do not fit the body. */
const RELEASE_NOTES_ASSET = "RELEASE_NOTES.md";
/**
 * Whether a message can produce a notes entry under the conventionalcommits preset. Cheap and
 * conservative (never false for a message that would make an entry), so huge histories skip the
 * parser for docs/chore/ci commits.
 */
function mayMakeEntry(message) {
    return (/^\s*(?:feat|feature|fix|perf|revert)\b/i.test(message) ||
        /^\s*\w*(?:\([^\n]*\))?!:/.test(message) ||
        /BREAKING[ -]CHANGE|release-as|This reverts commit|BEGIN_NESTED_COMMIT|\n(?:feat|feature|fix|perf|revert)\b|\n\w+(?:\([^\n]*\))?!:/i.test(message));
}
const NO_LINKS = [];
const CR_KEY = /change[- ]requests?[*_]{0,2}\s*:/i;
const CR_LINE = /^.*change[- ]requests?[*_]{0,2}\s*:.*$/gim;
const collator = new Intl.Collator();
/** The `Change-Request:` links of a text, as change-gate reads them (only the lines that can hold one). */
function changeRequestLinks(text, home) {
    if (!CR_KEY.test(text))
        return NO_LINKS;
    // code blocks, quotes and comments change what counts: then the whole text is read
    if (/```|~~~|<!--|^ {0,3}>|^(?: {4}|\t)/m.test(text))
        return parseChangeRequestLinks(text, home);
    let lines = "";
    for (const line of text.split("\n"))
        if (CR_KEY.test(line))
            lines += `${line}\n`;
    // many commits carry the same trailer: read each distinct one once (the arrays are never changed)
    const key = `${home}\n${lines}`;
    let links = linkCache.get(key);
    if (!links) {
        if (linkCache.size >= 10_000)
            linkCache.clear();
        links = parseChangeRequestLinks(lines, home);
        linkCache.set(key, links);
    }
    return links;
}
const linkCache = new Map();
/** Messages the parser must read whole: notes, reverts, Release-As, `-field-` lines. */
const FULL_PARSE = /BREAKING|release-as|revert|^-.*-\s*$/im;
/**
 * What the parser needs of a message. Without a breaking-change note, a revert, a Release-As
 * footer or a field line, only the header and the body lines that can hold an issue reference
 * (`#`) change the entry: the body text itself is never rendered. `Change-Request:` lines are left
 * out, they become the entry's change-request link rather than an issue reference. Parsing only
 * that keeps 100,000 commits fast.
 */
function parserInput(message) {
    const text = message.replace(/^[\r\n]+/, "");
    if (FULL_PARSE.test(text))
        return protectFences(CR_KEY.test(text) ? text.replace(CR_LINE, "") : text);
    const nl = text.indexOf("\n");
    if (nl === -1)
        return text;
    const header = text.slice(0, nl);
    if (!text.includes("#", nl))
        return header;
    let refs = "";
    for (const line of text.slice(nl + 1).split("\n")) {
        if (line.includes("#") && !CR_KEY.test(line))
            refs += `\n${line}`;
    }
    return refs ? `${header}\n${refs}` : header;
}
/** Marks a line inside a fenced code block for the parser (see protectFences); removed after parsing. */
const FENCED = "\u0000";
/**
 * Lines inside fenced code blocks, marked so the parser cannot read them as footers: a breaking
 * change note that shows the new configuration (`timeout: 30`) keeps its code block whole.
 */
function protectFences(text) {
    if (!text.includes("```") && !text.includes("~~~"))
        return text;
    let fence = "";
    return text
        .split("\n")
        .map((line) => {
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (!fence) {
            if (marker)
                fence = marker;
            return line;
        }
        if (marker &&
            marker[0] === fence[0] &&
            marker.length >= fence.length &&
            !line.slice(marker.length).trim()) {
            fence = "";
            return line;
        }
        return FENCED + line;
    })
        .join("\n");
}
const SECTION_ORDER = ["BREAKING CHANGES", "Features", "Bug Fixes", "Performance Improvements", "Reverts"];
/**
 * The type the writer groups a commit by. A revert shows under Reverts, GitHub's own
 * `Revert "…"` commits included; a revert of a hidden type (a `chore(deps)` bump, docs) is as
 * hidden as what it reverts.
 */
function writerType(commit) {
    if (!commit.revert)
        return commit.type;
    const reverted = /^(\w+)(?:\([^)]*\))?!?:/.exec(String(commit.revert.header ?? ""))?.[1]?.toLowerCase();
    return reverted && HIDDEN_TYPES.has(reverted) ? reverted : "revert";
}
/**
 * Renders the release notes. Same renderer for the action (commits from the API) and the CLI
 * (commits from local git).
 */
async function renderReleaseNotes(input) {
    const parser = new conventional_commits_parser_dist/* CommitParser */.Jf(conventionalParserOptions);
    const repo = input.repository;
    const home = repo ? `${repo.owner}/${repo.repo}` : "";
    const people = new Map();
    const candidates = [];
    // hashes named by "This reverts commit <hash>." so a reverted docs/chore commit is still read
    const revertedHashes = new Set();
    let commitCount = 0;
    const wantPeople = input.evidence !== false;
    // @names link to their profile (a link notifies no one); without a repository they become code
    const prose = repo ? { userUrl: (login) => `${repo.serverUrl}/${login}` } : {};
    let order = 0;
    const take = (c) => {
        commitCount++;
        if (wantPeople) {
            addContributor(people, c.author);
            if (c.pullRequest?.author)
                addContributor(people, { login: c.pullRequest.author });
        }
        const reverted = revertedHashes.has(c.hash);
        if (!reverted && !mayMakeEntry(c.message))
            return;
        let crs = changeRequestLinks(c.message, home);
        if (c.pullRequest?.body) {
            for (const r of changeRequestLinks(c.pullRequest.body, home)) {
                if (!crs.some((x) => x.repository === r.repository && x.number === r.number))
                    crs = [...crs, r];
            }
        }
        // a squashed pull request may carry several conventional messages: one entry each
        conventionalMessages(c.message).forEach((message, part) => {
            const commit = parser.parse(parserInput(message));
            if (part === 0 && commit.revert?.hash)
                revertedHashes.add(commit.revert.hash);
            const subject = String(commit.subject ?? commit.header ?? "");
            const breaking = commit.notes.some((n) => /^BREAKING[ -]CHANGE$/i.test(n.title)) ||
                /^\w*(?:\(.*\))?!: /.test(commit.header ?? "");
            candidates.push(Object.assign(leanCommit(commit, prose), {
                hash: c.hash,
                type: writerType(commit),
                revertOf: commit.revert ?? null,
                rawHeader: reverted && part === 0 ? String(commit.header ?? "") : "",
                gh: {
                    type: commit.revert ? "revert" : String(commit.type ?? "").toLowerCase(),
                    scope: commit.scope ? String(commit.scope) : null,
                    subject,
                    hash: c.hash,
                    breaking,
                    pullRequest: c.pullRequest ? { number: c.pullRequest.number, url: c.pullRequest.url } : undefined,
                    changeRequests: crs,
                    order: order++,
                },
            }));
        });
    };
    for await (const item of input.commits) {
        if (Array.isArray(item))
            for (const c of item)
                take(c);
        else
            take(item);
    }
    const parsed = withoutReverted(candidates);
    let captured;
    const context = {
        version: input.version,
        date: input.date ? input.date.toISOString().slice(0, 10) : undefined,
        previousTag: input.previousTag,
        currentTag: input.tag,
        linkCompare: Boolean(repo && input.previousTag && input.tag),
        commit: "commit",
        issue: "issues",
    };
    if (repo)
        Object.assign(context, { host: repo.serverUrl, owner: repo.owner, repository: repo.repo });
    else
        context.linkReferences = false;
    // The preset's transform (section titles, short hashes, issue links, hidden types), applied here
    // onto our own objects: the writer would call it through a read-only proxy and keep a second
    // copy of every commit (`raw`), which at 100,000 commits costs more than the rendering.
    const entries = [];
    for (const c of parsed) {
        const patch = preset.writer.transform(c, context);
        if (!patch)
            continue;
        entries.push(Object.assign(c, patch));
    }
    const changes = (await (0,dist/* writeChangelogString */.Xc)(entries, context, {
        // the writer's option types know only its own commit shape; ours carries more
        ...preset.writer,
        ...(input.markdown === false ? { template: () => "" } : {}),
        // already applied above
        transform: null,
        commitPartial: (ctx, commit) => preset.writer.commitPartial(ctx, commit) + entryLinks(commit, repo),
        // reverted pairs are already gone (withoutReverted does it in linear time; the writer's
        // own filter holds every commit after an unmatched revert and rescans them: quadratic)
        ignoreReverted: false,
        // same order as the preset's ["scope", "subject"], with one shared collator
        commitsSort: (a, b) => collator.compare(`${a.scope ?? ""}${a.subject ?? ""}`, `${b.scope ?? ""}${b.subject ?? ""}`),
        // breaking notes in the order of the history, not alphabetically: they often build on each other
        notesSort: (a, b) => a.commit.gh.order - b.commit.gh.order,
        finalizeContext: (ctx) => {
            captured = ctx;
            // The writer serialises the whole context for its debug hook even when debug is off;
            // keep that one string small.
            Object.defineProperty(ctx, "toJSON", { value: () => "[release notes context]", enumerable: false });
            return ctx;
        },
    })).trim();
    const sections = toSections(captured);
    const contributors = [...people.values()].sort((a, b) => (a.login ?? a.name ?? "").localeCompare(b.login ?? b.name ?? ""));
    const entryCount = sections.reduce((n, s) => n + s.entries.length, 0);
    const changesText = entryCount > 0 ? changes : `${changes}\n\nNo user-facing changes.`;
    const evidence = input.evidence === false ? "" : renderEvidence(input, contributors, repo);
    const markdown = `${[changesText, evidence].filter(Boolean).join("\n\n")}\n`;
    return { markdown, changes: changesText, evidence, sections, contributors, commitCount, entryCount };
}
function toSections(ctx) {
    if (!ctx)
        return [];
    const out = [];
    for (const group of ctx.noteGroups) {
        out.push({
            title: group.title,
            entries: group.notes.map((n) => ({
                ...n.commit.gh,
                // the note as written; a `type!:` header's note is its subject
                subject: n.raw ?? n.commit.gh.subject,
                breaking: true,
            })),
        });
    }
    for (const group of ctx.commitGroups) {
        out.push({ title: group.title, entries: group.commits.map((c) => c.gh) });
    }
    const rank = (t) => {
        const i = SECTION_ORDER.indexOf(t);
        return i === -1 ? SECTION_ORDER.length : i;
    };
    return out.sort((a, b) => rank(a.title) - rank(b.title));
}
/** The pull request and change request links after an entry. */
function entryLinks(commit, repo) {
    const gh = commit.gh;
    if (!gh)
        return "";
    const parts = [];
    const pr = gh.pullRequest;
    if (pr && !new RegExp(`#${pr.number}\\b`).test(gh.subject)) {
        parts.push(pr.url ? `[#${pr.number}](${pr.url})` : `#${pr.number}`);
    }
    const home = repo ? `${repo.owner}/${repo.repo}` : "";
    for (const cr of gh.changeRequests) {
        const label = formatChangeRequestRef(cr, home);
        parts.push(repo && cr.repository
            ? `CR [${label}](${repo.serverUrl}/${cr.repository}/issues/${cr.number})`
            : `CR ${label}`);
    }
    return parts.length > 0 ? ` · ${parts.join(" · ")}` : "";
}
function addContributor(people, p) {
    if (!p || (!p.login && !p.name))
        return;
    const key = p.login ? `@${p.login.toLowerCase()}` : `n:${p.name}`;
    if (!people.has(key))
        people.set(key, p.login ? { login: p.login, name: p.name } : { name: p.name });
}
/**
 * What the writer needs of a parsed commit, with its user text as Markdown that reads as written
 * (code stays code, nothing else is interpreted, mentions notify no one). The body and footer are
 * kept only for the preset's `Release-As:` rule.
 */
function leanCommit(commit, prose) {
    const releaseAs = /release-as:/i.test(`${commit.body ?? ""}\n${commit.footer ?? ""}`);
    const header = commit.header ?? "";
    const subject = commit.subject;
    const inline = (v) => (typeof v === "string" ? inlineProse(v, prose) : null);
    // references the subject already shows are dropped here, as the preset would drop them
    const references = commit.references.length === 0
        ? commit.references
        : commit.references.filter((r) => !subject?.includes(`${r.prefix}${r.issue}`));
    return {
        merge: null,
        // the writer's type is writerType's; the pairing of reverts reads `revertOf`
        revert: null,
        // the preset reads the header only for "type!:" and for commits without a conventional subject
        header: subject && !header.includes("!:") ? null : inline(header),
        body: releaseAs ? commit.body : null,
        footer: releaseAs ? commit.footer : null,
        type: commit.type,
        scope: inline(commit.scope),
        subject: inline(subject),
        notes: commit.notes.length === 0
            ? NO_NOTES
            : commit.notes.map((n) => {
                const raw = n.text.includes(FENCED) ? n.text.replaceAll(FENCED, "") : n.text;
                return { title: n.title, text: proseMarkdownLines(raw, prose), raw };
            }),
        mentions: NO_MENTIONS,
        references: references.length === 0 ? NO_REFERENCES : references,
    };
}
const NO_REFERENCES = [];
const NO_NOTES = [];
const NO_MENTIONS = [];
/** Characters proseMarkdown may rewrite anywhere in a line (Markdown, HTML, mentions, controls, invisibles). */
const NEEDS_ESCAPE = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
/[&<\\`*_[~$@\t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]| {2}/;
/** Block syntax proseMarkdown escapes at the start of a line (headings, quotes, lists, rules). */
const LINE_START_SYNTAX = /^\s*(?:[#>+=-]|\d+[.)])/;
/** proseMarkdown, skipped for the many subjects it would not change. */
function inlineProse(text, prose) {
    if (!NEEDS_ESCAPE.test(text) && !LINE_START_SYNTAX.test(text) && text.trim() === text)
        return text;
    return proseMarkdown(text, prose);
}
function withoutReverted(commits) {
    const reverts = new Map();
    commits.forEach((c, i) => {
        const h = c.revertOf?.hash;
        if (h)
            reverts.set(h, [...(reverts.get(h) ?? []), i]);
    });
    if (reverts.size === 0)
        return commits;
    const dropped = new Set();
    const droppedHashes = new Set();
    commits.forEach((c, i) => {
        const by = reverts.get(c.hash);
        if (!by || !c.rawHeader)
            return;
        const header = c.rawHeader.trim();
        const j = by.find((k) => k < i && !dropped.has(k) && String(commits[k].revertOf?.header ?? "").trim() === header);
        if (j !== undefined) {
            // the revert undoes the whole commit, every entry a squashed pull request made included
            droppedHashes.add(c.hash);
            dropped.add(j);
        }
    });
    return commits.filter((c, i) => !dropped.has(i) && !droppedHashes.has(c.hash));
}
function renderEvidence(input, contributors, repo) {
    const blocks = [];
    const crs = input.changeRequests ?? [];
    if (crs.length > 0) {
        blocks.push(`### Change requests\n\n${markdownTable(["Change request", "Title", "Type", "Risk", "Approved by"], crs.map((cr) => [
            cr.url ? `[${cr.repository}#${cr.number}](${cr.url})` : `${cr.repository}#${cr.number}`,
            escapeMarkdown(cr.title ?? ""),
            escapeMarkdown(cr.type ?? ""),
            escapeMarkdown(cr.risk ?? ""),
            cr.approvers.map((a) => `@${escapeMarkdown(a.login)}${a.at ? ` (${a.at})` : ""}`).join(", ") || "—",
        ]))}`);
    }
    const approvals = input.approvals ?? [];
    if (approvals.length > 0) {
        blocks.push(`### Deployment approvals\n\n${markdownTable(["Reviewer", "Decision", "Environments", "When", "Comment"], approvals.map((a) => [
            `@${escapeMarkdown(a.user)}`,
            escapeMarkdown(a.state),
            a.environments.map(escapeMarkdown).join(", "),
            a.at ?? "—",
            a.comment ? escapeMarkdown(a.comment) : "—",
        ]))}`);
    }
    const artefacts = input.artefacts ?? [];
    if (artefacts.length > 0) {
        blocks.push(`### Artefacts\n\n${markdownTable(["File", "Size", "SHA-256"], artefacts.map((a) => [escapeMarkdown(a.name), formatSize(a.size), `\`${a.sha256}\``]))}\n\nVerify a download with \`sha256sum --check SHA256SUMS\`.`);
    }
    if (contributors.length > 0) {
        blocks.push(`### Contributors\n\n${contributors
            .map((p) => p.login
            ? repo
                ? `[@${p.login}](${repo.serverUrl}/${p.login})`
                : `@${p.login}`
            : escapeMarkdown(p.name ?? ""))
            .join(", ")}`);
    }
    return blocks.join("\n\n");
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ["KiB", "MiB", "GiB", "TiB"];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}
/**
 * The release body within GitHub's limit. Past it the body says the full notes are in the
 * RELEASE_NOTES.md asset, keeps the evidence, and keeps as many change entries as fit.
 */
function fitReleaseBody(notes, limit = RELEASE_BODY_LIMIT) {
    if (notes.markdown.length <= limit)
        return { body: notes.markdown, truncated: false };
    const notice = `> [!NOTE]\n> These notes are shortened to fit GitHub's ${limit.toLocaleString("en-US")}-character limit: the full notes (${notes.markdown.length.toLocaleString("en-US")} characters, ${notes.entryCount} entries) are in the \`${RELEASE_NOTES_ASSET}\` asset of this release.`;
    let evidence = notes.evidence;
    const reserve = notice.length + 200;
    if (evidence.length > (limit - reserve) / 2)
        evidence = cutAtLine(evidence, Math.floor((limit - reserve) / 2));
    const room = limit - reserve - evidence.length;
    const lines = notes.changes.split("\n");
    const kept = [];
    let used = 0;
    let dropped = 0;
    let full = false;
    for (const line of lines) {
        full ||= used + line.length + 1 > room;
        if (full) {
            if (line.startsWith("* "))
                dropped++;
            continue;
        }
        kept.push(line);
        used += line.length + 1;
    }
    const more = dropped > 0 ? `\n\n…and ${dropped} more entries in \`${RELEASE_NOTES_ASSET}\`.` : "";
    const body = `${[notice, kept.join("\n").trimEnd() + more, evidence].filter(Boolean).join("\n\n")}\n`;
    return { body: body.length <= limit ? body : `${cutAtLine(body, limit - 2)}\n`, truncated: true };
}
function cutAtLine(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.lastIndexOf("\n", max);
    return text.slice(0, cut > 0 ? cut : max);
}

;// CONCATENATED MODULE: ../../packages/core/src/change/gatedChangeRequests.ts
/**
 * The change requests change-gate hands on: its `change-requests` output, a JSON array, read back
 * by release-bundle and post-implementation-review from their `change-requests` input. One reader,
 * so both actions accept and refuse exactly the same things.
 */
/** The `change-requests` input cannot be read; the message says how to pass it. */
class ChangeRequestsInputError extends Error {
    name = "ChangeRequestsInputError";
    field = "change-requests";
}
const gatedChangeRequests_text = (v) => (typeof v === "string" && v !== "" ? v : undefined);
/**
 * Reads change-gate's `change-requests` output. Empty text means none were supplied (`null`).
 * Approvers may be logins or objects with `login` and an optional time (`at`, `approvedAt`); a
 * change request listed twice is kept once.
 */
function parseGatedChangeRequests(input) {
    const trimmed = input.trim();
    if (!trimmed)
        return null;
    let raw;
    try {
        raw = JSON.parse(trimmed);
    }
    catch {
        throw new ChangeRequestsInputError(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown as is
        "change-requests is not valid JSON: pass change-gate's output as is, e.g. `${{ needs.assess.outputs.change-requests }}`.");
    }
    if (!Array.isArray(raw)) {
        throw new ChangeRequestsInputError("change-requests must be a JSON array, as change-gate outputs it.");
    }
    const seen = new Set();
    const result = [];
    for (const [i, item] of raw.entries()) {
        const o = (item ?? {});
        const number = Number(o.number);
        const repository = typeof o.repository === "string" ? o.repository.trim() : "";
        if (!Number.isInteger(number) || number <= 0 || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
            throw new ChangeRequestsInputError(`change-requests[${i}] needs "repository" as owner/repo and "number" as a positive integer: pass change-gate's output as is.`);
        }
        const key = `${repository.toLowerCase()}#${number}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const approvers = (Array.isArray(o.approvers) ? o.approvers : [])
            .map((a) => {
            if (typeof a === "string")
                return a.trim() ? { login: a.trim().replace(/^@/, "") } : undefined;
            const r = (a ?? {});
            const login = gatedChangeRequests_text(r.login) ?? gatedChangeRequests_text(r.user) ?? gatedChangeRequests_text(r.actor);
            const at = gatedChangeRequests_text(r.at) ?? gatedChangeRequests_text(r.approvedAt) ?? gatedChangeRequests_text(r.approved_at);
            return login ? { login: login.replace(/^@/, ""), ...(at ? { at } : {}) } : undefined;
        })
            .filter((a) => a !== undefined);
        result.push({
            repository,
            number,
            title: gatedChangeRequests_text(o.title),
            type: gatedChangeRequests_text(o.type),
            risk: gatedChangeRequests_text(o.risk),
            url: gatedChangeRequests_text(o.url),
            approvers,
            ...(o.authorised === false ? { authorised: false } : {}),
        });
    }
    return result;
}

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

// EXTERNAL MODULE: ../../packages/github/src/runner.ts + 1 modules
var src_runner = __webpack_require__(1265);
// EXTERNAL MODULE: ../../packages/github/src/setup.ts + 3 modules
var src_setup = __webpack_require__(6282);
// EXTERNAL MODULE: ../../node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(5931);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8293);
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
var picomatch = __webpack_require__(6444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
function defaultPolicy(sections = policySections) {
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

;// CONCATENATED MODULE: ../../packages/core/src/release/versioning.ts
/**
 * Versioning: which semantic version a release gets.
 *
 * The version is either given explicitly or computed from the conventional commits made since
 * the latest release tag:
 * - a breaking change bumps major, a feature bumps minor, anything else releasable bumps patch;
 * - before 1.0.0 (initial development, semver §4) the scale shifts down one step, the way
 *   conventional-changelog's `preMajor` and Cargo read 0.x versions: a breaking change bumps
 *   minor, a feature or a fix bumps patch. Going to 1.0.0 is a decision, made with `version`;
 * - the first release of a repository with no release tag is 0.1.0 (semver FAQ: "start your
 *   initial development release at 0.1.0"), whatever the commits say;
 * - a prerelease channel (`rc`) appends `-rc.N`, N one more than the highest `-rc.N` tag of the
 *   same version;
 * - commits that are neither breaking nor of a releasable type (docs, chore, ci, …) do not make a
 *   release on their own.
 */




class VersionError extends Error {
    field;
    constructor(message, field) {
        super(message);
        this.field = field;
        this.name = "VersionError";
    }
}
const DEFAULT_TAG_PREFIX = "v";
const INITIAL_VERSION = "0.1.0";
/** Commit types that make a release on their own (the conventionalcommits preset's "bump" types). */
const RELEASABLE_TYPES = new Set(["feat", "feature", "fix", "perf", "revert"]);
const CHANNEL = /^[0-9A-Za-z-]+$/;
/** Validates the `prerelease` channel name (empty means a stable release). */
function validateChannel(channel) {
    const value = channel?.trim();
    if (!value)
        return undefined;
    if (!CHANNEL.test(value) || /^\d+$/.test(value)) {
        throw new VersionError(`prerelease "${value}" is not a valid channel name: use letters, digits and hyphens, e.g. "rc" or "beta".`, "prerelease");
    }
    return value;
}
/** Validates the tag prefix: any text git accepts at the start of a tag name. */
function validateTagPrefix(prefix) {
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(prefix) || prefix.startsWith("/") || prefix.startsWith("-")) {
        throw new VersionError(`tag-prefix "${prefix}" cannot start a git tag name: use letters, digits, "-", "_", "." or "/", e.g. "v".`, "tag-prefix");
    }
    return prefix;
}
/**
 * Parses an explicit `version` input: a full semantic version, a leading `v` tolerated
 * (`v1.4.0`, `1.4.0-rc.1`). Build metadata is refused: GitHub tags and semver precedence ignore it.
 */
function parseExplicitVersion(input) {
    const text = input.trim();
    const bare = text.replace(/^[vV](?=\d)/, "");
    const parsed = semver_default().valid(bare) ? new (semver_default()).SemVer(bare) : null;
    if (!parsed) {
        throw new VersionError(`version "${text}" is not a semantic version: write MAJOR.MINOR.PATCH, e.g. "1.4.0" or "1.4.0-rc.1".`, "version");
    }
    if (parsed.build.length > 0) {
        throw new VersionError(`version "${text}" carries build metadata (+${parsed.build.join(".")}): drop it, tags compare without it.`, "version");
    }
    return parsed;
}
/** The release tags among `tags`: prefix + semantic version, highest version first. */
function releaseTags(tags, tagPrefix) {
    const out = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(tagPrefix))
            continue;
        const rest = tag.name.slice(tagPrefix.length);
        if (!semver_default().valid(rest) || rest.includes("+"))
            continue;
        out.push({ ...tag, version: new (semver_default()).SemVer(rest) });
    }
    return out.sort((a, b) => semver_default().rcompare(a.version, b.version));
}
/** The highest stable release tag: the base the next version is computed from. */
function latestStableTag(tags, tagPrefix) {
    return releaseTags(tags, tagPrefix).find((t) => t.version.prerelease.length === 0);
}
let parser;
/**
 * Reads one commit message the way the conventionalcommits preset does, with every conventional
 * message a squashed pull request carries (release-please's convention). A revert of a hidden
 * type (a `chore(deps)` bump) is as unreleasable as what it reverts.
 */
function classifyCommit(message) {
    const bump = { breaking: false, feature: false, releasable: false };
    if (!message.trim())
        return bump;
    // The preset is imported as a function, never loaded by name (that breaks once bundled).
    parser ??= new conventional_commits_parser_dist/* CommitParser */.Jf((0,src/* default */.Ay)().parser);
    for (const part of conventionalMessages(message)) {
        if (!part.trim())
            continue;
        const commit = parser.parse(part);
        const reverted = commit.revert
            ? /^(\w+)/.exec(String(commit.revert.header ?? ""))?.[1]?.toLowerCase()
            : "";
        const type = (commit.revert ? "revert" : String(commit.type ?? "")).toLowerCase();
        const breaking = commit.notes.some((n) => /^BREAKING[ -]CHANGE$/i.test(n.title));
        bump.breaking ||= breaking;
        bump.feature ||= type === "feat" || type === "feature";
        bump.releasable ||= breaking || (RELEASABLE_TYPES.has(type) && !(reverted && HIDDEN_TYPES.has(reverted)));
    }
    return bump;
}
/** The bump the commits ask for from `current` (null: nothing releasable). */
function bumpFor(messages, current) {
    let breaking = false;
    let feature = false;
    let releasable = false;
    for (const message of messages) {
        const c = classifyCommit(message);
        breaking ||= c.breaking;
        feature ||= c.feature;
        releasable ||= c.releasable;
    }
    if (!releasable)
        return null;
    if (current.major === 0)
        return breaking ? "minor" : "patch";
    return breaking ? "major" : feature ? "minor" : "patch";
}
/**
 * The base of a computed version: the tag already at HEAD for this channel (a re-run), else the
 * highest stable release tag. The caller fetches the commits since `previousTag` and calls
 * `planVersion`.
 */
function findBase(tags, tagPrefix, headSha, prerelease) {
    const all = releaseTags(tags, tagPrefix);
    const channel = validateChannel(prerelease);
    const atHead = all.find((t) => t.sha === headSha && channelOf(t.version) === channel);
    const previousTag = all.find((t) => t.version.prerelease.length === 0 && t !== atHead && (!atHead || semver_default().lt(t.version, atHead.version)));
    return { previousTag, atHead };
}
function channelOf(v) {
    const first = v.prerelease[0];
    return v.prerelease.length === 0 ? undefined : String(first);
}
/** Decides the version and tag of this release. Pure: everything comes in through `req`. */
function planVersion(req) {
    const tagPrefix = validateTagPrefix(req.tagPrefix);
    const channel = validateChannel(req.prerelease);
    const { previousTag, atHead } = findBase(req.tags, tagPrefix, req.headSha, channel);
    if (req.explicit?.trim()) {
        const v = parseExplicitVersion(req.explicit);
        if (channel && channelOf(v) !== channel) {
            throw new VersionError(`version "${req.explicit.trim()}" and prerelease "${channel}" disagree: give "${v.major}.${v.minor}.${v.patch}-${channel}.1" as version, or leave prerelease empty.`, "prerelease");
        }
        const tag = `${tagPrefix}${v.version}`;
        return {
            release: true,
            version: v.version,
            tag,
            previousTag: baseBelow(req.tags, tagPrefix, v),
            ...existing(req, tag, "explicit version"),
        };
    }
    if (atHead) {
        return {
            release: true,
            version: atHead.version.version,
            tag: atHead.name,
            previousTag,
            reason: `re-run of ${atHead.name}, already tagged at this commit`,
            tagExists: true,
        };
    }
    let core;
    let reason;
    if (!previousTag) {
        const initial = req.initialVersion ?? INITIAL_VERSION;
        if (!semver_default().valid(initial)) {
            throw new VersionError(`initial-version "${initial}" is not a semantic version.`, "initial-version");
        }
        core = initial;
        reason = "first release (no release tag yet)";
    }
    else {
        const bump = bumpFor(req.commitMessages ?? [], previousTag.version);
        if (!bump) {
            return {
                release: false,
                previousTag,
                reason: (req.commitMessages?.length ?? 0) === 0
                    ? `no commits since ${previousTag.name}: nothing to release`
                    : `no releasable commits since ${previousTag.name} (no feat, fix, perf, revert or breaking change): nothing to release; give "version" to release anyway`,
            };
        }
        core = semver_default().inc(previousTag.version, bump);
        reason = `${bump} bump from ${previousTag.name}`;
    }
    let version = core;
    if (channel) {
        version = `${core}-${channel}.${nextPrereleaseNumber(req.tags, tagPrefix, core, channel)}`;
    }
    const tag = `${tagPrefix}${version}`;
    return { release: true, version, tag, previousTag, ...existing(req, tag, reason) };
}
/**
 * The release tag the notes (and the commit walk) start from: the highest stable release below an
 * explicit version, else the base `findBase` picks.
 */
function previousReleaseTag(tags, tagPrefix, headSha, opts = {}) {
    if (opts.explicit?.trim())
        return baseBelow(tags, tagPrefix, parseExplicitVersion(opts.explicit));
    return findBase(tags, tagPrefix, headSha, opts.prerelease).previousTag;
}
/** The highest stable release below `v`: where the notes of an explicit version start. */
function baseBelow(tags, prefix, v) {
    return releaseTags(tags, prefix).find((t) => t.version.prerelease.length === 0 && semver_default().lt(t.version, v));
}
/** Checks the tag: absent (new release) or at the released commit (re-run); elsewhere is an error. */
function existing(req, tag, reason) {
    const found = req.tags.find((t) => t.name === tag);
    if (!found)
        return { reason, tagExists: false };
    if (found.sha !== req.headSha) {
        throw new VersionError(`tag ${tag} already exists at commit ${found.sha.slice(0, 7)}, not at ${req.headSha.slice(0, 7)} being released: choose another version, or release that commit.`, "version");
    }
    return { reason: `${reason} (tag ${tag} already at this commit: re-run)`, tagExists: true };
}
/** 1 + the highest N of the `<prefix><core>-<channel>.N` tags (1 when there is none). */
function nextPrereleaseNumber(tags, tagPrefix, core, channel) {
    let max = 0;
    for (const t of releaseTags(tags, tagPrefix)) {
        const v = t.version;
        if (`${v.major}.${v.minor}.${v.patch}` !== core || v.prerelease[0] !== channel)
            continue;
        const n = v.prerelease[1];
        if (typeof n === "number" && n > max)
            max = n;
    }
    return max + 1;
}

;// CONCATENATED MODULE: ../../packages/core/src/release/majorTag.ts
/**
 * The major tag of a release (`v1` for v1.4.2), moved the way GitHub Actions are published: users
 * who write `uses: owner/action@v1` get the newest v1 release. Only a stable release that is the
 * newest of its major moves it: a prerelease, or a fix released for an older minor line while a
 * newer one exists, leaves it where it is.
 */


function planMajorTag(req) {
    const version = new (semver_default()).SemVer(req.version);
    const tag = `${req.tagPrefix}${version.major}`;
    if (version.prerelease.length > 0) {
        return { move: false, tag, reason: `${req.tagPrefix}${req.version} is a prerelease: ${tag} stays.` };
    }
    const newer = releaseTags(req.tags, req.tagPrefix).find((t) => t.version.major === version.major && t.version.prerelease.length === 0 && semver_default().gt(t.version, version));
    if (newer) {
        return {
            move: false,
            tag,
            reason: `${newer.name} is newer than ${req.tagPrefix}${req.version}: ${tag} stays.`,
        };
    }
    const current = req.tags.find((t) => t.name === tag);
    if (current?.sha === req.sha)
        return { move: false, tag, reason: `${tag} already points at ${req.tagPrefix}${req.version}.` };
    return { move: true, tag, sha: req.sha, from: current?.sha };
}

// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var errors = __webpack_require__(663);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../packages/github/src/transport.ts + 4 modules
var src_transport = __webpack_require__(5602);
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
const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;
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
    const file = await (0,promises_.open)(path, "r");
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
        sha256: (0,external_node_crypto_.createHash)("sha256").update(content).digest("hex"),
        contentType,
        content,
    };
}
/** A file asset, hashed from disk. */
async function fileAsset(path, name) {
    const { size, sha256 } = await hashFile(path);
    return { name, path, size, sha256, contentType: contentTypeOf(name) };
}
const releaseAssets_TYPES = [
    [/\.(tar\.gz|tgz)$/i, "application/gzip"],
    [/\.gz$/i, "application/gzip"],
    [/\.zip$/i, "application/zip"],
    [/\.tar$/i, "application/x-tar"],
    [/\.json$/i, "application/json"],
    [/\.(md|txt)$/i, "text/plain"],
    [/^SHA256SUMS$/, "text/plain"],
];
function contentTypeOf(name) {
    return releaseAssets_TYPES.find(([re]) => re.test(name))?.[1] ?? "application/octet-stream";
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
                throw new errors/* GitHubApiError */.OS({
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
                throw new errors/* PermissionError */.i_({
                    status: response.status,
                    route,
                    permission,
                    apiMessage: messageOf(text),
                });
            }
            const error = new errors/* GitHubApiError */.OS({
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
            if (e instanceof errors/* GitHubApiError */.OS && e.status < 500 && e.status !== 429)
                throw e;
            lastError = e;
            const reason = e instanceof src_transport/* NetworkError */.Dr
                ? e.message
                : e instanceof Error
                    ? (e.cause?.message ?? e.message)
                    : String(e);
            const again = attempt < attempts && !(e instanceof src_transport/* NetworkError */.Dr && !e.retryable);
            log(`The upload of ${asset.name} failed (${reason}); ${again ? "retrying" : "giving up"}.`);
            if (!again)
                break;
        }
    }
    const proxyHint = lastError instanceof src_transport/* NetworkError */.Dr && lastError.proxyConfigured
        ? ` Check the proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and that the proxy reaches ${lastError.target}.`
        : "";
    const tried = lastError instanceof src_transport/* NetworkError */.Dr && !lastError.retryable ? "" : ` after ${attempts} attempts`;
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
            res.on("error", (e) => reject((0,src_transport/* requestFailure */.SU)(req, e)));
            res.on("end", () => resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString("utf8"),
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v])),
            }));
        });
        req.on("error", (e) => {
            if (!answered)
                reject((0,src_transport/* requestFailure */.SU)(req, e));
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
const READS_AT_ONCE = 4;
/** A limit that stops the assessment: the gate blocks with this message. */
class RangeLimitError extends (/* unused pure expression or super */ null && (Error)) {
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
async function compareRange(client, repo, base, head) {
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
        const answers = await inBatches(pages, READS_AT_ONCE, async (page) => {
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
const COMMITS_PER_QUERY = 100;
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
    const perQuery = options.perQuery ?? COMMITS_PER_QUERY;
    const batches = [];
    for (let i = 0; i < commits.length; i += perQuery)
        batches.push(commits.slice(i, i + perQuery));
    const answers = await inBatches(batches, READS_AT_ONCE, async (batch) => {
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
const PULLS_PER_QUERY = 50;
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
        for (let i = 0; i < pending.length; i += PULLS_PER_QUERY)
            batches.push(pending.slice(i, i + PULLS_PER_QUERY));
        const answers = await inBatches(batches, READS_AT_ONCE, async (batch) => {
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
    await inBatches(withRenames, READS_AT_ONCE, async (number) => {
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
    await inBatches(read, READS_AT_ONCE, async (commit) => {
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

// EXTERNAL MODULE: ../../packages/release-process/src/bundle/historyQuery.ts
var historyQuery = __webpack_require__(6833);
;// CONCATENATED MODULE: ../../packages/release-process/src/bundle/history.ts


const TAGS_QUERY = `query ReleaseTags($owner: String!, $repo: String!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    refs(refPrefix: "refs/tags/", first: 100, after: $cursor, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { oid ... on Tag { target { oid } } } }
    }
  }
}`;
/** The most commits a release reads since the previous one. */
const MAX_HISTORY_COMMITS = 50_000;
/** The most tags read to find the previous release. */
const MAX_TAGS = 10_000;
/** GitHub lists at most 100 commits a page (compare and list commits). */
const history_PER_PAGE = 100;
/**
 * Pages of commits in flight together: reads only, well inside GitHub's limit of 100 concurrent
 * requests; 1,000 commits are one round trip, 20,000 are twenty.
 */
const PAGES_AT_ONCE = 10;
/** Commits per aliased pull-request query: 500 × 5 pull requests = 2,500 nodes, 5 points. */
const COMMITS_PER_PULL_QUERY = 500;
const toTags = (refs) => (refs?.nodes ?? [])
    .filter((n) => n.target)
    .map((n) => ({ name: n.name, sha: n.target.target?.oid ?? n.target.oid }));
const tooMany = (count, sha) => new Error(`${count.toLocaleString("en-US")} commits lead to ${sha.slice(0, 7)} since the previous release, more than the ${MAX_HISTORY_COMMITS.toLocaleString("en-US")} release-bundle reads (limit MAX_HISTORY_COMMITS): the version and notes would leave some out. Release an earlier commit first, or tag the previous release if it is missing.`);
/** The tags, and every commit since the previous release (their pull requests: pullRequestsOfHistory). */
async function readHistory(client, opts) {
    const repository = (await (0,historyQuery/* firstAnswer */.N)(client, opts)).repository;
    if (!repository)
        throw new Error(`Repository ${opts.owner}/${opts.repo} is not visible to the token.`);
    const tags = await readTags(client, opts, repository.refs);
    const stop = opts.stopAt(tags);
    const history = repository.object?.history;
    if (!history) {
        throw new Error(`Commit ${opts.sha.slice(0, 7)} is not in ${opts.owner}/${opts.repo}: push it before releasing it.`);
    }
    // How many commits the release holds, known before reading them when the previous release is
    // GitHub's latest (the usual case) or when there is none.
    const latest = repository.latestRelease?.tagCommit;
    const expected = stop === undefined
        ? history.totalCount
        : latest?.oid === stop
            ? history.totalCount - latest.history.totalCount
            : undefined;
    if (expected !== undefined && expected > MAX_HISTORY_COMMITS)
        throw tooMany(expected, opts.sha);
    let commits;
    const at = stop === undefined ? -1 : history.nodes.findIndex((n) => n.oid === stop);
    if ((stop === undefined && !history.pageInfo.hasNextPage && history.nodes.length === expected) ||
        (at >= 0 && at === expected)) {
        // All in the first answer: the previous release is where the counts put it (or there is none).
        commits = history.nodes
            .slice(0, at >= 0 ? at : undefined)
            .map((n) => rangeCommit(n.oid, n.message, n.author?.user?.login, n.author?.name ?? n.author?.email));
    }
    else if (stop === undefined) {
        commits = await listHistory(client, opts, history.totalCount);
    }
    else {
        commits = await compareSince(client, opts, stop, expected);
    }
    return { tags, commits };
}
/**
 * The pull request of every commit (the merged one GitHub associates with it), in aliased queries
 * of COMMITS_PER_PULL_QUERY commits sent together: the commits as the notes take them.
 */
async function pullRequestsOfHistory(client, repo, commits) {
    const { pullRequests, beyond } = await pullRequestsOfCommits(client, repo, commits, {
        perQuery: COMMITS_PER_PULL_QUERY,
    });
    const pulls = new Map(pullRequests.map((p) => [p.number, p]));
    return {
        commits: commits.map((c) => {
            const pr = c.pullRequests[0] === undefined ? undefined : pulls.get(c.pullRequests[0]);
            return {
                hash: c.sha,
                message: c.message,
                author: { login: c.authors[0], name: c.name },
                pullRequest: pr
                    ? { number: pr.number, url: pr.url, title: pr.title, body: pr.body, author: pr.author ?? undefined }
                    : undefined,
            };
        }),
        unattributed: beyond,
    };
}
function rangeCommit(sha, message, login, name) {
    return { sha, message, authors: login ? [login] : [], url: "", pullRequests: [], name: name ?? undefined };
}
const fromRest = (c) => rangeCommit(c.sha, c.commit.message, c.author?.login, c.commit.author?.name ?? c.commit.author?.email);
/** Every tag, however many: the previous release may be far down the list. */
async function readTags(client, opts, first) {
    const tags = toTags(first);
    let refs = first;
    while (refs?.pageInfo.hasNextPage) {
        if (tags.length >= MAX_TAGS) {
            throw new Error(`${opts.owner}/${opts.repo} has more than ${MAX_TAGS.toLocaleString("en-US")} tags (limit MAX_TAGS): set the \`version\` input, or delete tags that are not releases.`);
        }
        const more = await client.graphql(TAGS_QUERY, {
            owner: opts.owner,
            repo: opts.repo,
            cursor: refs.pageInfo.endCursor,
        });
        refs = more.repository?.refs;
        tags.push(...toTags(refs));
    }
    return tags;
}
/**
 * The commits `sha` has and `base` has not (GitHub's compare), newest first: pages of 100 sent
 * together, as many as `expected` needs (one when unknown), then any the answers' count asks for.
 */
async function compareSince(client, opts, base, expected) {
    const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
    const read = (page) => client
        .request(route, {
        owner: opts.owner,
        repo: opts.repo,
        basehead: `${base}...${opts.sha}`,
        per_page: history_PER_PAGE,
        page,
    })
        .then((r) => r.data);
    const answers = await readPages(read, expected, (a) => a.total_commits, opts.sha);
    // Pages of a comparison run oldest first.
    return checkedCommits(answers, opts, `since ${base.slice(0, 7)}`).reverse();
}
/** Every commit of the history of `sha` (a first release), newest first, `count` of them. */
async function listHistory(client, opts, count) {
    const read = (page) => client
        .request("GET /repos/{owner}/{repo}/commits", {
        owner: opts.owner,
        repo: opts.repo,
        sha: opts.sha,
        per_page: history_PER_PAGE,
        page,
    })
        .then((r) => ({ total_commits: count, commits: r.data }));
    const answers = await readPages(read, count, () => count, opts.sha);
    return checkedCommits(answers, opts, "in its history");
}
/** Pages 1… of a list whose length `total` of any answer gives, PAGES_AT_ONCE at a time. */
async function readPages(read, expected, total, sha) {
    const pages = (n) => Math.max(1, Math.ceil(n / history_PER_PAGE));
    const numbers = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const answers = await inBatches(numbers(1, pages(expected ?? 1)), PAGES_AT_ONCE, read);
    const count = total(answers[0]);
    if (count > MAX_HISTORY_COMMITS)
        throw tooMany(count, sha);
    if (pages(count) > answers.length)
        answers.push(...(await inBatches(numbers(answers.length + 1, pages(count)), PAGES_AT_ONCE, read)));
    for (const a of answers) {
        if (total(a) !== count) {
            throw new Error(`GitHub answered ${count} and then ${total(a)} commits for the history of ${sha.slice(0, 7)}: re-run the job.`);
        }
    }
    return answers.slice(0, pages(count));
}
/** The commits of the pages, each once, and exactly as many as GitHub counts. */
function checkedCommits(answers, opts, what) {
    const seen = new Set();
    const commits = [];
    for (const c of answers.flatMap((a) => a.commits)) {
        if (seen.has(c.sha))
            continue;
        seen.add(c.sha);
        commits.push(fromRest(c));
    }
    const total = answers[0]?.total_commits ?? 0;
    if (commits.length !== total) {
        throw new Error(`GitHub listed ${commits.length} of the ${total} commits of ${opts.sha.slice(0, 7)} ${what}: the release cannot be made from part of them. Re-run the job.`);
    }
    return commits;
}

;// CONCATENATED MODULE: ../../packages/github/src/writeOnce.ts

/**
 * True when a failed request may nonetheless have been applied: no answer came (dropped, stalled,
 * refused mid-way), or GitHub answered 5xx (GraphQL's "Something went wrong" arrives as 500). A 4xx,
 * a rate-limit refusal or a GraphQL error answer means nothing was written.
 */
function mayHaveApplied(e) {
    if (!(e instanceof errors/* GitHubApiError */.OS))
        return false;
    if (e.name === "GraphQLError") {
        return e.errors.some((x) => /something went wrong/i.test(x.message));
    }
    return e.status === 0 || e.status >= 500;
}
/**
 * Writes; when the write may have been applied but its answer was lost, waits (the client's
 * back-off), looks for it, and writes again only when it is not there. Fails with the last error
 * after `attempts` writes, or at once for an error that says nothing was written.
 */
async function writeOnce(client, w) {
    const attempts = w.attempts ?? 3;
    const log = w.log ?? (() => { });
    for (let attempt = 1;; attempt++) {
        try {
            return await w.write();
        }
        catch (e) {
            if (!mayHaveApplied(e) || attempt >= attempts)
                throw e;
            const wait = client.backoffMs(attempt);
            log(`Writing ${w.what} may or may not have worked (${(0,errors/* describeError */.Uc)(e).replace(/\.$/, "")}); looking for it in ${wait} ms before writing it again.`);
            await new Promise((resolve) => setTimeout(resolve, wait));
            const found = await w.find();
            if (found !== undefined) {
                log(`Found ${w.what}: GitHub had written it.`);
                return found;
            }
        }
    }
}

;// CONCATENATED MODULE: ../../packages/release-process/src/bundle/release.ts
/**
 * The GitHub Release of the tag: found or created as a draft (never twice), its assets brought to
 * what the release should hold, every digest checked against our SHA-256, then published.
 */



/**
 * The hidden marker every draft release-bundle creates carries, so that a run can tell the drafts
 * Gatehouse made (and may delete when a race left several) from one a person made.
 */
const draftMarker = (tag) => marker("release-bundle", tag);
/** The body release-bundle gives a release: the notes, then the hidden marker. */
const releaseBody = (notes, tag) => `${notes.trimEnd()}\n\n${draftMarker(tag)}\n`;
/** The room the marker leaves for the notes under GitHub's limit on a release's body. */
const releaseBodyRoom = (limit, tag) => limit - draftMarker(tag).length - 3;
/** Picks the release of a tag among GitHub's releases: deterministically, so racing runs agree. */
function chooseRelease(releases, tag) {
    const ofTag = releases.filter((r) => r.tag_name === tag);
    const drafts = ofTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
    const release = ofTag.find((r) => !r.draft) ?? drafts[0];
    const redundant = drafts.filter((d) => d !== release && (d.body ?? "").includes(draftMarker(tag)));
    return { release, redundant };
}
/** The most releases read to find the release of the tag (100 pages). */
const MAX_RELEASES = 10_000;
/**
 * Every release of the repository, drafts included (the tag lookup route does not see drafts),
 * newest first: all pages, or a refusal naming the limit. The release of the tag may be far down
 * the list when a job of an older release is re-run.
 */
async function listReleases(client, repo) {
    const all = [];
    for await (const page of client.pages("GET /repos/{owner}/{repo}/releases", {
        ...repo,
        per_page: 100,
    })) {
        all.push(...page);
        if (all.length > MAX_RELEASES) {
            throw new Error(`${repo.owner}/${repo.repo} has more than ${MAX_RELEASES.toLocaleString("en-US")} releases (limit MAX_RELEASES): release-bundle cannot tell whether the tag already has one. Delete drafts and releases no one needs.`);
        }
    }
    return all;
}
/**
 * The release of a tag, drafts included, in one request when it is among the newest 100: the
 * look-back after creating a draft, where the drafts to find (this run's and those of runs at the
 * same time) are the newest releases, first in GitHub's list. When that page is full and does not
 * hold it (a release of the tag published long ago, the 422 of a create), every page is read
 * (`listReleases`, which fails naming `MAX_RELEASES`).
 */
async function findRelease(client, repo, tag) {
    const { data } = await client.request("GET /repos/{owner}/{repo}/releases", {
        ...repo,
        per_page: 100,
    });
    const found = chooseRelease(data, tag);
    if (found.release || data.length < 100)
        return found;
    return chooseRelease(await listReleases(client, repo), tag);
}
/** Deletes drafts a race left behind (a draft already gone is fine: the other run deleted it). */
async function deleteRedundantDrafts(client, repo, redundant, log) {
    for (const draft of redundant) {
        log(`Deleting the draft ${draft.tag_name} (id ${draft.id}) that a run at the same time also created.`);
        try {
            await client.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
                ...repo,
                release_id: draft.id,
            });
        }
        catch (e) {
            if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 404))
                throw e;
        }
    }
}
/**
 * Creates the draft for the tag, once: when the answer is lost, the draft is looked for before a
 * second is created. Then the tag's releases are read again: when another run created a draft at
 * the same time, the oldest draft wins, and the newer ones release-bundle made are deleted — two
 * runs at once end with one release. A published release of the tag (422) is read back too.
 */
async function createDraft(client, repo, fields, log = () => { }) {
    const what = `the draft release ${fields.tag}`;
    try {
        await writeOnce(client, {
            what,
            log,
            write: async () => (await client.request("POST /repos/{owner}/{repo}/releases", {
                ...repo,
                tag_name: fields.tag,
                target_commitish: fields.sha,
                name: fields.name,
                body: fields.body,
                draft: true,
                prerelease: fields.prerelease,
            })).data,
            find: async () => (await findRelease(client, repo, fields.tag)).release,
        });
    }
    catch (e) {
        if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 422))
            throw e;
    }
    const found = await findRelease(client, repo, fields.tag);
    if (!found.release) {
        throw new Error(`GitHub accepted ${what} but does not list it: re-run the job (it finds the draft, or creates it).`);
    }
    await deleteRedundantDrafts(client, repo, found.redundant, log);
    return found.release;
}
/** Brings a draft's name, body and prerelease flag up to date; no request when they already are. */
async function updateDraft(client, repo, release, fields) {
    if ((release.body ?? "") === fields.body &&
        (release.name ?? "") === fields.name &&
        release.prerelease === fields.prerelease) {
        return release;
    }
    const { data } = await client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
        ...repo,
        release_id: release.id,
        name: fields.name,
        body: fields.body,
        prerelease: fields.prerelease,
    });
    return data;
}
/**
 * What to do with each asset. On a draft a changed asset is replaced; on a published release an
 * asset is never replaced: a changed artefact is an error, a changed generated file is kept (it
 * describes the run that published the release).
 */
function planAssets(release, wanted) {
    const steps = [];
    const errors = [];
    const warnings = [];
    const published = release !== undefined && !release.draft;
    for (const { asset, generated } of wanted) {
        const remote = release?.assets.find((a) => a.name === asset.name);
        if (!remote && published && release.immutable) {
            if (generated) {
                warnings.push(`${asset.name} is not on the immutable release ${release.tag_name} and cannot be added.`);
            }
            else {
                errors.push(`${asset.name} is not on the published immutable release ${release.tag_name}, and assets cannot be added to it: release a new version instead.`);
            }
        }
        else if (!remote) {
            steps.push({ asset, action: "upload", generated });
        }
        else if (!isComplete(remote)) {
            steps.push({ asset, action: "resume", remote, generated, note: `left in state ${remote.state}` });
        }
        else if (digestMatches(remote, asset.sha256)) {
            steps.push({ asset, action: "keep", remote, generated });
        }
        else if (!published) {
            steps.push({
                asset,
                action: "replace",
                remote,
                generated,
                note: remote.digest ? `was ${remote.digest}` : "GitHub reported no digest",
            });
        }
        else if (generated) {
            steps.push({ asset, action: "keep", remote, generated, note: "kept as published" });
            warnings.push(`${asset.name} of the published release differs from this run's; it is kept as published (a published release is never rewritten).`);
        }
        else if (!remote.digest && remote.size === asset.size) {
            steps.push({ asset, action: "keep", remote, generated, note: "GitHub reports no digest" });
            warnings.push(`${asset.name}: GitHub reports no digest for this older asset, so it cannot be verified.`);
        }
        else {
            errors.push(`${asset.name} of the published release ${release.tag_name} is ${remote.digest ?? `${remote.size} bytes`}, but the file built now is sha256:${asset.sha256}: a published asset is never replaced. Release a new version instead.`);
            steps.push({ asset, action: "keep", remote, generated, note: "differs (refused)" });
        }
    }
    return { steps, errors, warnings };
}
/**
 * Another run is writing the same release at the same time, and its manifest got there first:
 * this run leaves the release to it rather than mixing two runs' assets.
 */
class ReleaseTakenError extends Error {
    name = "ReleaseTakenError";
}
/** The release as GitHub has it now (assets included). One request. */
async function readRelease(client, repo, releaseId) {
    const { data } = await client.request("GET /repos/{owner}/{repo}/releases/{release_id}", {
        ...repo,
        release_id: releaseId,
    });
    return data;
}
/**
 * True when the manifest on the release is the one this run uploaded or kept (by its id): the run
 * owns the release's assets. Without a manifest to claim with (none planned), always true.
 */
function holdsManifest(release, claimId, manifestName = RELEASE_MANIFEST_ASSET) {
    if (claimId === undefined)
        return !release.assets.some((a) => a.name === manifestName);
    return release.assets.some((a) => a.id === claimId && a.name === manifestName);
}
/** What a run that left the release to another says. */
const releaseTaken = (tag) => new ReleaseTakenError(`Another run is bundling ${tag} at the same time and its manifest is on the release: this run left the release to it (nothing of this run's was published). If that run fails, re-run this job.`);
/**
 * Uploads that overlap: fewer round trips (5 artefacts, the notes and the checksums are two
 * rounds after the manifest), and no storm of parallel writes (GitHub's guidance; its secondary
 * limits allow 80 content-creating requests a minute).
 */
const UPLOADS_AT_ONCE = 4;
/**
 * Carries out the plan (files stream from disk), the manifest first: the manifest is the claim;
 * then the other assets, up to UPLOADS_AT_ONCE at a time. Asset names are unique on a release, so when two runs write one release at
 * once, the run whose manifest is on it owns the assets: it replaces what the other run left, and
 * the other run stops (`ReleaseTakenError`) instead of writing a mixed set.
 */
async function applyAssets(client, repo, release, plan, log, upload = {}, manifestName = RELEASE_MANIFEST_ASSET) {
    const claim = plan.steps.find((s) => s.asset.name === manifestName);
    const steps = claim ? [claim, ...plan.steps.filter((s) => s !== claim)] : plan.steps;
    const send = (asset) => uploadAsset(client, asset, {
        ...repo,
        releaseId: release.id,
        uploadUrl: release.upload_url,
        log,
        ...upload,
    });
    const remove = async (asset) => {
        try {
            await deleteAsset(client, repo, asset.id);
        }
        catch (e) {
            if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 404))
                throw e; // already gone
        }
    };
    const done = [];
    let claimId;
    if (claim) {
        const placed = await place(claim);
        done.push(placed);
        claimId = placed.id;
    }
    const rest = steps.filter((s) => s !== claim);
    done.push(...(await inBatches(rest, UPLOADS_AT_ONCE, place)));
    return { assets: done, claimId };
    async function place(step) {
        if (step.action === "keep")
            return step.remote;
        if (step.remote) {
            log(`${step.action === "resume" ? "Removing the unfinished" : "Replacing"} ${step.asset.name} (${step.note}).`);
            await remove(step.remote);
        }
        log(`Uploading ${step.asset.name} (${step.asset.size} bytes).`);
        try {
            return await send(step.asset);
        }
        catch (e) {
            // Another run uploaded an asset of that name meanwhile: the same bytes are fine; otherwise
            // the run whose manifest is on the release wins.
            if (!(e instanceof errors/* GitHubApiError */.OS && e.status === 422))
                throw e;
            const now = await readRelease(client, repo, release.id);
            const theirs = now.assets.find((a) => a.name === step.asset.name);
            if (theirs && isComplete(theirs) && digestMatches(theirs, step.asset.sha256))
                return theirs;
            if (step === claim || !holdsManifest(now, claimId, claim?.asset.name))
                throw releaseTaken(release.tag_name);
            if (!now.draft)
                throw e; // published meanwhile: a published asset is never replaced
            log(`Replacing ${step.asset.name}, which a run at the same time uploaded with other content.`);
            if (theirs)
                await remove(theirs);
            return await send(step.asset);
        }
    }
}
/** Reads the release back and checks every asset's digest against our own SHA-256. One request. */
async function verifyAssets(client, repo, releaseId, wanted) {
    const data = await readRelease(client, repo, releaseId);
    const problems = [];
    for (const asset of wanted) {
        const copies = data.assets.filter((a) => a.name === asset.name);
        const remote = copies[0];
        if (!remote)
            problems.push(`${asset.name} is missing from the release.`);
        else if (copies.length > 1)
            problems.push(`${asset.name} is on the release ${copies.length} times.`);
        else if (!isComplete(remote))
            problems.push(`${asset.name} is in state ${remote.state}, not uploaded.`);
        else if (!remote.digest && !data.draft)
            continue;
        else if (!digestMatches(remote, asset.sha256)) {
            problems.push(`${asset.name}: GitHub's digest is ${remote.digest ?? "missing"}, ours is sha256:${asset.sha256}.`);
        }
    }
    return { release: data, problems };
}
/** Publishes the draft (all assets are on it already, so immutable releases work). */
async function publishRelease(client, repo, releaseId, tag) {
    try {
        const { data } = await client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", { ...repo, release_id: releaseId, draft: false });
        return data;
    }
    catch (e) {
        // Another release of the tag was published meanwhile (GitHub refuses a second one).
        if (e instanceof errors/* GitHubApiError */.OS &&
            e.status === 422 &&
            /already_exists|tag_name/.test(JSON.stringify(e.data))) {
            throw releaseTaken(tag);
        }
        throw e;
    }
}
/**
 * Points the lightweight tag `tag` at `sha`: moves it when it exists (forced: a major tag moves
 * to a newer release, which is not a fast-forward when a fix landed elsewhere), creates it when
 * it does not — and when a concurrent run created it first, moves it.
 */
async function moveTag(client, repo, tag, sha, exists) {
    const move = () => client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...repo,
        ref: `tags/${tag}`,
        sha,
        force: true,
    });
    if (exists) {
        await move();
        return;
    }
    let made;
    try {
        // Created once: when the answer is lost, the tag is looked for before it is created again.
        made = await writeOnce(client, {
            what: `the tag ${tag}`,
            write: async () => (await client.request("POST /repos/{owner}/{repo}/git/refs", {
                ...repo,
                ref: `refs/tags/${tag}`,
                sha,
            })).data,
            find: async () => {
                try {
                    return (await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
                        ...repo,
                        ref: `tags/${tag}`,
                    })).data;
                }
                catch (e) {
                    if (e instanceof errors/* GitHubApiError */.OS && e.status === 404)
                        return undefined;
                    throw e;
                }
            },
        });
    }
    catch (e) {
        if (e.status !== 422)
            throw e;
        await move();
        return;
    }
    if (made.object?.sha !== sha)
        await move(); // a concurrent run created it elsewhere
}

;// CONCATENATED MODULE: ../../packages/release-process/src/bundle/summary.ts
/**
 * The job summary: the outcome first, then the artefacts with their checksums, then the notes.
 */

const STATUS = {
    upload: "uploaded",
    replace: "replaced",
    resume: "uploaded again (unfinished upload removed)",
    keep: "unchanged",
};
function releaseSummary(s) {
    const link = s.release ? `[${escapeMarkdown(s.plan.tag)}](${s.release.html_url})` : `\`${s.plan.tag}\``;
    const headline = {
        published: `## ✅ Released ${link}`,
        draft: `## 📝 Draft release ${link} is ready`,
        "dry-run": `## 🔍 Dry run: would release ${link}`,
        refused: `## ⛔ Release ${link} refused`,
        unverified: `## ⛔ Release ${link} not published: asset digests do not match`,
        taken: `## ⛔ Release ${link} left to another run bundling it at the same time`,
    }[s.outcome];
    const lines = [headline, ""];
    lines.push(`Version **\`${s.plan.version}\`** — ${escapeMarkdown(s.plan.reason)}.`);
    lines.push(`${s.notes.entryCount} notes entries from ${s.notes.commitCount} commits since ${s.plan.previousTag ? `\`${s.plan.previousTag.name}\`` : "the first commit"}.`);
    if (s.fitted.truncated)
        lines.push(`The notes exceed GitHub's body limit: the full notes are the \`RELEASE_NOTES.md\` asset.`);
    if (s.majorTag)
        lines.push(escapeMarkdown(s.majorTag));
    if (s.problems.length > 0) {
        lines.push("", ...s.problems.map((p) => `- ${escapeMarkdown(p)}`));
    }
    const dry = s.outcome === "dry-run";
    lines.push("", "### Assets", "", markdownTable(["Asset", "Size", "SHA-256", dry ? "Would be" : "Status"], s.steps.map((st) => [
        escapeMarkdown(st.asset.name),
        formatSize(st.asset.size),
        `\`${st.asset.sha256}\``,
        dry
            ? { upload: "uploaded", replace: "replaced", resume: "uploaded again", keep: "unchanged" }[st.action]
            : STATUS[st.action],
    ])));
    lines.push("", details("Release notes", s.notes.markdown.length > 60_000 ? `${s.fitted.body.slice(0, 60_000)}\n\n…` : s.notes.markdown));
    return `${lines.join("\n")}\n`;
}
function nothingToRelease(reason, sha) {
    return `## ⏭️ Nothing to release\n\n${escapeMarkdown(reason)} (commit \`${sha.slice(0, 7)}\`).\n`;
}

;// CONCATENATED MODULE: ../../packages/release-process/src/bundle/bundleRelease.ts
/**
 * Bundles a release into the definitive media library, a GitHub Release with notes, artefacts,
 * checksums and an evidence manifest.
 *
 * Order: read and check everything (version, tag, published assets) → find or create the draft →
 * upload what is missing or different → verify every digest → publish. The artefacts come in
 * already found and hashed; the caller writes the outputs, the files and the summary.
 */







async function bundleRelease(deps) {
    const { client, ctx, now, request, artefacts, log } = deps;
    const repo = ctx.repository;
    const { policy } = deps.policy;
    const tagPrefix = request.tagPrefix ?? policy.release.tagPrefix;
    const history = await readHistory(client, {
        ...repo,
        sha: ctx.sha,
        stopAt: (tags) => previousReleaseTag(tags, tagPrefix, ctx.sha, {
            explicit: request.version,
            prerelease: request.prerelease,
        })?.sha,
    });
    const plan = planVersion({
        explicit: request.version,
        tagPrefix,
        prerelease: request.prerelease,
        tags: history.tags,
        headSha: ctx.sha,
        commitMessages: history.commits.map((c) => c.message),
        initialVersion: policy.release.initialVersion,
    });
    if (!plan.release) {
        log.info(plan.reason);
        return { outcome: "nothing", version: "", tag: "", summary: nothingToRelease(plan.reason, ctx.sha) };
    }
    // The pull requests of the commits, and the reads that do not depend on the history, together:
    // the run's approvals and the environment's protection now (recorded so that a later bypass or
    // change of the settings shows up in `gatehouse verify`), and the repository's releases. The
    // environment, when named, must be one of the repository's: the manifest records it.
    const [pulled, { approvals, problem }, protection, releases] = await Promise.all([
        pullRequestsOfHistory(client, repo, history.commits),
        readEnvironmentApprovals(client, repo, ctx.runId),
        request.environment ? readEnvironmentProtection(client, repo, request.environment) : undefined,
        listReleases(client, repo),
        request.environment ? requireEnvironment(client, repo, request.environment) : undefined,
    ]);
    for (const sha of pulled.unattributed) {
        log.warning(`Commit ${sha.slice(0, 7)} is in more than ${PULLS_PER_COMMIT} pull requests and none of the first ${PULLS_PER_COMMIT} GitHub lists is merged: the notes list it by its own message, without a pull request.`);
    }
    const commits = pulled.commits;
    log.info(`Version ${plan.version} (${plan.reason}); ${commits.length} commits since ${plan.previousTag?.name ?? "the start"}.`);
    if (problem && ctx.runId)
        log.warning(problem);
    if (protection?.problem)
        log.warning(protection.problem);
    const found = chooseRelease(releases, plan.tag);
    let release = found.release;
    // Everything the release will hold, computed.
    const notes = await renderReleaseNotes({
        version: plan.version,
        tag: plan.tag,
        previousTag: plan.previousTag?.name,
        date: now,
        repository: { serverUrl: ctx.serverUrl, owner: repo.owner, repo: repo.repo },
        commits,
        changeRequests: request.changeRequests,
        approvals: approvals ?? [],
        artefacts: artefacts.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
    });
    const fitted = fitReleaseBody(notes, releaseBodyRoom(RELEASE_BODY_LIMIT, plan.tag));
    const generated = [];
    if (fitted.truncated)
        generated.push(textAsset(RELEASE_NOTES_ASSET, notes.markdown, "text/markdown"));
    const manifest = releaseManifest({
        repository: `${repo.owner}/${repo.repo}`,
        version: plan.version,
        tag: plan.tag,
        prerelease: Boolean(request.prerelease) || plan.version.includes("-"),
        previousTag: plan.previousTag?.name,
        commit: ctx.sha,
        range: request.range
            ? { ...request.range, from: "change-gate" }
            : { base: plan.previousTag?.sha ?? null, head: ctx.sha, from: "previous-release" },
        policy: {
            path: deps.policy.source.path,
            ref: deps.policy.source.ref,
            blobSha: deps.policy.source.found ? (deps.policy.source.sha ?? null) : null,
        },
        environment: request.environment,
        environmentProtection: protection?.protection ?? null,
        workflowRun: {
            id: ctx.runId,
            attempt: ctx.runAttempt,
            url: ctx.runUrl,
            workflow: ctx.workflow || undefined,
        },
        changeRequests: request.changeRequests,
        approvals: approvals ?? [],
        freeze: request.freeze,
        artefacts: [...artefacts, ...generated].map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
        notes: {
            entries: notes.entryCount,
            commits: notes.commitCount,
            asset: fitted.truncated ? RELEASE_NOTES_ASSET : undefined,
        },
    });
    const manifestText = serializeManifest(manifest);
    const manifestAsset = textAsset(RELEASE_MANIFEST_ASSET, manifestText, "application/json");
    const sums = textAsset(CHECKSUMS_ASSET, checksumsFile([...artefacts, ...generated, manifestAsset]), "text/plain");
    const wanted = [
        ...artefacts.map((asset) => ({ asset, generated: false })),
        ...[...generated, sums, manifestAsset].map((asset) => ({ asset, generated: true })),
    ];
    const assetPlan = planAssets(release, wanted);
    for (const w of assetPlan.warnings)
        log.warning(w);
    const fields = {
        tag: plan.tag,
        sha: ctx.sha,
        name: plan.tag,
        body: releaseBody(fitted.body, plan.tag),
        prerelease: manifest.prerelease,
    };
    const majorTag = request.majorTag
        ? planMajorTag({ version: plan.version, tagPrefix, sha: ctx.sha, tags: history.tags })
        : undefined;
    const summaryBase = {
        plan,
        notes,
        fitted,
        steps: assetPlan.steps,
        dryRun: request.dryRun,
        draft: request.draft,
    };
    let majorTagLine;
    let movedMajorTag;
    const result = (outcome, problems = [], failure) => ({
        outcome,
        version: plan.version,
        tag: plan.tag,
        ...(release ? { release } : {}),
        notes: notes.markdown,
        manifest: manifestText,
        summary: releaseSummary({ ...summaryBase, release, outcome, problems, majorTag: majorTagLine }),
        ...(failure ? { failure } : {}),
        ...(movedMajorTag ? { majorTag: movedMajorTag } : {}),
    });
    if (assetPlan.errors.length > 0) {
        return result("refused", assetPlan.errors, assetPlan.errors.join(" "));
    }
    if (request.dryRun) {
        for (const line of dryRunLines(release, fields, assetPlan.steps, request.draft))
            log.info(line);
        if (majorTag) {
            majorTagLine = majorTag.move ? `Would point ${majorTag.tag} at ${plan.tag}.` : majorTag.reason;
            log.info(majorTagLine);
        }
        return result("dry-run");
    }
    // A published release keeps the generated assets it was published with (the manifest names the
    // run attempt that published it): a re-run checks only the artefacts, and changes nothing.
    const alreadyPublished = release !== undefined && !release.draft;
    // The writes: the draft (one, even when runs race), the assets (the manifest first: it claims the
    // release), the check, the publication.
    try {
        await deleteRedundantDrafts(client, repo, found.redundant, log.info);
        if (!release)
            release = await createDraft(client, repo, fields, log.info);
        else if (release.draft)
            release = await updateDraft(client, repo, release, fields);
        const { claimId } = await applyAssets(client, repo, release, assetPlan, log.info);
        const verified = await verifyAssets(client, repo, release.id, wanted.filter((w) => !(alreadyPublished && w.generated)).map((w) => w.asset));
        release = verified.release;
        if (!holdsManifest(release, claimId))
            throw releaseTaken(plan.tag);
        if (verified.problems.length > 0) {
            return result("unverified", verified.problems, `The release was not published: ${verified.problems.join(" ")} Re-run the job to upload the assets again.`);
        }
        if (release.draft && !request.draft)
            release = await publishRelease(client, repo, release.id, plan.tag);
    }
    catch (e) {
        if (e instanceof ReleaseTakenError)
            return result("taken", [e.message], e.message);
        throw e;
    }
    log.info(`${release.draft ? "Draft" : "Release"} ${plan.tag}: ${release.html_url}`);
    if (majorTag && !release.draft) {
        // Only once the release is out: users of `@v1` must never land on a draft.
        if (majorTag.move) {
            await moveTag(client, repo, majorTag.tag, majorTag.sha, majorTag.from !== undefined);
            movedMajorTag = majorTag.tag;
            majorTagLine = `${majorTag.tag} now points at ${plan.tag}.`;
        }
        else {
            majorTagLine = majorTag.reason;
            if (majorTag.reason.includes("already points"))
                movedMajorTag = majorTag.tag;
        }
        log.info(majorTagLine);
    }
    else if (majorTag) {
        majorTagLine = `${majorTag.tag} stays: the release is a draft.`;
    }
    return result(release.draft ? "draft" : "published");
}
function dryRunLines(release, fields, steps, draft) {
    const lines = [
        "Dry run: nothing is written.",
        release
            ? `Would reuse the ${release.draft ? "draft" : "published release"} ${release.tag_name} (id ${release.id}).`
            : `Would create the draft release ${fields.tag} at ${fields.sha.slice(0, 7)}.`,
    ];
    for (const s of steps) {
        const verb = { upload: "upload", replace: "replace", resume: "re-upload", keep: "keep" }[s.action];
        lines.push(`Would ${verb} ${s.asset.name} (${s.asset.size} bytes, sha256:${s.asset.sha256}).`);
    }
    lines.push(draft || (release && !release.draft)
        ? "Would leave it as it is (draft: true or already published)."
        : "Would publish it.");
    return lines;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3592);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The inputs of release-bundle, read and checked before anything is fetched or written.
 */


/** A bad input: the message names the input and the fix. */
class InputProblem extends Error {
    name = "InputProblem";
}
function guard(input, read) {
    try {
        return read();
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new InputProblem(message.includes(input) ? message : `Input ${input}: ${message}`);
    }
}
function readInputs(runner = src_runner/* processRunner */.qc) {
    const version = runner.getInput("version");
    if (version)
        guard("version", () => parseExplicitVersion(version));
    const prefixInput = runner.getInput("tag-prefix", { trim: false });
    const tagPrefix = prefixInput === "" ? undefined : guard("tag-prefix", () => validateTagPrefix(prefixInput.trim()));
    const prerelease = guard("prerelease", () => validateChannel(runner.getInput("prerelease")));
    const files = runner.getMultilineInput("files").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    return {
        version,
        tagPrefix,
        prerelease,
        files,
        draft: guard("draft", () => runner.getBooleanInput("draft")),
        dryRun: guard("dry-run", () => runner.getBooleanInput("dry-run")),
        failOnUnmatchedFiles: guard("fail-on-unmatched-files", () => runner.getBooleanInput("fail-on-unmatched-files", { default: true })),
        changeRequests: guard("change-requests", () => parseChangeRequestsInput(runner.getInput("change-requests"))),
        environment: runner.getInput("environment"),
        freeze: guard("freeze", () => parseFreezeInput(runner.getInput("freeze"))),
        majorTag: guard("major-tag", () => runner.getBooleanInput("major-tag")),
        range: guard("range", () => parseRangeInput(runner.getInput("range"))),
    };
}

;// CONCATENATED MODULE: ./src/artefacts.ts
/**
 * The artefacts of the release: the files the `files` globs match in the workspace, checked
 * (each matched something, none is 2 GiB or more, no two share a name) and hashed from disk.
 */






const GENERATED = new Set([CHECKSUMS_ASSET, RELEASE_MANIFEST_ASSET, RELEASE_NOTES_ASSET]);
/**
 * The name GitHub gives an uploaded file: characters other than letters, digits, `.`, `-`, `_`
 * and `+` become `.`, and leading or trailing dots go.
 */
function assetName(file) {
    return (0,external_node_path_.basename)(file)
        .replace(/[^\w.+-]/g, ".")
        .replace(/^\.+|\.+$/g, "");
}
/** Expands the globs and checks every file, before anything is hashed or written. */
async function findArtefacts(patterns, cwd, failOnUnmatched) {
    const ignore = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
    const positive = patterns.filter((p) => !p.startsWith("!"));
    const seen = new Map();
    const files = [];
    const unmatched = [];
    for (const pattern of positive) {
        const matched = (await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd, ignore, onlyFiles: true, absolute: true, dot: true })).sort();
        if (matched.length === 0) {
            if (failOnUnmatched) {
                throw new InputProblem(`Input files: "${pattern}" matches no file in ${cwd}. Build the artefacts before this step, fix the pattern, or set fail-on-unmatched-files: false.`);
            }
            unmatched.push(pattern);
            continue;
        }
        for (const path of matched) {
            const name = assetName(path);
            const shown = (0,external_node_path_.relative)(cwd, path) || path;
            const other = seen.get(name);
            if (other === path)
                continue;
            if (other !== undefined) {
                throw new InputProblem(`Input files: ${(0,external_node_path_.relative)(cwd, other)} and ${shown} would both be the release asset ${name}: assets need unique file names.`);
            }
            if (GENERATED.has(name)) {
                throw new InputProblem(`Input files: ${shown} is named like the ${name} release-bundle writes itself: rename the file or leave it out.`);
            }
            const { size } = await (0,promises_.stat)(path);
            if (size > MAX_ASSET_BYTES) {
                throw new InputProblem(`Input files: ${shown} is ${formatSize(size)}, over GitHub's 2 GiB limit for a release asset: split or compress it.`);
            }
            seen.set(name, path);
            files.push({ path, name, size });
        }
    }
    if (files.length === 0 && positive.length > 0 && failOnUnmatched) {
        throw new InputProblem("Input files: the patterns match no file.");
    }
    return { files, unmatched };
}
/** SHA-256 of every file, streamed from disk one after the other. */
async function hashArtefacts(files) {
    const out = [];
    for (const f of files)
        out.push(await fileAsset(f.path, f.name));
    return out;
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * release-bundle: reads the inputs, finds and hashes the artefacts, bundles the release
 * (@gatehouse/release-process), keeps the notes and the manifest as files, sets the outputs and
 * writes the job summary. A refused or unverified release fails the step.
 */








async function run() {
    const runner = src_runner/* processRunner */.qc;
    // Everything that can be checked without GitHub first: the inputs, then the files.
    const inputs = readInputs(runner);
    const setup = (0,src_setup.setupAction)();
    const { ctx, client } = setup;
    const workspace = ctx.workspace || process.cwd();
    const found = await findArtefacts(inputs.files, workspace, inputs.failOnUnmatchedFiles);
    for (const p of found.unmatched)
        runner.warning(`Input files: "${p}" matches no file.`);
    const artefacts = await hashArtefacts(found.files);
    const policy = await loadActionPolicy(setup, runner);
    for (const note of policy.notes)
        runner.info(note);
    const result = await bundleRelease({
        client,
        ctx,
        // GitHub's time (the policy's answer gave it), never the runner's clock.
        now: client.now(),
        policy,
        request: inputs,
        artefacts,
        log: { info: runner.info, warning: runner.warning },
    });
    // The notes and the manifest as files for later steps (outputs `notes` and `manifest`).
    let notesPath = "";
    let manifestPath = "";
    if (result.notes !== undefined && result.manifest !== undefined) {
        const outDir = (0,external_node_path_.join)(ctx.runnerTemp || workspace, "release-bundle");
        (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
        notesPath = (0,external_node_path_.join)(outDir, RELEASE_NOTES_ASSET);
        manifestPath = (0,external_node_path_.join)(outDir, RELEASE_MANIFEST_ASSET);
        (0,external_node_fs_.writeFileSync)(notesPath, result.notes);
        (0,external_node_fs_.writeFileSync)(manifestPath, result.manifest);
    }
    runner.setOutput("version", result.version);
    runner.setOutput("tag", result.tag);
    runner.setOutput("release-id", result.release ? String(result.release.id) : "");
    runner.setOutput("release-url", result.release?.html_url ?? "");
    runner.setOutput("manifest", manifestPath);
    runner.setOutput("notes", notesPath);
    runner.setOutput("major-tag", result.majorTag ?? "");
    runner.summary.append(result.summary);
    if (result.failure)
        throw new Error(result.failure);
}


/***/ })

};
