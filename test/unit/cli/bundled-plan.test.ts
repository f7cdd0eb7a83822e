// The bundled plan read ahead (packages/cli/src/bundled-plan.ts): what bundle/bundled-plan.json
// holds must survive JSON, be what `loadTable` makes of the plan with the default options, and
// never be used in the repository. The shipped file itself is checked against a fresh parse by
// test/package/bundle.test.ts.
import { normaliseTable, parseTable } from '@fengong/core';
import { defaultDataset, hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { readAheadOf, shippedReadAhead } from '../../../packages/cli/src/bundled-plan.js';
import { loadTable } from '../../../packages/cli/src/io.js';

describe('readAheadOf', () => {
  const ahead = readAheadOf(defaultDataset);

  it('is the plan parsed, and parsed then normalised with its dictionary, with nothing lost through JSON', () => {
    expect(ahead.id).toBe('hunan-gba-2020');
    expect(ahead.parsed).toStrictEqual(parseTable(hunanGba2020.text, { file: hunanGba2020.file }));
    expect(ahead.normalised).toStrictEqual(normaliseTable(ahead.parsed, { dictionary: hunanGba2020.dictionary }));
    expect(ahead.parsed.tasks.length).toBe(30);
    expect(JSON.parse(JSON.stringify(ahead))).toStrictEqual(ahead);
  });

  it('is what loadTable reads from the bundled plan with the default options', async () => {
    const { normalisation, ...table } = ahead.normalised;
    const loaded = await loadTable(undefined);
    expect(loaded.table).toStrictEqual(table);
    expect(loaded.normalisation).toStrictEqual(normalisation);
  });
});

describe('shippedReadAhead', () => {
  it('finds nothing in the repository, so the workspace always parses', () => {
    expect(shippedReadAhead(defaultDataset)).toBeUndefined();
  });
});
