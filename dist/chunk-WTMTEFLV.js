import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import{isFormatName}from"./chunk-TGGGN3CM.js";import{isArch}from"./chunk-QLCA2IST.js";import{parseArgs}from"node:util";var UsageError=class extends Error{name="UsageError"};var DEFAULT_LINT_REQUEST={command:"lint",paths:["."],outputs:[{format:"stylish"}],quiet:false,verbose:false,include:[],exclude:[],ruleOverrides:{}};var HELP=`Usage: virtops lint [options] [paths...]
       virtops plan --repo <url|path> [options]    (virtops plan --help)
       virtops sync --gitsync <namespace>/<name>   (virtops sync --help)
       virtops agent [options]                      (virtops agent --help)
       virtops rules

Lint KubeVirt manifests (VirtualMachine, VirtualMachineInstance, pools, OpenShift Templates,
DataVolumes, NetworkAttachmentDefinitions, instancetypes) before they reach a cluster.
Paths may be files, directories (searched for .yaml/.yml/.json), globs, or - for standard input.

Options:
  -f, --format <name>[=<file>]  stylish (default), json, sarif, github, junit; repeat for several
                                outputs in one run, e.g. -f stylish -f sarif=results.sarif
  -o, --output-file <file>      write the (single) format to a file instead of standard output
  -c, --config <file>           use this config file instead of searching for virtops.config.yaml
      --preset <name>           recommended (default) or strict, when no config file is used
      --rule <id>=<level>       set a rule to off, warn or error (repeatable)
      --arch <arch>             cluster architecture: amd64 (default), arm64 or s390x
      --context <path>          also read these files, directories or globs (repeatable), so that
                                their instancetypes, preferences and referenced objects count, but
                                report only the paths given; e.g. pre-commit with --context .
      --external <Kind>[/<namespace>[/<name>]]
                                references to such objects need not be in the linted files
                                (globs allowed; repeatable), e.g. --external Secret/default/*
      --include <glob>          only lint files found in directories that match (repeatable)
      --exclude <glob>          skip files and directories that match (repeatable)
      --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet                   report errors only (with --fix, fix errors only, as ESLint does)
      --verbose                 also say what was skipped and why
      --stdin-filename <name>   name to report for - (standard input)
      --concurrency <n>         lint lanes, the main thread included; 1: no other thread
                                (default: by cores and amount of work)
      --skip-non-manifests      skip named files that are not manifests (package.json, CI configs:
                                YAML with neither apiVersion nor kind), as in directories; for hooks
                                that pass every staged YAML file, such as pre-commit
      --fix                     fix what rules can fix safely, in place (comments and layout kept),
                                then report what is left
      --fix-dry-run             print the fixes as a unified diff (before the report); change nothing.
                                Works with - (standard input); --fix does not
      --color / --no-color      force colour on or off
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings;
2 usage error, unreadable path or internal failure.`;function parseCommandLine(argv){let parsed;try{parsed=parseArgs({args:[...argv],allowPositionals:true,strict:true,options:{format:{type:"string",short:"f",multiple:true},"output-file":{type:"string",short:"o"},config:{type:"string",short:"c"},preset:{type:"string"},rule:{type:"string",multiple:true},arch:{type:"string"},external:{type:"string",multiple:true},include:{type:"string",multiple:true},context:{type:"string",multiple:true},exclude:{type:"string",multiple:true},"max-warnings":{type:"string"},quiet:{type:"boolean",short:"q"},verbose:{type:"boolean"},"stdin-filename":{type:"string"},concurrency:{type:"string"},"skip-non-manifests":{type:"boolean"},fix:{type:"boolean"},"fix-dry-run":{type:"boolean"},color:{type:"boolean"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(error){throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s,""))}const{values,positionals}=parsed;if(values.help)return{command:"help"};if(values.version)return{command:"version"};const[command="lint",...rest]=positionals;if(command==="rules")return{command:"rules"};if(command==="help")return{command:"help"};if(command!=="lint")throw new UsageError(`unknown command "${command}"; try: virtops lint <paths>`);const request={command:"lint",paths:rest.length>0?rest:["."],outputs:outputs(values.format??[],values["output-file"]),quiet:values.quiet??false,verbose:values.verbose??false,include:values.include??[],exclude:values.exclude??[],ruleOverrides:ruleOverrides(values.rule??[])};if(values.config!==void 0)request.configFile=values.config;if(values.preset!==void 0){if(!["recommended","strict"].includes(values.preset))throw new UsageError(`--preset must be recommended or strict, not "${values.preset}"`);if(values.config!==void 0)throw new UsageError("--preset and --config cannot be used together; put `extends:` in the config file");request.preset=values.preset}if(values["max-warnings"]!==void 0)request.maxWarnings=nonNegativeInteger("--max-warnings",values["max-warnings"]);if(values.concurrency!==void 0)request.concurrency=nonNegativeInteger("--concurrency",values.concurrency);if(values.arch!==void 0){if(!isArch(values.arch))throw new UsageError(`--arch must be amd64, arm64 or s390x, not "${values.arch}"`);request.arch=values.arch}if(values.external!==void 0)request.external=values.external.map(externalSelector);if(values.color)request.color=true;if(values["no-color"])request.color=false;if(values["stdin-filename"]!==void 0)request.stdinFilename=values["stdin-filename"];if(values["skip-non-manifests"])request.skipNonManifests=true;if(values.context?.length)request.context=values.context;if(request.paths.filter(p=>p==="-").length>1)throw new UsageError("standard input (-) can be given only once");if(values.fix&&values["fix-dry-run"])throw new UsageError("--fix and --fix-dry-run cannot be used together");if(values.fix&&request.paths.includes("-"))throw new UsageError("--fix cannot write back to standard input; use --fix-dry-run to print the fixes as a diff");if(values.fix)request.fix="write";if(values["fix-dry-run"])request.fix="dry-run";return request}function outputs(formats,outputFile){const targets=(formats.length>0?formats:["stylish"]).map(spec=>{const eq=spec.indexOf("=");const name=eq<0?spec:spec.slice(0,eq);if(!isFormatName(name))throw new UsageError(`unknown format "${name}"; use stylish, json, sarif, github or junit`);return eq<0?{format:name}:{format:name,file:spec.slice(eq+1)}});if(outputFile!==void 0){const toStdout=targets.filter(t=>t.file===void 0);if(toStdout.length!==1)throw new UsageError("--output-file applies to exactly one --format without its own =file");toStdout[0].file=outputFile}if(targets.filter(t=>t.file===void 0).length>1)throw new UsageError("only one format can go to standard output; give the others a file: -f sarif=out.sarif");return targets}function externalSelector(spec){const[kind="",namespace,name,...rest]=spec.split("/");if(!/^[A-Za-z][A-Za-z0-9]*$/.test(kind)||rest.length>0||namespace===""||name===""){throw new UsageError(`--external expects <Kind>[/<namespace>[/<name>]] (globs allowed), e.g. Secret or NetworkAttachmentDefinition/default/br-*, not "${spec}"`)}return{kind,...namespace!==void 0?{namespace}:{},...name!==void 0?{name}:{}}}function ruleOverrides(specs){const out={};for(const spec of specs){const match=/^([\w-]+)=(off|warn|error)$/.exec(spec);if(!match)throw new UsageError(`--rule expects <rule-id>=off|warn|error, not "${spec}"`);out[match[1]]=match[2]}return out}function nonNegativeInteger(flag,value){if(!/^\d+$/.test(value))throw new UsageError(`${flag} expects a whole number, not "${value}"`);return Number(value)}export{UsageError,DEFAULT_LINT_REQUEST,HELP,parseCommandLine};
