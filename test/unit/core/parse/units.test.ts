import { splitUnits } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('splitUnits', () => {
  it('returns nothing for an empty cell', () => {
    expect(splitUnits('')).toEqual({ names: [], dutyClause: false, emptyPieces: 0 });
    expect(splitUnits('   ')).toEqual({ names: [], dutyClause: false, emptyPieces: 0 });
  });

  it('splits on 、 and strips the trailing duty clause from the last unit', () => {
    expect(splitUnits('省发展改革委、省财政厅、各有关市州人民政府按职责分工负责')).toEqual({
      names: ['省发展改革委', '省财政厅', '各有关市州人民政府'],
      dutyClause: true,
      emptyPieces: 0,
    });
  });

  it('accepts full-width and ASCII commas and semicolons, and trims spaces', () => {
    expect(splitUnits(' 省教育厅 ，省科技厅,省公安厅；省民政厅; 省水利厅 ').names).toEqual([
      '省教育厅',
      '省科技厅',
      '省公安厅',
      '省民政厅',
      '省水利厅',
    ]);
  });

  it('drops trailing punctuation after the clause or the last name', () => {
    expect(splitUnits('省财政厅、省商务厅按职责分工负责。')).toMatchObject({ names: ['省财政厅', '省商务厅'], dutyClause: true });
    expect(splitUnits('省财政厅、省商务厅、')).toMatchObject({ names: ['省财政厅', '省商务厅'], dutyClause: false, emptyPieces: 0 });
  });

  it('counts empty pieces between separators instead of inventing names', () => {
    expect(splitUnits('省财政厅、、省商务厅')).toEqual({ names: ['省财政厅', '省商务厅'], dutyClause: false, emptyPieces: 1 });
    expect(splitUnits('、省财政厅')).toEqual({ names: ['省财政厅'], dutyClause: false, emptyPieces: 1 });
  });

  it('reads a cell holding only the duty clause as no unit', () => {
    expect(splitUnits('按职责分工负责')).toEqual({ names: [], dutyClause: true, emptyPieces: 0 });
  });

  it('keeps duplicates for the caller to judge', () => {
    expect(splitUnits('省财政厅、省财政厅').names).toEqual(['省财政厅', '省财政厅']);
  });
});
