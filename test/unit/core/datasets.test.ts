import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasets, defaultDataset, hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('bundled datasets', () => {
  it('carry the seed table byte for byte', () => {
    const file = readFileSync(`${root}/data/hunan-gba-2020/table.txt`);
    expect(Buffer.from(hunanGba2020.text, 'utf8').equals(file)).toBe(true);
  });

  it('are generated from data/ and up to date', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-datasets.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('default to hunan-gba-2020 and record its provenance', () => {
    expect(defaultDataset).toBe(hunanGba2020);
    expect(Object.keys(datasets)).toEqual(['hunan-gba-2020']);
    expect(hunanGba2020).toMatchObject({ document: '湘政办发〔2020〕8号', issued: '2020-03-02', issuer: '湖南省人民政府办公厅' });
  });

  it('flag exactly one collective, 各有关市州人民政府, and give every agency a kind', () => {
    const agencies = hunanGba2020.dictionary.agencies ?? [];
    expect(agencies).toHaveLength(34);
    expect(agencies.filter((a) => a.collective).map((a) => a.name)).toEqual(['各有关市州人民政府']);
    const kinds = new Set(['provincial-department', 'directly-affiliated', 'department-administered', 'central-office', 'state-owned-enterprise', 'federation', 'collective']);
    for (const a of agencies) expect(kinds.has(a.kind ?? ''), `${a.name}: ${a.kind}`).toBe(true);
    for (const a of agencies) if (a.nameEnStatus === 'unsure') expect(a.note, a.name).toBeTruthy();
  });
});
