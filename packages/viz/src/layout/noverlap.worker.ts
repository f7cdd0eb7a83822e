// Noverlap in a module worker, a fixed number of iterations (layout/noverlap-run.ts).
import { runNoverlap } from './noverlap-run.js';
import type { NoverlapRequest, NoverlapResult } from './noverlap-protocol.js';

self.onmessage = (event: MessageEvent<NoverlapRequest>) => {
  const { positions, iterations, settings } = event.data;
  const result: NoverlapResult = { positions: runNoverlap(positions, iterations, settings) };
  (self as unknown as Worker).postMessage(result, [result.positions.buffer]);
};
