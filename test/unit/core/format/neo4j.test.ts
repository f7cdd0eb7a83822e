import { buildResponsibilityGraph, neo4jImportCommand, parseTable, toNeo4jCsv, type ResponsibilityGraph } from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows), { file: 't.txt' }));
const small = () =>
  graphOf([
    ['1', '交通', '建设高铁', '省交通运输厅牵头，省财政厅、各有关市州人民政府配合'],
    ['2', '', '修建机场', '省交通运输厅'],
  ]);

describe('toNeo4jCsv', () => {
  it('throws on invalid input, naming the fix', () => {
    expect(() => toNeo4jCsv(undefined as unknown as ResponsibilityGraph)).toThrow('toNeo4jCsv: expected a responsibility graph');
    const plain = new UndirectedGraph();
    plain.addNode('x');
    expect(() => toNeo4jCsv(plain as unknown as ResponsibilityGraph)).toThrow("every node needs `part: 'agency' | 'task'`");
    expect(() => toNeo4jCsv(small(), { arrayDelimiter: ',' })).toThrow('`arrayDelimiter` must be one character other than , and "');
    expect(() => toNeo4jCsv(small(), { arrayDelimiter: '||' })).toThrow('`arrayDelimiter`');
  });

  it('writes node files with ID spaces and labels, and agency → task relationships with role and position', () => {
    expect(toNeo4jCsv(small())).toEqual({
      agencies: [
        'name:ID(Agency),collective:boolean,:LABEL',
        '省交通运输厅,false,Agency',
        '省财政厅,false,Agency',
        '各有关市州人民政府,true,Agency;Collective',
        '',
      ].join('\n'),
      tasks: ['id:ID(Task),number:int,title,category,:LABEL', '1,1,建设高铁,交通,Task', '2,2,修建机场,交通,Task', ''].join('\n'),
      responsibilities: [
        ':START_ID(Agency),:END_ID(Task),:TYPE,role,position:int',
        '省交通运输厅,1,RESPONSIBLE_FOR,lead,0',
        '省财政厅,1,RESPONSIBLE_FOR,co,1',
        '各有关市州人民政府,1,RESPONSIBLE_FOR,co,2',
        '省交通运输厅,2,RESPONSIBLE_FOR,lead,0',
        '',
      ].join('\n'),
    });
  });

  it('types extra attributes, writes lists with the array delimiter and quotes as RFC 4180 without formula escaping', () => {
    const g = small();
    g.mergeNodeAttributes('agency:省财政厅', { aliases: ['财政厅', '=财厅'], pagerank: 0.25 } as object);
    g.mergeNodeAttributes('agency:省交通运输厅', { pagerank: 1, note: 'a, "b"\nc' } as object);
    const { agencies } = toNeo4jCsv(g, { arrayDelimiter: '|' });
    const rows = Papa.parse<string[]>(agencies.trimEnd()).data;
    expect(rows[0]).toEqual(['name:ID(Agency)', 'collective:boolean', 'pagerank:double', 'note', 'aliases:string[]', ':LABEL']);
    expect(rows[1]).toEqual(['省交通运输厅', 'false', '1', 'a, "b"\nc', '', 'Agency']);
    expect(rows[2]).toEqual(['省财政厅', 'false', '0.25', '', '财政厅|=财厅', 'Agency']);
  });

  it('refuses a list value containing the array delimiter instead of splitting it', () => {
    const g = small();
    g.mergeNodeAttributes('agency:省财政厅', { aliases: ['甲;乙'] });
    expect(() => toNeo4jCsv(g)).toThrow('toNeo4jCsv: agency 省财政厅: list value "甲;乙" of `aliases` contains the array delimiter ";"');
  });
});

describe('neo4jImportCommand', () => {
  it('names the three files in a directory, quoting paths a shell would split', () => {
    expect(neo4jImportCommand()).toBe(
      'neo4j-admin database import full --nodes=agencies.csv --nodes=tasks.csv --relationships=responsibilities.csv neo4j',
    );
    expect(neo4jImportCommand("out/my plan's/", 'plans', { arrayDelimiter: '|' })).toBe(
      "neo4j-admin database import full --nodes='out/my plan'\\''s/agencies.csv' --nodes='out/my plan'\\''s/tasks.csv' " +
        "--relationships='out/my plan'\\''s/responsibilities.csv' --array-delimiter='|' plans",
    );
  });
});
