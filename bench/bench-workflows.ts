/** The bench's workflow bundle: chidao's workflows plus a no-op, the baseline for start rates. */
export * from '../workflows/index';

export async function noopWorkflow(): Promise<void> {}
