// Recognises collective units (各有关市州人民政府, 省直有关单位 …): a group of bodies, not one agency.

/** 各 ("each") before a kind of body, anywhere in the name: 省政府各部门, 省直各单位, 市直各级机关. */
const EACH_BODY = /各(?:级|地|市|县|区|部门|单位|机关|委办厅局|成员单位)/u;

/**
 * Whether a unit name denotes a collective rather than one agency, judged from its wording:
 * names opening with 各 ("each …", e.g. 各有关市州人民政府, 各市州人民政府), with 各 before a kind of
 * body (省政府各部门, 省直各单位), containing 有关 / 相关 ("… concerned", e.g. 省直有关单位,
 * 其他相关部门), or naming the members of a group (领导小组成员单位). A dictionary entry's
 * `collective` overrides this.
 */
export function isCollectiveName(name: string): boolean {
  return name.startsWith('各') || name.includes('有关') || name.includes('相关') || name.includes('成员单位') || EACH_BODY.test(name);
}
