// Property tests: random tables written out in each layout parse back to the same records.
import { parseTable, tableToJson, type ResponsibilityTable } from '@fengong/core';
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Task {
  category: string;
  title: string;
  lead: string;
  co: string[];
}

// Characters that are never separators, role words or numerals, so generated text means nothing else.
const SAFE = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川田禾';
const word = (min: number, max: number) => fc.array(fc.constantFrom(...SAFE), { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const agency = fc.tuple(fc.constantFrom('省', '市'), word(2, 4), fc.constantFrom('厅', '局', '委', '办')).map((p) => p.join(''));

const table = fc
  .tuple(fc.uniqueArray(agency, { minLength: 2, maxLength: 12 }), fc.array(word(2, 6), { minLength: 1, maxLength: 4 }))
  .chain(([agencies, categories]) =>
    fc.array(
      fc.record({
        category: fc.constantFrom(...categories),
        title: word(3, 14),
        units: fc.shuffledSubarray(agencies, { minLength: 1, maxLength: Math.min(agencies.length, 6) }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  )
  .map((rows) =>
    // Tasks of one category are contiguous, as in the documents.
    [...rows]
      .sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
      .map(({ category, title, units }): Task => ({ category, title, lead: units[0] as string, co: units.slice(1) })),
  );

const records = (t: ResponsibilityTable) =>
  t.tasks.map((x) => ({ id: x.id, category: x.category, title: x.title, units: x.units.map((u) => [u.name, u.role]) }));
const expected = (tasks: Task[]) =>
  tasks.map((t, i) => ({ id: String(i + 1), category: t.category, title: t.title, units: [[t.lead, 'lead'], ...t.co.map((c) => [c, 'co'])] }));

const WRITERS: Record<string, (tasks: Task[]) => string> = {
  'word-table': (tasks) =>
    ['附件', ...[['序号', '类别', '重点任务', '责任单位'], ...tasks.map((t, i) => [String(i + 1), i > 0 && tasks[i - 1]?.category === t.category ? '' : t.category, t.title, `${[t.lead, ...t.co].join('、')}按职责分工负责`])].map((cells) => cells.map((c) => `\t${c}`).join('\n'))].join('\n\n'),
  csv: (tasks) => Papa.unparse({ fields: ['序号', '类别', '重点任务', '牵头单位', '配合单位'], data: tasks.map((t, i) => [i + 1, t.category, t.title, t.lead, t.co.join('、')]) }),
  markdown: (tasks) =>
    ['| 序号 | 类别 | 重点任务 | 责任单位 |', '|---|---|---|---|', ...tasks.map((t, i) => `| ${i + 1} | ${t.category} | ${t.title} | ${[t.lead, ...t.co].join('、')} |`)].join('\n'),
  'labelled-lines': (tasks) =>
    tasks
      .flatMap((t, i) => [
        ...(i === 0 || tasks[i - 1]?.category !== t.category ? [`${'一二三四五六七八九十'[new Set(tasks.slice(0, i + 1).map((x) => x.category)).size - 1]}、${t.category}`] : []),
        `${i + 1}. ${t.title}。`,
        `牵头单位：${t.lead}${t.co.length > 0 ? `；配合单位：${t.co.join('、')}` : ''}`,
      ])
      .join('\n'),
  parenthetical: (tasks) =>
    tasks
      .flatMap((t, i) => [
        ...(i === 0 || tasks[i - 1]?.category !== t.category ? [`（${'一二三四五六七八九十'[new Set(tasks.slice(0, i + 1).map((x) => x.category)).size - 1]}）${t.category}`] : []),
        `${i + 1}、${t.title}。（${t.lead}牵头${t.co.length > 0 ? `，${t.co.join('、')}按职责分工负责` : ''}）`,
      ])
      .join('\n'),
};

describe('every layout round-trips random tables', () => {
  it.each(Object.keys(WRITERS))('%s', (layout) => {
    const write = WRITERS[layout] as (tasks: Task[]) => string;
    fc.assert(
      fc.property(table, (tasks) => {
        const parsed = parseTable(write(tasks));
        expect(records(parsed)).toEqual(expected(tasks));
        expect(parsed.diagnostics.filter((d) => d.code !== 'numbering-gap')).toEqual([]);
      }),
      { seed: 20200302, numRuns: 150 },
    );
  });

  it('fengong JSON round-trips exactly', () => {
    fc.assert(
      fc.property(table, (tasks) => {
        const parsed = parseTable(WRITERS['word-table']?.(tasks) ?? '');
        const json = tableToJson(parsed);
        expect(tableToJson(parseTable(json))).toBe(json);
      }),
      { seed: 20200302, numRuns: 100 },
    );
  });
});
