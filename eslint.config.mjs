// typescript-eslint's recommended rules over the whole tree; generated and vendored files are ignored.
// Then the import directions of README.md's Layout table, one override per folder (no-restricted-imports).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's I/O modules, with and without the node: prefix. */
const IO_MODULES = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'tls', 'worker_threads', 'cluster', 'readline']
  .flatMap((m) => [m, `node:${m}`]);
/** Packages that talk to the world: Temporal's client and worker, mail, HTTP servers, the browser. */
const IO_PACKAGES = ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'nodemailer', 'fastify', 'fastify-*', '@fastify/*', 'playwright-core', 'smtp-server'];

const pattern = (group, message, extra = {}) => ({ group, message, ...extra });
/** Folders as import patterns, reached from a file one or two levels below the root. */
const folder = (name) => [`../${name}`, `../${name}/**`, `../../${name}`, `../../${name}/**`, `../../../${name}/**`];

const noIo = (where) => pattern([...IO_MODULES, ...IO_PACKAGES], `${where} is pure: no I/O (README, Layout).`);
const noFolders = (where, names) =>
  pattern(names.flatMap(folder), `${where} may not import ${names.map((n) => `${n}/`).join(', ')} (README, Layout).`);
/** A Temporal client is built by the façade (client/connect.ts) only. */
const noOwnClient = {
  name: '@temporalio/client',
  importNames: ['Client', 'Connection', 'WorkflowClient'],
  message: 'Only the façade (client/) builds a Temporal client: use connectChidao or createChidaoClient (README, Layout).',
};

const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'api/public/vendor/**', 'coverage/**', '**/*.js', '**/*.mjs', 'test-artifacts/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(['calendar/**/*.ts'], [
    noIo('calendar/'),
    pattern(folder('directives'), 'calendar/ imports directives/ types only (README, Layout).', { allowTypeImports: true }),
    noFolders('calendar/', ['workflows', 'activities', 'workers', 'client', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test']),
  ]),
  restrict(['directives/**/*.ts'], [noIo('directives/'), noFolders('directives/', ['workflows', 'activities', 'workers', 'client', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test'])]),
  restrict(['workflows/**/*.ts'], [
    noIo('workflows/'),
    noFolders('workflows/', ['workers', 'client', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test']),
    pattern(folder('directives'), 'workflows/ imports directives/ types only (README, Layout).', { allowTypeImports: true }),
    pattern(folder('activities'), 'workflows/ imports activities/ types only (import type …): activity code does not run in the sandbox.', { allowTypeImports: true }),
  ]),
  restrict(['activities/**/*.ts'], [
    noFolders('activities/', ['workflows', 'workers', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test']),
    // Signed links (client/links.ts) are the one pure module the mail and the link pages both import.
    pattern(['../client/*', '../../client/*', '!../client/links', '!../../client/links'], 'activities/ imports client/ types and client/links only (README, Layout).', { allowTypeImports: true }),
  ], [noOwnClient]),
  restrict(['client/**/*.ts'], [noFolders('client/', ['activities', 'workers', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test'])]),
  restrict(['api/**/*.ts'], [noFolders('api/', ['activities', 'workers', 'cli', 'scripts', 'bench', 'test'])], [noOwnClient]),
  restrict(['cli/**/*.ts'], [noFolders('cli/', ['activities', 'workers', 'api', 'scripts', 'bench', 'test'])], [noOwnClient]),
  restrict(['ingest/**/*.ts'], [noFolders('ingest/', ['workflows', 'activities', 'workers', 'api', 'cli', 'scripts', 'bench', 'test'])], [noOwnClient]),
  restrict(['config/**/*.ts'], [noFolders('config/', ['directives', 'workflows', 'activities', 'workers', 'client', 'api', 'cli', 'ingest', 'scripts', 'bench', 'test'])]),
  restrict(['scripts/**/*.ts', 'bench/**/*.ts'], [noFolders('scripts/ and bench/', ['test'])]),
);
