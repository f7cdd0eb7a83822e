// Sentences that open with who does the work, as items and minutes write them: units and their duty
// (县公安局负责…), units helping others (县交通运输局配合各镇做好…), a charge (会议责成县甲局…, 请县乙局会同…),
// an item whose first sentence is its units alone (市公安局。负责…). Each gives the division as a unit phrase.
import { allAgencyNames } from './agency-name.js';
import { ALL_LABELS, genericUnitLabelAt } from './labels.js';
import { NAME_START } from './glued-names.js';
import { openingAgent } from './opening-divisions.js';

/**
 * Units opening an item with their duty, the work following in the same sentence:
 * `县应急管理局负责尾矿库等行业的隐患排查治理工作` → `县应急管理局负责`; `甲局、乙局牵头…` → `甲局、乙局牵头`.
 * Every name before the role word must read as a unit's; 负责人 / 负责同志 are people, not a duty.
 */
export function openingDuty(sentence: string): { phrase: string; length: number } | undefined {
  const m = OPENING_DUTY.exec(sentence);
  if (m === null || !allAgencyNames(m[1] as string)) return openingAgent(sentence) ?? openingHelper(sentence) ?? ownerColon(sentence);
  const phrase = `${m[1] as string}${m[2] as string}`;
  const span = (m[0]).length;
  // …and the units that help, closing the sentence (县丁局牵头负责某某工作，县戊局配合): the clause is the sentence.
  const helpers = CLOSING_HELPERS.exec(sentence);
  if (helpers !== null && allAgencyNames(helpers[1] as string)) return { phrase: `${phrase}；${helpers[1] as string}${helpers[2] as string}`, length: sentence.length };
  return { phrase, length: span };
}
/**
 * A sentence charging units with the work, as minutes write it: `会议责成县甲局抓紧…` and `请县甲局负责落实`
 * (the units answer for it), `请县甲局会同县乙局…` (the first leads, the others co-operate), `会议要求县丙局
 * 牵头…，县丁局配合` (the roles as written). The division as a unit phrase, or undefined.
 */
export function chargedDivision(sentence: string): string | undefined {
  const charge = CHARGE.exec(sentence);
  if (charge === null) return undefined;
  const rest = sentence.slice(charge[0].length);
  // (A collective's charge, 请各单位认真对照…, is a notice's closing word to all, not a division.)
  if (/^(?:各|有关|相关|有關|相關|全体|全體|你们|你們)/u.test(rest)) return undefined;
  const duty = openingDuty(rest);
  if (duty !== undefined && OPENING_DUTY.test(rest)) return duty.phrase;
  // (要求县甲局配合各镇做好…: the helpers' joiner after the charge.)
  const helper = openingHelper(rest);
  if (helper !== undefined) return helper.phrase;
  const joint = CHARGED_JOINT.exec(rest);
  if (joint !== null && allAgencyNames(joint[1] as string) && allAgencyNames(joint[2] as string)) return `${joint[1] as string}牵头；${joint[2] as string}配合`;
  // (Only 责成 and 请 give the work by themselves: 要求 may only ask, 会议要求县甲局加强… names no duty.)
  if (!/责成|責成|请|請/u.test(charge[0])) return undefined;
  const named = CHARGED_UNITS.exec(rest);
  return named !== null && allAgencyNames(named[1] as string) ? `${named[1] as string}负责` : undefined;
}
const CHARGE = /^(?:会议|會議)?(?:要求|责成|責成|请|請)(?=[^，,。；;]{4})/u;
const CHARGED_JOINT = /^([^，,。；;：:（(《“]{2,40}?)(?:会同|會同)([^，,。；;：:（(《“]{2,60}?)(?=抓紧|抓緊|尽快|儘快|研究|制定|做好|抓好|负责|負責|落实|落實|开展|開展|推进|推進|完成|提出|组织|組織|[，,])/u;
const CHARGED_UNITS = /^([^，,。；;：:（(《“]{2,60}?)(?=抓紧|抓緊|尽快|儘快|认真|認真|切实|切實|研究|制定|做好|抓好|负责|負責|落实|落實|开展|開展|推进|推進|完成|提出|组织|組織)/u;

/**
 * Units opening an item as the helpers of others, the work following (`县交通运输局配合各镇做好技术指导`,
 * the joiner `Y配合X抓好落实` of CONVENTIONS.md): X answers for the work, Y co-operates.
 */
function openingHelper(sentence: string): { phrase: string; length: number } | undefined {
  const m = OPENING_HELPER.exec(sentence);
  if (m === null || !allAgencyNames(m[1] as string) || !allAgencyNames(m[3] as string)) return undefined;
  return { phrase: `${m[3] as string}负责；${m[1] as string}配合`, length: m[0].length - (m[4] as string).length };
}
const OPENING_HELPER = /^([^，,。；;：:（(《“]{2,60}?)(配合|协助|協助|协同|協同)([^，,。；;：:（(《“]{2,40}?)(做好|抓好|搞好|开展|開展|推进|推進|落实|落實|完成|实施|實施)/u;
/**
 * An item of a list of duties by unit that opens with the unit and a colon, its work after it
 * (`（二）市财政局：做好某项资金保障`): the unit answers for it. The names open with their level (市, 县,
 * 国家 …) or as a collective, and are no label (责任单位：, 数据提供单位：).
 */
function ownerColon(sentence: string): { phrase: string; length: number } | undefined {
  const m = OWNER_COLON.exec(sentence);
  if (m === null) return undefined;
  const names = m[1] as string;
  if (!NAME_START.test(names) || ALL_LABELS.includes(names) || genericUnitLabelAt(`${names}：`) !== undefined || !allAgencyNames(names)) return undefined;
  return { phrase: `${names}负责`, length: m[0].length };
}
// (Not a contact line, 市政府办公室：联系人…, 电话….)
const OWNER_COLON = /^([^，,。；;：:（(《“\s]{2,40})[：:](?=[ \t\u3000]*\p{Script=Han}{4})(?![ \t\u3000]*(?:联系|聯繫|电话|電話|地址|邮箱|郵箱|传真|傳真|手机|手機))/u;
const CLOSING_HELPERS = /[，,]([^，,。；;：:（(《“]{2,80})(配合|协助|參與|参与|協助)[。；;]?$/u;
const OPENING_DUTY = /^([^，,。；;：:（(《“]{2,80}?)[：:]?[ \t\u3000]*(牵头负责|牵头|负责|牽頭負責|牽頭|負責)(?![人同的制任]|[，,。；;]|$|(?:工作|任务|任務|事项|事項)(?:[（(]|$))/u;

/**
 * An item whose first sentence is its units alone, the next saying what they do
 * (`（二十一）市公安局。负责对…的调研` → `市公安局负责`; `市甲局、市乙局。牵头…` → `…牵头`).
 */
export function unitHeading(sentence: string, after: string): { phrase: string; length: number } | undefined {
  // The verb of a duty, not the first word of a label (牵头单位：, 责任领导：).
  const verb = /^\s*(?:主要)?(牵头|牽頭|负责|負責|承担|承擔|配合|协助|協助)(?![单單部领領人同科处處：:])/u.exec(after);
  if (verb === null || sentence.length > 60 || !allAgencyNames(sentence)) return undefined;
  const role = /牵头|牽頭/u.test(verb[1] as string) ? '牵头' : /配合|协助|協助/u.test(verb[1] as string) ? '配合' : '负责';
  return { phrase: `${sentence}${role}`, length: sentence.length };
}
