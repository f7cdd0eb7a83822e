// Recognises collective units (各有关市州人民政府, 省直有关单位 …): a group of bodies, not one agency.

/**
 * Whether a unit name denotes a collective rather than one agency, judged from its wording:
 * names opening with 各 ("each …", e.g. 各有关市州人民政府, 各市州人民政府) or containing 有关 / 相关
 * ("… concerned", e.g. 省直有关单位, 其他相关部门). A dictionary entry's `collective` overrides this.
 */
export function isCollectiveName(name: string): boolean {
  return name.startsWith('各') || name.includes('有关') || name.includes('相关');
}
