// Preloaded into each server process (with --expose-gc): SIGUSR2 runs a full garbage collection,
// so the RSS the benchmark reads next is live memory, not garbage a collection had yet to free.
process.on('SIGUSR2', () => globalThis.gc?.());
