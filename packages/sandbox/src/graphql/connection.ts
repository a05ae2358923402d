/** Relay connections as GitHub implements them: `first`/`last` required, at most 100, opaque cursors. */

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** An error GitHub reports with a top-level `type` (NOT_FOUND, FORBIDDEN, …). */
export class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString("base64");
}

export function decodeCursor(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m)
    throw new GitHubGraphqlError(
      "INVALID_CURSOR_ARGUMENTS",
      `\`${cursor}\` does not appear to be a valid cursor.`,
    );
  return Number(m[1]);
}

export interface Connection<N> {
  totalCount: number;
  nodes: N[];
  edges: { cursor: string; node: N }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export function connection<T, N>(
  typeName: string,
  items: T[],
  args: ConnectionArgs,
  toNode: (item: T) => N,
  extra: Record<string, unknown> = {},
): Connection<N> & Record<string, unknown> {
  const { first, last } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GitHubGraphqlError(
      "MISSING_PAGINATION_BOUNDARIES",
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${typeName}\` connection.`,
    );
  }
  for (const [name, v] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (v !== undefined && v !== null && (v < 0 || v > 100)) {
      throw new GitHubGraphqlError(
        "EXCESSIVE_PAGINATION",
        `Requesting ${v} records on the \`${typeName}\` connection exceeds the \`${name}\` limit of 100 records.`,
      );
    }
  }
  let start = args.after ? decodeCursor(args.after) + 1 : 0;
  let end = args.before ? Math.min(decodeCursor(args.before), items.length) : items.length;
  if (first !== undefined && first !== null) end = Math.min(end, start + first);
  if (last !== undefined && last !== null) start = Math.max(start, end - last);
  start = Math.min(start, items.length);
  end = Math.max(end, start);
  const slice = items.slice(start, end);
  const edges = slice.map((item, i) => ({ cursor: encodeCursor(start + i), node: toNode(item) }));
  return {
    totalCount: items.length,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    ...extra,
  };
}

export function orderDir(order: { direction?: string } | null | undefined, dflt: "ASC" | "DESC"): 1 | -1 {
  return (order?.direction ?? dflt) === "ASC" ? 1 : -1;
}
