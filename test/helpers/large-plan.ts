// A synthetic plan with many agencies, for the report's "top N, the rest summed" behaviour.
import { random } from './random.js';

/**
 * A tab-separated table of `tasks` tasks in 15 categories over `agencies` agencies (省测试局1 …),
 * 2–6 units a task, picked with a Zipf-like skew so a few agencies carry much of the load; seeded.
 */
export function largePlan(agencies: number, tasks: number, seed = 7): string {
  const next = random(seed);
  const names = Array.from({ length: agencies }, (_v, i) => `省测试局${i + 1}`);
  const pick = (): string => names[Math.min(agencies - 1, Math.floor(agencies * next() ** 2.5))] as string;
  const rows = ['序号\t类别\t重点任务\t责任单位'];
  for (let t = 1; t <= tasks; t++) {
    const units = new Set<string>();
    const size = 2 + Math.floor(next() * 5);
    while (units.size < size) units.add(pick());
    rows.push(`${t}\t类别${1 + (t % 15)}\t第${t}项测试任务\t${[...units].join('、')}`);
  }
  // Every agency on at least one task.
  names.forEach((n, i) => rows.push(`${tasks + i + 1}\t类别1\t补充任务${i + 1}\t${n}、${names[(i + 1) % agencies] as string}`));
  return rows.join('\n');
}
