// Shared by the hostile-file tests: how parseFile takes a damaged copy of the bundled plan.
import { parseFile, TableParseError } from '@fengong/core';
import { expect } from 'vitest';

/** 'read' with all 30 tasks, or the codes and messages of the refusal; anything else thrown fails the test. */
export async function planOutcome(bytes: Uint8Array, file: string): Promise<{ code: string; message: string }> {
  try {
    const table = await parseFile(bytes, { file });
    expect(table.tasks).toHaveLength(30);
    return { code: 'read', message: '' };
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    const { diagnostics } = error as TableParseError;
    return { code: diagnostics.map((d) => d.code).join(','), message: diagnostics.map((d) => d.message).join('; ') };
  }
}
