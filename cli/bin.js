#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `chidao` needs no build step.
require('tsx/cjs');
require('./main.ts').run(process.argv);
