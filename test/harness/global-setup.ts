// Placeholder until the foundation lands: starts nothing yet.
export default async function globalSetup(): Promise<void> {}
