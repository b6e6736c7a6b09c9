// Placeholder until the foundation lands: stops nothing yet.
export default async function globalTeardown(): Promise<void> {}
