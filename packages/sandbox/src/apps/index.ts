import { commentJson, deploymentJson, issueJson, labelJson, repoJson, userJson } from "../present";
import { makeNodeId, type Store, type StoreChange } from "../store";
import type {
  Delivery,
  Deployment,
  GitHubApp,
  ProtectionGate,
  Repo,
  SandboxUrls,
  WorkflowRun,
} from "../types";
import { installationFor, subscribers } from "./access";
import { WebhookSender } from "./webhooks";

/**
 * GitHub's side of GitHub Apps: webhooks sent when issues change, workflow jobs that wait for a
 * custom deployment protection rule (the `deployment_protection_rule` event), and the rule's
 * answers. Tests, the bench and the demo reach it as `sb.apps`.
 */

export interface DeploymentRequest {
  /** `owner/name`. */
  repository: string;
  environment: string;
  /** Commit-ish the workflow runs (default: the default branch's head). */
  sha?: string;
  /** Default `refs/heads/<default branch>`. */
  ref?: string;
  /** An existing run that reaches the environment; default: a new run. */
  runId?: number;
  /** The event that started the workflow (default `push`). */
  event?: string;
  actor?: string;
}

export interface RequestedDeployment {
  run: WorkflowRun;
  deployment: Deployment;
  /** The gates now waiting, one per App whose rule is enabled on the environment. */
  gates: ProtectionGate[];
  deliveries: Delivery[];
}

export class AppsSide {
  readonly sender: WebhookSender;

  constructor(
    private readonly store: Store,
    private readonly urls: SandboxUrls,
  ) {
    this.sender = new WebhookSender(store);
    store.listeners.push((change) => this.changed(change));
  }

  get list(): GitHubApp[] {
    return this.store.state.apps;
  }

  get deliveries(): Delivery[] {
    return this.store.state.deliveries;
  }

  /** The App with this slug or id. */
  get(slugOrId: string | number): GitHubApp {
    const app = this.store.state.apps.find((a) => a.slug === slugOrId || a.id === slugOrId);
    if (!app) throw new Error(`sandbox: no App "${slugOrId}"`);
    return app;
  }

  setWebhookUrl(slugOrId: string | number, url: string | null): void {
    this.get(slugOrId).webhookUrl = url;
  }

  /** Resolves once every delivery under way has been answered or has failed. */
  idle(): Promise<void> {
    return this.sender.idle();
  }

  /** Send a recorded delivery again (as the deliveries API's redelivery does). */
  redeliver(delivery: Delivery): Delivery {
    return this.sender.redeliver(this.get(delivery.appId), delivery);
  }

