#!/usr/bin/env node
// Entry of the `icp-lens` command: loads the TypeScript CLI through tsx, so lib/ runs unbuilt.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
