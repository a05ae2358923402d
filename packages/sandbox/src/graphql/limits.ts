import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  valueFromAST,
} from "graphql";

/**
 * GitHub's GraphQL resource limits, computed before a query runs, as GitHub documents them
 * ("Rate limits and query limits for the GraphQL API"):
 * - every connection needs `first` or `last`, each within 1..100;
 * - a query may request at most 500,000 nodes: each connection's `first`/`last`, multiplied by
 *   the sizes of the connections it sits in, summed over the query;
 * - its cost in rate-limit points is the number of requests needed to fill every connection
 *   (a connection inside another is filled once per parent node), divided by 100 and rounded,
 *   at least 1.
 */

export const NODE_LIMIT = 500_000;
export const PAGE_LIMIT = 100;

export interface LimitError {
  type: "MISSING_PAGINATION_BOUNDARIES" | "EXCESSIVE_PAGINATION" | "MAX_NODE_LIMIT_EXCEEDED";
  message: string;
  path: string[];
  locations?: { line: number; column: number }[];
}

export interface QueryMeasure {
  /** The most nodes the query can return. */
  nodeCount: number;
  /** Requests GitHub needs to fill every connection (the sum before dividing by 100). */
  requests: number;
  /** Rate-limit points: max(1, round(requests / 100)). */
  cost: number;
  errors: LimitError[];
}

const thousands = (n: number) => n.toLocaleString("en-US");

export function pointCost(requests: number): number {
  return Math.max(1, Math.round(requests / 100));
}

/** Node count, cost and connection-argument errors of one operation of `doc`. */
export function measureQuery(
  schema: GraphQLSchema,
  doc: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): QueryMeasure {
  const ops = doc.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  const out: QueryMeasure = { nodeCount: 0, requests: 0, cost: 1, errors: [] };
  if (!op) return out;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    op.operation === "mutation"
      ? schema.getMutationType()
      : op.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return out;
  const vars = { ...defaultsOf(op, schema), ...(variables ?? {}) };
  let overLimit = false;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, path: string[]) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        walk(sel.selectionSet, (t ?? parent) as GraphQLCompositeType, multiplier, path);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (!f) continue;
        const t = schema.getType(f.typeCondition.name.value);
        walk(f.selectionSet, (t ?? parent) as GraphQLCompositeType, multiplier, path);
        continue;
      }
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const def = parent.getFields()[sel.name.value] as GraphQLField<unknown, unknown> | undefined;
      if (!def) continue;
      const here = [...path, sel.alias?.value ?? sel.name.value];
      const named = getNamedType(def.type);
      let childMultiplier = multiplier;
      if (isConnection(def)) {
        const arg = (name: string): number | undefined => {
          const node = sel.arguments?.find((a) => a.name.value === name);
          const argDef = def.args.find((a) => a.name === name);
          if (!argDef) return undefined;
          const v = node ? valueFromAST(node.value, argDef.type, vars) : argDef.defaultValue;
          return typeof v === "number" ? v : undefined;
        };
        const first = arg("first");
        const last = arg("last");
        const locations = sel.loc ? [locationOf(sel.loc)] : undefined;
        let size = 0;
        if (first === undefined && last === undefined) {
          out.errors.push({
            type: "MISSING_PAGINATION_BOUNDARIES",
            message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${sel.name.value}\` connection.`,
            path: here,
            locations,
          });
        } else {
          for (const [name, v] of [
            ["first", first],
            ["last", last],
          ] as const) {
            if (v === undefined) continue;
            if (v < 1 || v > PAGE_LIMIT) {
              out.errors.push({
                type: "EXCESSIVE_PAGINATION",
                message:
                  v > PAGE_LIMIT
                    ? `Requesting ${v} records on the \`${sel.name.value}\` connection exceeds the \`${name}\` limit of ${PAGE_LIMIT} records.`
                    : `\`${name}\` on the \`${sel.name.value}\` connection must be between 1 and ${PAGE_LIMIT}, not ${v}.`,
                path: here,
                locations,
              });
            }
          }
          size = Math.max(first ?? 0, last ?? 0);
        }
        out.requests += multiplier;
        out.nodeCount += multiplier * size;
        childMultiplier = multiplier * size;
        if (!overLimit && out.nodeCount > NODE_LIMIT) {
          overLimit = true;
          out.errors.push({
            type: "MAX_NODE_LIMIT_EXCEEDED",
            message: `By the time this query traverses to the ${sel.name.value} connection, it is requesting up to ${thousands(out.nodeCount)} possible nodes which exceeds the maximum limit of ${thousands(NODE_LIMIT)}.`,
            path: here,
            locations,
          });
        }
      }
      if (sel.selectionSet && (isObjectType(named) || isInterfaceType(named) || "getTypes" in named)) {
        walk(sel.selectionSet, named as GraphQLCompositeType, childMultiplier, here);
      }
    }
  };
  walk(op.selectionSet, root, 1, []);
  out.cost = pointCost(out.requests);
  return out;
}

/** A connection as GitHub counts it: a `…Connection` type paged with `first`/`last`. */
function isConnection(def: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(def.type);
  return named.name.endsWith("Connection") && def.args.some((a) => a.name === "first" || a.name === "last");
}

function defaultsOf(op: OperationDefinitionNode, schema: GraphQLSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const t = v.defaultValue ? typeFromAST(schema, v.type) : undefined;
    if (t && v.defaultValue)
      out[v.variable.name.value] = valueFromAST(v.defaultValue, t as GraphQLInputType, {});
  }
  return out;
}

function locationOf(loc: { startToken: { line: number; column: number } }): { line: number; column: number } {
  return { line: loc.startToken.line, column: loc.startToken.column };
}
