/**
 * What commands share: a client/ façade connected to TEMPORAL_ADDRESS (the CLI talks to Temporal, not to
 * the API), and the wrapper that turns any error into a
 * one-line message and a reliable exit code.
 */
import type { Command } from 'commander';
import { connectChidao } from '../../client/connect';
import type { ChidaoClient } from '../../client/types';
import { badInput, fail } from './exit';

export async function withClient<T>(fn: (client: ChidaoClient) => Promise<T>): Promise<T> {
  const client = await connectChidao();
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/** Runs a command body; errors become one line on stderr (or JSON with --json) and an exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    // commander passes (...arguments, options, command): the command knows whether --json was given.
    const command = args[args.length - 1] as Command | undefined;
    const json = !!(command && typeof command.opts === 'function' && command.opts().json);
    try {
      await fn(...args);
    } catch (err) {
      fail(err, json);
    }
  };
}

/** "YYYY-MM-DD" option values. */
export function civilDate(value: string, option: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw badInput(`${option}: ngày phải có dạng YYYY-MM-DD, nhận được "${value}"`);
  }
  return value;
}
