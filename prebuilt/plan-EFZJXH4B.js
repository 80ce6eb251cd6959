import {
  parseVerifyMode,
  readVerifyKeys
} from "./chunk-2CNE54MB.js";
import {
  ApiServerClient,
  KUBE_FLAGS,
  KUBE_FLAGS_HELP,
  KubeError,
  SourceError,
  clientLimits,
  describeSignatures,
  fetchSource,
  gate,
  loadKubeConfig,
  parseRepoUrl,
  planObjects,
  readFiles,
  render,
  verifyRevision
} from "./chunk-BVSBB6HI.js";
import {
  UsageError
} from "./chunk-ENDPITUC.js";
import "./chunk-46TP4OF4.js";
import "./chunk-6QLLLFCP.js";
import "./chunk-TJ5J5PB4.js";
import "./chunk-EYBKWDWE.js";

// src/cli/plan.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
var PLAN_HELP = `Usage: virtops plan --repo <url|path> [options]

Shows what syncing a revision would do, without changing anything: objects created, changed
(with what a change means for a running VM: live update or restart), unchanged, and blocked.

Options:
  --repo <url|path>        HTTPS URL or local path of the git repository (required)
  --branch <name>          branch to follow (default main); or --tag <name>, or --commit <sha>
  --path <dir>             directory inside the repository (default: the root)
  --include <glob>         files to take (repeatable; default **/*.yaml, **/*.yml, **/*.json)
  --exclude <glob>         files to leave out (repeatable)
  --owner <ns/name>        owner recorded on objects (default: cli/<repository name>)
  --format <text|json>     output format (default text)
  --verify-keys <file>     require an OpenPGP signature by one of the armored public keys in the file
                           (repeatable; a file may hold several keys); an unverified revision is not planned
  --verify-mode <mode>     what must be signed: head (the commit, default), tag (the annotated tag of
                           --tag) or tagAndHead (both)
${KUBE_FLAGS_HELP}
Credentials for HTTPS come from VIRTOPS_GIT_TOKEN, or VIRTOPS_GIT_USERNAME and VIRTOPS_GIT_PASSWORD.
Exit codes: 0 the plan can be applied; 1 lint errors, blocked changes or a failed signature check; 2 usage,
source or cluster error.`;
async function planCommand(argv, io, lintConfig) {
  const { values } = parseFlags(argv);
  if (values.help) {
    io.stdout(`${PLAN_HELP}
`);
    return 0;
  }
  if (!values.repo) throw new UsageError("plan needs --repo <url|path>");
  const refs = [values.branch, values.tag, values.commit].filter((v) => v !== void 0);
  if (refs.length > 1) throw new UsageError("give at most one of --branch, --tag, --commit");
  if (values.format !== void 0 && values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const ref = values.commit ? { commit: values.commit } : values.tag ? { tag: values.tag } : { branch: values.branch ?? "main" };
  if (values["verify-mode"] !== void 0 && !values["verify-keys"]) throw new UsageError("--verify-mode needs --verify-keys");
  const verifyMode = parseVerifyMode(values["verify-mode"], values.tag !== void 0);
  const trusted = values["verify-keys"] ? await readVerifyKeys(values["verify-keys"], io.cwd) : void 0;
  const cacheDir = mkdtempSync(join(tmpdir(), "virtops-plan-"));
  try {
    const location = parseRepoUrl(values.repo, io.cwd);
    const credentials = credentialsFrom(io.env);
    const artifact = await fetchSource({ location, ref, cacheDir, ...credentials ? { credentials } : {} });
    let verification;
    if (trusted) {
      verification = await verifyRevision({ gitdir: artifact.gitdir, commit: artifact.commit, ...artifact.tagObject ? { tag: artifact.tagObject } : {}, mode: verifyMode, trusted });
      if (!verification.verified) {
        io.stdout(values.format === "json" ? `${JSON.stringify({ revision: artifact.revision, verification })}
` : `Revision ${artifact.revision} would be held back: signature verification failed (${verification.reason}): ${verification.message}
`);
        return 1;
      }
      if (values.format !== "json") io.stdout(`Signature verified (mode ${verification.mode}): ${describeSignatures(verification.signatures)}
`);
    }
    const verified = verification ? { verification } : {};
    const files = await readFiles(artifact, { path: values.path ?? "", include: values.include ?? [], exclude: values.exclude ?? [] });
    const rendered = render(files, lintConfig);
    const verdict = gate(rendered);
    if (!verdict.passed) {
      io.stdout(values.format === "json" ? `${JSON.stringify({ revision: artifact.revision, ...verified, lint: verdict })}
` : formatLintFailure(artifact.revision, verdict));
      return 1;
    }
    const kube = new ApiServerClient(loadKubeConfig(values.kubeconfig), clientLimits(values));
    const owner = values.owner ?? `cli/${values.repo.replace(/\/+$/, "").split("/").pop()?.replace(/\.git$/, "")}`;
    const plan = await planObjects(kube, rendered.objects.map((o) => o.object), owner, { dryRunCreates: true });
    io.stdout(values.format === "json" ? `${JSON.stringify({ revision: artifact.revision, ...verified, changes: plan.map(({ payload: _p, ...rest }) => rest) })}
` : formatPlan(artifact.revision, plan));
    return plan.some((c) => c.action === "blocked") ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error instanceof SourceError || error instanceof KubeError) {
      io.stderr(`virtops plan: ${error.message}
`);
      return 2;
    }
    throw error;
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
function parseFlags(argv) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        repo: { type: "string" },
        branch: { type: "string" },
        tag: { type: "string" },
        commit: { type: "string" },
        path: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        ...KUBE_FLAGS,
        owner: { type: "string" },
        format: { type: "string" },
        "verify-keys": { type: "string", multiple: true },
        "verify-mode": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function credentialsFrom(env) {
  if (env["VIRTOPS_GIT_TOKEN"]) return { username: env["VIRTOPS_GIT_USERNAME"] ?? "x-access-token", password: env["VIRTOPS_GIT_TOKEN"] };
  if (env["VIRTOPS_GIT_USERNAME"] && env["VIRTOPS_GIT_PASSWORD"]) return { username: env["VIRTOPS_GIT_USERNAME"], password: env["VIRTOPS_GIT_PASSWORD"] };
  return void 0;
}
function formatLintFailure(revision, verdict) {
  const lines = [`Revision ${revision} would be held back: ${verdict.errors} lint error(s).`];
  for (const f of verdict.findings.filter((x) => x.severity === "error")) lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.message}  ${f.ruleId}`);
  return `${lines.join("\n")}
`;
}
var IMPACT = { none: "", power: "power state change", "live-update": "applied to the running VM (live update, may live-migrate)", "restart-required": "takes effect at the next restart" };
function formatPlan(revision, plan) {
  const width = Math.max(0, ...plan.map((c) => c.subject.length));
  const lines = [`Plan for ${revision}: ${count(plan, "create")} to create, ${count(plan, "update")} to change, ${count(plan, "unchanged")} unchanged, ${count(plan, "blocked")} blocked`];
  for (const change of plan) {
    let detail = "";
    if (change.action === "update") detail = [change.impact ? IMPACT[change.impact] : "", change.restartPaths ? `restart needed for ${change.restartPaths.join(", ")}` : "", `changes ${change.changes.join(", ")}`].filter(Boolean).join("; ");
    if (change.action === "blocked") detail = change.reason ?? "";
    if (change.powerOverride) detail = [detail, `keeps runStrategy ${change.powerOverride.live} set outside git (git: ${change.powerOverride.declared})`].filter(Boolean).join("; ");
    lines.push(`  ${change.action.padEnd(9)}  ${change.subject.padEnd(width)}${detail ? `  ${detail}` : ""}`);
  }
  return `${lines.join("\n")}
`;
}
function count(plan, action) {
  return plan.filter((c) => c.action === action).length;
}
export {
  PLAN_HELP,
  formatPlan,
  planCommand
};
