import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildClientSchema,
  execute,
  type GraphQLError,
  type GraphQLSchema,
  type IntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from "graphql";
import { tokenReaches } from "../apps/access";
import { packageDir } from "../packageDir";
import { hasPermission } from "../permissions";
import type { RateState } from "../rateLimit";
import { searchIssues } from "../routes/search";
import { connection, GitHubGraphqlError } from "./connection";
import { measureQuery } from "./limits";
import { mutationRoot } from "./mutations";
import { type GraphqlContext, IssueView, nodeView, OrgView, PullView, RepoView, UserView } from "./views";

export type { GraphqlContext } from "./views";

let cachedSchema: GraphQLSchema | undefined;

/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once per process. */
export function githubSchema(): GraphQLSchema {
  if (!cachedSchema) {
    const dir = packageDir("@octokit/graphql-schema");
    const json = JSON.parse(readFileSync(join(dir, "schema.json"), "utf8")) as {
      data?: IntrospectionQuery;
    } & IntrospectionQuery;
    cachedSchema = buildClientSchema(json.data ?? json, { assumeValid: true });
  }
  return cachedSchema;
}

export interface GraphqlResult {
  status: number;
  body: { data?: unknown; errors?: unknown[] };
  /** Set when GitHub would refuse the query itself (syntax, unknown field, bad argument). */
  violation?: string;
  /** Fields the query asked for that the sandbox does not resolve (answered null): a gap, not GitHub's answer. */
  unresolved?: string[];
  rootFields: string[];
  /** Rate-limit points charged, and the most nodes the query could return (GitHub's limits). */
  cost?: number;
  nodeCount?: number;
}

interface ErrorJson {
  type?: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  message: string;
  extensions?: Record<string, unknown>;
}

/** Rewrite graphql-js validation messages into GitHub's wording. */
function validationError(e: GraphQLError): ErrorJson {
  const locations = e.locations ? [...e.locations] : undefined;
  const field = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(e.message);
  if (field) {
    return {
      path: ["query"],
      extensions: { code: "undefinedField", typeName: field[2], fieldName: field[1] },
      locations,
      message: `Field '${field[1]}' doesn't exist on type '${field[2]}'`,
    };
  }
  const arg = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"\./.exec(e.message);
  if (arg) {
    return {
      path: ["query"],
      extensions: { code: "argumentNotAccepted", name: arg[3], typeName: "Field", argumentName: arg[1] },
      locations,
      message: `Field '${arg[3]}' doesn't accept argument '${arg[1]}'`,
    };
  }
  return { locations, message: e.message };
}

