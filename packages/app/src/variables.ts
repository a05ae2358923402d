/** The environment variables the App reads, with what each means (help text and README). Imports nothing. */
export const CONFIG_VARIABLES: [name: string, meaning: string][] = [
  ["APP_ID", "the App's ID (a number: the App's settings page, 'About')"],
  ["PRIVATE_KEY", "the App's private key, the whole .pem text (line breaks may be written \\n)"],
  ["PRIVATE_KEY_PATH", "or: the path of the .pem file"],
  ["WEBHOOK_SECRET", "the webhook secret set on the App"],
  ["GITHUB_API_URL", "REST root (default https://api.github.com; Enterprise Server: https://HOST/api/v3)"],
  ["GITHUB_GRAPHQL_URL", "GraphQL endpoint (default: derived from GITHUB_API_URL)"],
  ["GITHUB_SERVER_URL", "web root for links (default: derived from GITHUB_API_URL)"],
  ["PORT", "port to listen on (default 3000)"],
  ["HOST", "address to listen on (default 0.0.0.0)"],
  [
    "RECHECK_MINUTES",
    "minutes between two looks at the deployments still waiting (default 10; 0: only at start)",
  ],
];
