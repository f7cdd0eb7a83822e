// An agency name split into its place (省, 市, 长沙市, 岳阳楼区 …) and its role (发展改革委, 财政局 …).

/** An agency name as place + role: `省发展改革委` → `{ place: '省', role: '发展改革委' }`. */
export interface PlaceRole {
  /** The administrative prefix: a level (省, 市, 县, 区, 州) or a named place ending in one (长沙市, 湖南省, 岳阳楼区), plus 委 of a party committee (省委); '' when none. */
  place: string;
  /** The rest of the name: what the body does, comparable across places. */
  role: string;
}

/** Level characters a prefix ends with. */
const LEVEL = '省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区';
/** A named place: 2–6 characters ending in a level (湖南省, 长沙市, 岳阳楼区, 新疆维吾尔自治区). */
const NAMED = new RegExp(`^[\\p{Script=Han}]{1,8}?(?:${LEVEL})`, 'u');
/** Words that open a role but start with a level character (市场监管局, 区域合作办, 县域经济处). */
const ROLE_OPENINGS = /^(?:市场|市政|区域|县域|州际|省际|地区)/u;
/** Names that are not one place's body (collectives, central bodies). */
const NO_PLACE = /^(?:各|有关|相关|国家|国务院|中央|中共中央|全国|中国)/u;

/**
 * Splits a name into place and role. A bare level character (省, 市, 县, 区, 州) is a prefix unless it
 * opens a role word (市场监管局 has none); a named place is 1–8 characters ending in a level
 * (长沙市, 湖南省, 岳阳楼区) followed by a role of at least two characters; 委 right after the
 * place (省委宣传部, 市委组织部) belongs to the place (the party committee). Names of collectives
 * and central bodies (各…, 国家…, 国务院…) have no place. A heuristic: a place name inside a role is
 * split too, so compare by role only to line up plans of different places, never to merge them
 * silently.
 */
export function placeRole(name: string): PlaceRole {
  if (NO_PLACE.test(name)) return { place: '', role: name };
  let place = '';
  const single = /^(省|市|县|区|州)/u.exec(name);
  if (single !== null && !ROLE_OPENINGS.test(name)) place = single[1] as string;
  else {
    const named = NAMED.exec(name);
    if (named !== null && name.length - named[0].length >= 2 && !ROLE_OPENINGS.test(name)) place = named[0];
  }
  if (place === '') return { place: '', role: name };
  let role = name.slice(place.length);
  // A named place ending in 省/市 may itself be followed by a level (湖南省长沙市): take it too.
  const again = /^(?:[\p{Script=Han}]{1,6}?(?:市|县|区|州))(?=[\p{Script=Han}]{2})/u.exec(role);
  if (again !== null && place.length > 1 && !ROLE_OPENINGS.test(role)) {
    place += again[0];
    role = role.slice(again[0].length);
  }
  if (role.startsWith('委') && role.length > 2) {
    place += '委';
    role = role.slice(1);
  }
  return role.length === 0 ? { place: '', role: name } : { place, role };
}
