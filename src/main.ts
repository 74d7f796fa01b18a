// Placeholder until the pipeline lands.
export async function run(): Promise<void> {}