  /**
   * A workflow job reaches `environment`: GitHub creates the job's deployment and, for each App
   * whose custom protection rule is enabled there and that is installed on the repository, holds
   * the job and sends that App `deployment_protection_rule` (`requested`). The run waits until
   * every rule has answered.
   */
  requestDeployment(req: DeploymentRequest): RequestedDeployment {
    const store = this.store;
    const [owner = "", name = ""] = req.repository.split("/");
    const repo = store.findRepo(owner, name);
    if (!repo) throw new Error(`sandbox: no repository ${req.repository}`);
    const env = repo.environments.find((e) => e.name.toLowerCase() === req.environment.toLowerCase());
    if (!env) throw new Error(`sandbox: ${req.repository} has no environment ${req.environment}`);
    const sha = store.resolveSha(repo, req.sha ?? "HEAD");
    if (!sha) throw new Error(`sandbox: ${req.repository} has no commit ${req.sha}`);
    const ref = req.ref ?? `refs/heads/${repo.defaultBranch}`;
    const now = store.tick();
    const actor = req.actor ?? store.state.users[0]?.login ?? "octocat";

    let run = req.runId === undefined ? undefined : repo.runs.find((r) => r.id === req.runId);
    if (req.runId !== undefined && !run)
      throw new Error(`sandbox: ${req.repository} has no run ${req.runId}`);
    if (!run) {
      const id = store.nextId("run");
      run = {
        id,
        nodeId: makeNodeId("WorkflowRun", id),
        name: "Deploy",
        workflowId: 161335,
        path: ".github/workflows/deploy.yml",
        runNumber: repo.runs.length + 1,
        runAttempt: 1,
        event: req.event ?? "push",
        status: "in_progress",
        conclusion: null,
        headSha: sha,
        headBranch: ref.replace(/^refs\/heads\//, ""),
        actor,
        runStartedAt: now,
        createdAt: now,
        updatedAt: now,
        approvals: [],
        pendingEnvironments: [],
        gates: [],
      };
      repo.runs.push(run);
      store.register(run.nodeId, { kind: "WorkflowRun", repo, run });
    }

    const did = store.nextId("deployment");
    const deployment: Deployment = {
      id: did,
      nodeId: makeNodeId("Deployment", did),
      sha,
      ref: ref.replace(/^refs\/(heads|tags)\//, ""),
      task: "deploy",
      environment: env.name,
      description: null,
      payload: {},
      creator: "github-actions[bot]",
      createdAt: now,
      updatedAt: now,
      productionEnvironment: /prod/i.test(env.name),
      transientEnvironment: false,
      statuses: [],
    };
    repo.deployments.push(deployment);
    store.register(deployment.nodeId, { kind: "Deployment", repo, deployment });

    const gates: ProtectionGate[] = [];
    const deliveries: Delivery[] = [];
    for (const appId of env.protectionRules) {
      const app = this.get(appId);
      const installation = installationFor(store, app, repo);
      if (!installation) continue;
      // A new request (a re-run reaching the environment again) replaces the earlier answer.
      run.gates = run.gates.filter((g) => !(g.appId === app.id && sameEnv(g.environment, env.name)));
      const gate: ProtectionGate = {
        appId: app.id,
        environment: env.name,
        state: "pending",
        comment: null,
        reports: [],
        requestedAt: now,
        answeredAt: null,
        deploymentId: deployment.id,
      };
      run.gates.push(gate);
      gates.push(gate);
      if (!app.events.includes("deployment_protection_rule")) continue;
      const p = { store, urls: this.urls };
      const api = `${this.urls.apiUrl}/repos/${repo.owner}/${repo.name}`;
      deliveries.push(
        this.sender.send(
          app,
          installation,
          "deployment_protection_rule",
          {
            action: "requested",
            environment: env.name,
            event: run.event,
            sha,
            ref,
            deployment_callback_url: `${api}/actions/runs/${run.id}/deployment_protection_rule`,
            deployment: deploymentJson(p, repo, deployment),
            pull_requests: [],
            repository: repoJson(p, repo),
            ...organization(store, repo, this.urls),
            sender: userJson(p, actor),
          },
          { repositoryId: repo.id },
        ),
      );
    }
    if (gates.length > 0) {
      run.status = "waiting";
      if (!run.pendingEnvironments.some((e) => sameEnv(e, env.name))) run.pendingEnvironments.push(env.name);
      run.updatedAt = now;
    }
    return { run, deployment, gates, deliveries };
  }

  /** A gate has its answer: the job goes on once no rule of its environment is pending, or fails. */
  settle(repo: Repo, run: WorkflowRun, gate: ProtectionGate): void {
    const now = this.store.tick();
    const deployment = repo.deployments.find((d) => d.id === gate.deploymentId);
    const status = (state: "in_progress" | "failure", description: string) => {
      if (!deployment) return;
      const id = this.store.nextId("status");
      deployment.statuses.push({
        id,
        nodeId: makeNodeId("DeploymentStatus", id),
        state,
        description,
        environmentUrl: "",
        logUrl: `${this.urls.url}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
        creator: "github-actions[bot]",
        createdAt: now,
      });
      deployment.updatedAt = now;
    };
    run.updatedAt = now;
    if (gate.state === "rejected") {
      run.pendingEnvironments = run.pendingEnvironments.filter((e) => !sameEnv(e, gate.environment));
      run.status = "completed";
      run.conclusion = "failure";
      status("failure", "Rejected by a deployment protection rule");
      return;
    }
    const stillPending = run.gates.some(
      (g) => sameEnv(g.environment, gate.environment) && g.state === "pending",
    );
    if (stillPending) return;
    run.pendingEnvironments = run.pendingEnvironments.filter((e) => !sameEnv(e, gate.environment));
    if (run.pendingEnvironments.length === 0 && run.status === "waiting") run.status = "in_progress";
    status("in_progress", "Deployment protection rules passed");
  }

  private changed(change: StoreChange): void {
    const { repo, issue } = change;
    const p = { store: this.store, urls: this.urls };
    const issuePayload = {
      ...issueJson(p, repo, issue),
      active_lock_reason: null,
      reactions: reactions(`${this.urls.apiUrl}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`),
    };
    if (change.kind === "comment") {
      for (const { app, installation } of subscribers(this.store, repo, "issue_comment")) {
        this.sender.send(
          app,
          installation,
          "issue_comment",
          {
            action: "created",
            issue: issuePayload,
            comment: {
              ...commentJson(p, repo, issue, change.comment),
              performed_via_github_app: null,
              reactions: reactions(
                `${this.urls.apiUrl}/repos/${repo.owner}/${repo.name}/issues/comments/${change.comment.id}`,
              ),
            },
            repository: repoJson(p, repo),
            ...organization(this.store, repo, this.urls),
            sender: userJson(p, change.comment.user),
          },
          { repositoryId: repo.id },
        );
      }
      return;
    }
    const e = change.event;
    const action = ISSUE_ACTIONS[e.event];
    if (!action) return;
    for (const { app, installation } of subscribers(this.store, repo, "issues")) {
      const label = e.label ? this.store.findLabel(repo, e.label) : undefined;
      this.sender.send(
        app,
        installation,
        "issues",
        {
          action,
          issue: issuePayload,
          ...(label ? { label: labelJson(p, repo, label) } : {}),
          repository: repoJson(p, repo),
          ...organization(this.store, repo, this.urls),
          sender: userJson(p, e.actor),
        },
        { repositoryId: repo.id },
      );
    }
  }
}

/** Timeline events that GitHub also sends as `issues` webhooks. */
const ISSUE_ACTIONS: Partial<Record<string, string>> = {
  labeled: "labeled",
  unlabeled: "unlabeled",
  closed: "closed",
  reopened: "reopened",
  assigned: "assigned",
  unassigned: "unassigned",
};

const reactions = (url: string) => ({
  url: `${url}/reactions`,
  total_count: 0,
  "+1": 0,
  "-1": 0,
  laugh: 0,
  confused: 0,
  heart: 0,
  hooray: 0,
  eyes: 0,
  rocket: 0,
});

const sameEnv = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export { sameEnv };

function organization(
  store: Store,
  repo: Repo,
  urls: SandboxUrls,
): { organization?: Record<string, unknown> } {
  const org = store.findOrg(repo.owner);
  if (!org) return {};
  const api = `${urls.apiUrl}/orgs/${org.login}`;
  return {
    organization: {
      login: org.login,
      id: org.id,
      node_id: org.nodeId,
      url: api,
      repos_url: `${api}/repos`,
      events_url: `${api}/events`,
      hooks_url: `${api}/hooks`,
      issues_url: `${api}/issues`,
      members_url: `${api}/members{/member}`,
      public_members_url: `${api}/public_members{/member}`,
      avatar_url: `${urls.url}/avatars/${org.login}`,
      description: null,
    },
  };
}

const registry = new WeakMap<Store, AppsSide>();

/** The Apps side of the sandbox that owns `store` (created with the sandbox). */
export function appsOf(store: Store, urls?: SandboxUrls): AppsSide {
  let side = registry.get(store);
  if (!side) {
    if (!urls) throw new Error("sandbox: the Apps side is created with the sandbox");
    side = new AppsSide(store, urls);
    registry.set(store, side);
  }
  return side;
}
