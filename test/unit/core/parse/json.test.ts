import { parseJsonTable, parseTable, tableToJson, TABLE_JSON_FORMAT } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';

describe('fengong table JSON', () => {
  it('rejects invalid JSON with its line, and JSON that is not a fengong table', () => {
    expect(() => parseJsonTable('{\n "a": 1,\n oops\n}', { file: 'a.json' })).toThrow(/a\.json:3: not valid JSON/);
    expect(() => parseJsonTable('{"tasks": []}')).toThrow(`expected an object with "format": "${TABLE_JSON_FORMAT}"`);
  });

  it('checks every task and names it with its line', () => {
    const text = JSON.stringify({ format: TABLE_JSON_FORMAT, tasks: [{ id: '1', title: 'a', units: [{ name: 'A', role: 'lead' }] }, { id: '2', title: 'b', units: [{ name: 'B', role: 'boss' }] }] }, null, 2);
    expect(() => parseJsonTable(text, { file: 't.json' })).toThrow(/t\.json:14: tasks\[1\]: units\[0\] must be/);
  });

  it('round-trips the bundled table exactly', () => {
    const table = parseTable(hunanGba2020.text);
    const json = tableToJson(table);
    const back = parseTable(json);
    expect(back.layout).toBe('json');
    expect(tableToJson(back)).toBe(json);
    expect(back.tasks.map((t) => [t.id, t.title, t.category, t.units.map((u) => [u.name, u.role])])).toEqual(
      table.tasks.map((t) => [t.id, t.title, t.category, t.units.map((u) => [u.name, u.role])]),
    );
  });
});
