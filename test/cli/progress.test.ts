// Progress on stderr: shown for long runs on a terminal (forced here with FENGONG_PROGRESS=1),
// never mixed into piped output.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './run.js';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'analyze', '-f', 'csv'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

describe('progress on stderr', () => {
  it('reports the stages when asked (as on a terminal with a large table)', () => {
    const r = run({ FENGONG_PROGRESS: '1' });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      expect.stringMatching(/^fengong: read 30 tasks; analysing \(\d+\.\d s\)$/u) as string,
      expect.stringMatching(/^fengong: analysed 34 agencies, 179 links; writing the report \(\d+\.\d s\)$/u) as string,
    ]);
    expect(r.stdout.startsWith('rank,agency,')).toBe(true);
  });

  it('stays silent when stderr is not a terminal', () => {
    const r = run({ FENGONG_PROGRESS: '0' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