function rootFieldNames(doc: ReturnType<typeof parse>, operationName?: string): string[] {
  const ops = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  if (!op) return [];
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

type CheckedQuery =
  | { doc: ReturnType<typeof parse>; problems: readonly GraphQLError[] }
  | { syntax: GraphQLError };

/** Queries parsed and validated lately, by their text (the schema does not change in a process). */
const checkedQueries = new Map<string, CheckedQuery>();
const CHECKED_QUERIES_LIMIT = 500;

/**
 * The query parsed and validated against the schema: the same text always gives the same answer,
 * so each distinct query is checked once (clients send the same few queries again and again).
 */
function checkedQuery(schema: GraphQLSchema, query: string): CheckedQuery {
  const hit = checkedQueries.get(query);
  if (hit) return hit;
  let checked: CheckedQuery;
  try {
    const doc = parse(query);
    checked = { doc, problems: validate(schema, doc) };
  } catch (e) {
    checked = { syntax: e as GraphQLError };
  }
  if (checkedQueries.size >= CHECKED_QUERIES_LIMIT) checkedQueries.clear();
  checkedQueries.set(query, checked);
  return checked;
}

/** Validate a query against GitHub's schema and execute it against the sandbox state. */
export async function executeGraphql(
  g: GraphqlContext,
  payload: { query?: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  /** Spends the query's points; answers the token's state, or undefined when too few remain. */
  charge: (cost: number) => RateState | undefined = () => undefined,
): Promise<GraphqlResult> {
  const schema = githubSchema();
  if (!payload.query) {
    const errors = [{ message: "A query attribute must be specified and must be a string." }];
    return { status: 200, body: { errors }, violation: errors[0]!.message, rootFields: [] };
  }
  const checked = checkedQuery(schema, payload.query);
  if ("syntax" in checked) {
    const err = checked.syntax;
    const errors = [{ message: err.message, locations: err.locations }];
    return { status: 200, body: { errors }, violation: err.message, rootFields: [] };
  }
  const { doc, problems } = checked;
  const rootFields = rootFieldNames(doc, payload.operationName ?? undefined);
  if (problems.length > 0) {
    const errors = problems.map(validationError);
    return { status: 200, body: { errors }, violation: errors.map((e) => e.message).join("; "), rootFields };
  }
  // GitHub's resource limits, checked before anything runs.
  const measure = measureQuery(schema, doc, payload.variables, payload.operationName);
  if (measure.errors.length > 0) {
    const errors = measure.errors.map((e) => ({ ...e }));
    return {
      status: 200,
      body: { errors },
      violation: errors.map((e) => e.message).join("; "),
      rootFields,
      nodeCount: measure.nodeCount,
    };
  }
  const rate = charge(measure.cost);
  if (!rate) {
    const errors = [{ type: "RATE_LIMITED", message: `API rate limit exceeded for ${g.token.user}.` }];
    return { status: 200, body: { errors }, rootFields, cost: 0, nodeCount: measure.nodeCount };
  }
  g.rate = { ...rate, cost: measure.cost, nodeCount: measure.nodeCount };
  const root = rootValue(g);
  const unresolved = new Set<string>();
  const result = await execute({
    schema,
    document: doc,
    rootValue: root,
    contextValue: g,
    variableValues: payload.variables ?? undefined,
    operationName: payload.operationName ?? undefined,
    // Like graphql-js's default resolver, but notes fields the views do not have.
    fieldResolver: (source, args, context, info) => {
      if (source === null || typeof source !== "object") return undefined;
      const value = (source as Record<string, unknown>)[info.fieldName];
      if (typeof value === "function") return value.call(source, args, context, info);
      if (value === undefined) unresolved.add(`${info.parentType.name}.${info.fieldName}`);
      return value;
    },
  });
  const body: GraphqlResult["body"] = {};
  if (result.data !== undefined) body.data = result.data;
  let violation: string | undefined;
  if (result.errors && result.errors.length > 0) {
    body.errors = result.errors.map((e) => {
      const original = e.originalError;
      const out: ErrorJson = { message: e.message };
      if (original instanceof GitHubGraphqlError) out.type = original.type;
      if (e.path) out.path = e.path;
      if (e.locations) out.locations = e.locations;
      return out;
    });
    // Variable coercion problems are the caller's mistake, like validation errors.
    if (result.data === undefined) violation = result.errors.map((e) => e.message).join("; ");
    const refused = result.errors.filter(
      (e) => e.originalError instanceof GitHubGraphqlError && CALLER_MISTAKES.has(e.originalError.type),
    );
    if (refused.length > 0) violation = refused.map((e) => e.message).join("; ");
  }
  return {
    status: 200,
    body,
    violation,
    rootFields,
    cost: measure.cost,
    nodeCount: measure.nodeCount,
    ...(unresolved.size > 0 ? { unresolved: [...unresolved] } : {}),
  };
}

/** Errors GitHub answers for a malformed query (as opposed to missing data or permissions). */
const CALLER_MISTAKES = new Set([
  "MISSING_PAGINATION_BOUNDARIES",
  "EXCESSIVE_PAGINATION",
  "INVALID_CURSOR_ARGUMENTS",
]);

function rootValue(g: GraphqlContext) {
  return {
    ...mutationRoot(g),
    repository({ owner, name }: { owner: string; name: string }) {
      const repo = g.store.findRepo(owner, name);
      // An installation token narrowed to other repositories does not see this one.
      if (!repo || !tokenReaches(g.store, g.token, repo)) {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return new RepoView(g, repo);
    },
    organization({ login }: { login: string }) {
      const org = g.store.findOrg(login);
      if (!org)
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to an Organization with the login of '${login}'.`,
        );
      return new OrgView(g, org);
    },
    user({ login }: { login: string }) {
      const u = g.store.findUser(login);
      if (!u || u.type === "Organization") {
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a User with the login of '${login}'.`,
        );
      }
      return new UserView(g, u);
    },
    get viewer() {
      return new UserView(g, g.user, true);
    },
    rateLimit() {
      const r = g.rate;
      if (!r) return null;
      return {
        cost: r.cost,
        limit: r.limit,
        nodeCount: r.nodeCount,
        remaining: r.remaining,
        used: r.used,
        resetAt: new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      };
    },
    search(args: {
      query: string;
      type: string;
      first?: number;
      last?: number;
      after?: string;
      before?: string;
    }) {
      if (args.type !== "ISSUE") {
        throw new GitHubGraphqlError(
          "UNPROCESSABLE",
          `The sandbox searches issues and pull requests only, not ${args.type}.`,
        );
      }
      const found = searchIssues(g.store.state.repos, args.query).filter((f) =>
        hasPermission(g.token, f.issue.pullRequest ? "pull_requests=read" : "issues=read"),
      );
      return connection(
        "search",
        found,
        args,
        (f) =>
          f.issue.pullRequest
            ? new PullView(g, f.repo, g.store.findPull(f.repo, f.issue.number)!)
            : new IssueView(g, f.repo, f.issue),
        {
          issueCount: found.length,
          codeCount: 0,
          discussionCount: 0,
          repositoryCount: 0,
          userCount: 0,
          wikiCount: 0,
        },
      );
    },
    node({ id }: { id: string }) {
      const ref = g.store.nodes.get(id);
      if (!ref)
        throw new GitHubGraphqlError(
          "NOT_FOUND",
          `Could not resolve to a node with the global id of '${id}'`,
        );
      return nodeView(g, ref);
    },
    nodes({ ids }: { ids: string[] }) {
      return ids.map((id) => {
        const ref = g.store.nodes.get(id);
        return ref ? nodeView(g, ref) : null;
      });
    },
  };
}
