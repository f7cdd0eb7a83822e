// The interface strings in both languages: English with no Chinese and no full-width punctuation,
// Chinese with Chinese text; placeholders the same in both.
import { describe, expect, it } from 'vitest';
import { STRING_KEYS, t } from '../../../packages/viz/src/i18n.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Full-width and CJK punctuation: ，。：；！？（）、「」『』【】〔〕《》 and full-width forms. */
const FULL_WIDTH = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;

describe('interface strings', () => {
  it('English has no Chinese characters and no full-width punctuation', () => {
    const offenders = STRING_KEYS.filter((key) => CJK.test(t('en', key)) || FULL_WIDTH.test(t('en', key))).map((key) => `${key}: ${t('en', key)}`);
    expect(offenders).toEqual([]);
  });

  it('Chinese has Chinese text, and each placeholder of one language is in the other', () => {
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();
    for (const key of STRING_KEYS) {
      expect(placeholders(t('zh', key)), key).toEqual(placeholders(t('en', key)));
    }
    const latinOnly = STRING_KEYS.filter((key) => !CJK.test(t('zh', key)));
    // The same in both languages: a format's name, a rank's sign, a count.
    expect(latinOnly).toEqual(['exportGexf', 'rank', 'countOf']);
  });

  it('English counts take the singular for one: 1 task, 2 tasks; Chinese has one form', () => {
    expect(t('en', 'opened', { file: 'a.txt', tasks: 1, agencies: 2 })).toBe('Opened a.txt: 1 task, 2 agencies.');
    expect(t('en', 'opened', { file: 'a.txt', tasks: 3, agencies: 1 })).toBe('Opened a.txt: 3 tasks, 1 agency.');
    expect(t('en', 'countLinks', { n: 1 })).toBe('link');
    expect(t('zh', 'opened', { file: 'a.txt', tasks: 1, agencies: 2 })).toBe('已打开 a.txt：1 项任务，2 个单位。');
  });
});
