import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import{GITSYNC_API_VERSION,GITSYNC_KIND,GitSyncError,StatusWriter,runGitSync}from"./chunk-RO3DUSQJ.js";import{readVerifyKeys}from"./chunk-OKJUMNIT.js";import{ApiServerClient,KUBE_FLAGS,KUBE_FLAGS_HELP,KubeError,clientLimits,loadKubeConfig}from"./chunk-NP4XLVSM.js";import{UsageError}from"./chunk-WTMTEFLV.js";import"./chunk-TGGGN3CM.js";import"./chunk-6O5ZA77E.js";import"./chunk-QLCA2IST.js";import"./chunk-VAXMRJ4G.js";import"./chunk-D6YXQFFY.js";import{tmpdir}from"node:os";import{join}from"node:path";import{parseArgs}from"node:util";var SYNC_HELP=`Usage: virtops sync --gitsync <namespace>/<name> [options]

Runs one reconcile of the GitSync: fetch, lint gate, plan, apply, prune, health; writes its status
and Events. Exit codes: 0 Ready; 1 the sync failed or was held back (see the status); 2 usage or
cluster errors.

Options:
  --cache-dir <dir>     where fetched repositories are kept
  --verify-keys <file>  verify the revision's OpenPGP signature against the armored public keys in
                        the file (repeatable) instead of the spec.source.verify Secret; the mode is
                        the GitSync's (default head)
${KUBE_FLAGS_HELP}`;async function syncCommand(argv,io,lintConfig){let values;try{({values}=parseArgs({args:[...argv],strict:true,options:{gitsync:{type:"string"},...KUBE_FLAGS,"cache-dir":{type:"string"},"verify-keys":{type:"string",multiple:true},help:{type:"boolean",short:"h"}}}))}catch(error){throw new UsageError(error.message)}if(values.help){io.stdout(`${SYNC_HELP}
`);return 0}const match=/^([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(values.gitsync??"");if(!match)throw new UsageError("sync needs --gitsync <namespace>/<name>");const[,namespace,name]=match;const trustedKeys=values["verify-keys"]?await readVerifyKeys(values["verify-keys"],io.cwd??process.cwd()):void 0;const config=loadKubeConfig(values.kubeconfig);const kube=new ApiServerClient(config,clientLimits(values));const writer=new StatusWriter(config);try{const object=await kube.get({apiVersion:GITSYNC_API_VERSION,kind:GITSYNC_KIND,namespace,name});if(!object){io.stderr(`virtops sync: GitSync ${namespace}/${name} not found
`);return 2}const run=await runGitSync(kube,writer,object,lintConfig,values["cache-dir"]??join(tmpdir(),"virtops-cache"),void 0,trustedKeys?{trustedKeys}:{});if(run.skipped){io.stdout(`GitSync ${namespace}/${name} is suspended; nothing done
`);return 0}const{status,events}=run;const ready=status.conditions.find(c=>c.type==="Ready");io.stdout(`GitSync ${namespace}/${name}: Ready=${ready?.status??"Unknown"} ${ready?.reason??""}: ${ready?.message??""}
`);for(const event of events)io.stdout(`  ${event.type==="Warning"?"warning":"event"}  ${event.reason}: ${event.message}
`);return ready?.status==="True"||ready?.status==="Unknown"&&status.lastAppliedRevision===status.lastFetchedRevision?0:1}catch(error){if(error instanceof KubeError||error instanceof GitSyncError){io.stderr(`virtops sync: ${error.message}
`);return 2}throw error}}export{SYNC_HELP,syncCommand};
