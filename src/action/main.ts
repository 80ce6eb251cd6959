import * as core from '@actions/core';
import { ConfigError } from '../engine/config.js';
import { InputError } from './inputs.js';
import { ActionFailure, runAction } from './run.js';

/** The GitHub Action's entry point (bundled into dist/index.js): a failure is one clear message, never a stack trace. */
try {
  await runAction();
} catch (error) {
  if (error instanceof InputError || error instanceof ActionFailure) core.setFailed(`virtops: ${error.message}`);
  else if (error instanceof ConfigError) core.setFailed(`virtops: invalid configuration (input "config" or a virtops.config.yaml): ${error.message}`);
  else {
    core.debug((error as Error).stack ?? String(error));
    core.setFailed(`virtops: internal error: ${(error as Error).message ?? String(error)}. Please report this at https://github.com/virtops/virtops/issues`);
  }
}
