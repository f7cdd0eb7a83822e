// Notes under a flattened table (注：… / 备注：… / 说明：…): kept as the table's notes, never read
// into its last row; a first-listed rule stated in one holds for every row.
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../../packages/core/src/index.js';
import { isNoteLine, trailingNotes } from '../../../../packages/core/src/parse/table-notes.js';

const units = (text: string) => parseTable(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`));

describe('notes under a flattened table', () => {
  it('a note line under rows of space-separated cells is a note, not more units of the last row', () => {
    const text = ['附件', '重点任务责任分工表', '编号 工作内容 主要责任单位', '1 完成某项年度指标 市甲局', '2 推进某项改革 市乙局、某某港区', '注：带“★”的为牵头单位。'].join('\n');
    const table = parseTable(text);
    expect(units(text)).toEqual([['市甲局:responsible'], ['市乙局:responsible', '某某港区:responsible']]);
    expect(table.notes).toEqual(['注：带“★”的为牵头单位。']);
  });

  it('a first-listed rule in a note under the table holds for every row', () => {
    const text = ['编号 工作内容 责任单位', '1 完成某项年度指标 市甲局、市乙局', '2 推进某项改革 市丙局、市丁局', '备注：排在第一位的为牵头单位。'].join('\n');
    expect(units(text)).toEqual([['市甲局:lead', '市乙局:co'], ['市丙局:lead', '市丁局:co']]);
  });

  it('one cell per line: the note after the last cell is a note', () => {
    const text = ['序号', '工作任务', '责任单位', '1', '完成某项年度指标', '市甲局', '2', '推进某项改革', '市乙局', '说明：本表由市政府办公室负责解释。'].join('\n');
    const table = parseTable(text);
    expect(units(text)).toEqual([['市甲局:responsible'], ['市乙局:responsible']]);
    expect(table.notes).toEqual(['说明：本表由市政府办公室负责解释。']);
  });

  it('splits only a tail: a labelled line with rows after it, or a long run of them, stays in the body', () => {
    const piece = (text: string, line: number) => ({ text, line });
    const rows = [piece('1', 1), piece('某任务', 1), piece('说明：已完成', 2), piece('2', 3), piece('另一任务', 3)];
    expect(trailingNotes(rows)).toEqual({ rows, notes: [] });
    const long = [piece('1', 1), ...Array.from({ length: 7 }, (_, i) => piece(`注${i + 1}：某某`, i + 2))];
    expect(trailingNotes(long).notes).toEqual([]);
    const tail = [piece('1', 1), piece('某任务', 1), piece('注：某某。', 2), piece('某某续', 3)];
    expect(trailingNotes(tail)).toEqual({ rows: tail.slice(0, 2), notes: tail.slice(2) });
    // A note label inside a line (某某 注：…) does not open a note; neither does the first piece.
    expect(trailingNotes([piece('注：某某', 1), piece('某任务', 1)]).notes).toEqual([]);
    expect(trailingNotes([piece('1', 1), piece('注：某某', 1)]).notes).toEqual([]);
  });

  it('a remark 注：… inside the body is passed over for the note after the last row; with a 备注 column only a note about marks and roles is split', () => {
    const piece = (text: string, line: number) => ({ text, line });
    const body = [piece('1', 1), piece('某任务', 2), piece('注：含各县区', 3), piece('2', 4), piece('另一任务', 5), piece('注：带“★”的为牵头单位。', 6)];
    expect(trailingNotes(body)).toEqual({ rows: body.slice(0, 5), notes: body.slice(5) });
    expect(trailingNotes(body, ['备注'])).toEqual({ rows: body.slice(0, 5), notes: body.slice(5) });
    const remark = [...body.slice(0, 5), piece('注：须于6月底前报送', 6)];
    expect(trailingNotes(remark, ['备注'])).toEqual({ rows: remark, notes: [] });
    // (A cell does not repeat its header: 备注：… under a 备注 column is a note on the table.)
    const labelled = [...body.slice(0, 5), piece('备注：各单位于每季度末报送进展。', 6)];
    expect(trailingNotes(labelled, ['备注'])).toEqual({ rows: body.slice(0, 5), notes: labelled.slice(5) });
    // (Read whole: the last row's remark stays its 备注.)
    const text = ['序号', '重点任务', '牵头单位', '备注', '1', '推进某某建设', '市甲局', '2', '加强某某保护', '市乙局', '注：须于6月底前报送'].join('\n');
    expect(parseTable(text).tasks[1]?.extra['备注']).toBe('注：须于6月底前报送');
  });

  it('knows the labels, simplified and traditional, numbered or not', () => {
    for (const line of ['注：某某', '注1：某某', '註：某某', '备注:某某', '備註：某某', '说明：某某', '說明：某某', '附注：某某', '  注 2 ：某某']) expect(isNoteLine(line), line).toBe(true);
    for (const line of ['注重实效', '注意事项', '说明书', '某某注：某某']) expect(isNoteLine(line), line).toBe(false);
  });
});
