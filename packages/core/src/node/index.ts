// @fengong/core/node: what only runs in Node (worker threads, the terminal). Import it from Node
// code only; `@fengong/core` itself stays free of Node imports so that it runs in browsers.
export { workerRunner, type WorkerRunnerOptions } from './worker-runner.js';
export { terminalProgress, type TerminalProgressOptions } from './progress.js';
export { serialRunner, chunking, startDependencies, startKernel, type Kernel, type KernelArgument, type SourceRunner, type SourceDistances } from '../kernels/runner.js';
