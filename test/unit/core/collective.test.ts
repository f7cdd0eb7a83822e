import { isCollectiveName } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('isCollectiveName', () => {
  it.each(['各有关市州人民政府', '各市州人民政府', '省直有关单位', '其他相关部门', '省政府各部门', '省直各单位', '市直各级机关', '领导小组成员单位', '省政府各委办厅局'])(
    'takes %s for a collective',
    (name) => expect(isCollectiveName(name)).toBe(true),
  );

  it.each(['省发展改革委', '省工业和信息化厅', '长沙市人民政府', '省各界人士联谊会', '湖南湘江新区管委会'])('takes %s for one agency', (name) => {
    expect(isCollectiveName(name)).toBe(false);
  });
});
