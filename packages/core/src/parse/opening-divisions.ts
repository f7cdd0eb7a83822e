// Running text whose sentences open with who does the work: `…实施好八大行动。即县水务局牵头，组织开展
// 某专项行动。县环保局牵头，督促…。` or `会议明确，由某某牵头，区甲办、区乙局负责，及时收集…。` — each such
// sentence is a task, titled by the whole sentence, its division read from its opening clauses.
// The prose reader reads a division that opens an item (at its start); inside a paragraph it takes
// one for the close of the sentence before. This pass marks each such sentence's division with a
// bracket at its end (`…专项行动（县水务局牵头）。`), which the prose reader reads as any sentence closed
// by its units.
import { allAgencyNames, isAgencyName } from './agency-name.js';
import { splitOutsideBrackets } from './bracket-match.js';
import { DUTY_SUFFIXES, LEAD_SUFFIXES } from './labels.js';
import { numberedLine, ordinalLine, TASK_LEVEL_STYLES } from './numbering.js';
import { isBarePerson } from './person-names.js';
import { roleAtEnd } from './role-words.js';
import { mergeCollectives } from './unit-names.js';
import { isNewsStory, retellsDivision } from './prose-text.js';
import { DUTY_VERB, subjectAt, withoutEtc } from './sentence-subject.js';
/** Words opening the division that are not part of the first name (即县甲局牵头, 由县甲局牵头, 并由…). */
const OPENER = /^(?:即|由|并由|並由|另由|均由|统一由|統一由)/u;
/** Short lead-in clauses before the division (会议明确，/ 同时，/ 具体分工如下：): at most this long. */
const MAX_LEAD_IN = 8;
/** A lead-in that names no unit: reporting verbs and connectives. */
const LEAD_IN =
  /^(?:(?:会议|會議|会上|會上|同时|同時|另外|此外|其中|具体|具體|要求|明确|明確|决定|決定|确定|確定|强调|強調|提出|指出|责成|責成|对此|對此|为此|為此|下一步|下步|今后|今後|近期|目前|当前|當前|随后|隨後|接下来|接下來|首先|其次|再次|最后|最後|今年|明年)[\p{Script=Han}]{0,6}|[\p{Script=Han}]{1,6}(?:指出|强调|強調|要求|提出|表示))$/u;

/** Names, then their duty and the work (甲局、乙局分别负责某某工作; a modal between, 甲局要牵头做好…): the names and the role word. */
// (A name's piece: a character, or a short bracket inside the name, 县(区、市)政府.)
// (Lazy: the names end at their first role word — 市甲局负责指导各区政府负责落实… names 市甲局 alone.)
// (负责人 / 负责制 are no duty; 牵头制定 is a lead's: 牵头人 alone is a person.)
const DUTY_FIRST = /^((?![（(])(?:[^，,。；;：:（(《“、]|[（(][^（()）。，,]{1,8}[）)]){2,40}?(?:、(?![（(])(?:[^，,。；;：:（(《“、]|[（(][^（()）。，,]{1,8}[）)]){2,40}?){0,8}?)(要|应|應|须|須|将|將|需)?((?:分别负责|分別負責|牵头负责|牽頭負責|负责|負責)(?![人同的制任])|(?:牵头|牽頭)(?![人的]))/u;

/** Names a modal may follow in a division (县甲局要牵头): each a body's with its level, not a collective's nor the issuing government's. */
function modalSubjects(names: string): boolean {
  return names.split('、').every((n) => /^(?:省|市|县|区|州|盟|旗|镇|乡|縣|區|鎮|鄉)/u.test(n) && !/^.(?:人民)?政府$|^.委$|^.委.政府$|各|有关|相关|有關|相關/u.test(n) && isAgencyName(n));
}

/**
 * Names said to be the lead (or the responsible units) of the work: `甲局和乙办是某某工作的牵头部门`
 * (or `为…责任单位`): the names, and whether they lead.
 */
const SAID_TO_BE = /^([^，,。；;：:（(《“]{2,60}?)(?:是|为|為)(?:[^，,。；;]{0,20}的)?(牵头|牽頭|责任|責任)(?:部门|单位|部門|單位)$/u;

/** Names of a clause before its role word: every one a unit's, or (for a leader) a person's. */
function clauseNames(names: string): { units: number; people: number } | undefined {
  // (分别 / 共同 before the role word is the role's: 甲局、乙局分别负责…)
  // (…and a collective sharing its 各 over 、 is one name, as the unit reader takes it: 各开发区、镇(街道).)
  const list = mergeCollectives(splitOutsideBrackets(names.replace(OPENER, '').replace(/(?:分别|分別|共同|各自)$/u, '').replace(/等(?:其他|其它)?(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)?$/u, ''), /、/u));
  let units = 0;
  let people = 0;
  for (const n of list) {
    // (A charge's verb is no name's start: 要求县级部门牵头实施… charges the units, it names none.)
    if (/^(?:要求|责成|責成|请|請|督促|安排|号召|號召|明确|明確|决定|決定|确定|確定|同意)/u.test(n)) return undefined;
    if (isAgencyName(n)) units += 1;
    // (Leaders named by their office, 相关县领导 / 市领导, are people too.)
    else if (isBarePerson(n) || /^(?:相关|有关|相關|有關|分管)?[省市县区州乡镇縣區鄉鎮]?(?:级)?领导$|^(?:相关|有关|相關|有關|分管)?[省市县区州乡镇縣區鄉鎮]?(?:級)?領導$/u.test(n)) people += 1;
    else return undefined;
  }
  // People and units in one clause (张三、市甲局牵头): not a division this pass can read.
  if (units > 0 && people > 0) return undefined;
  return { units, people };
}

/** The units closing a sentence with their role (，乙局、丙局积极配合) as a clause to add to its division, or ''. */
function closingUnits(clause: string): string {
  const role = roleAtEnd(clause);
  if (role === undefined || LEAD_SUFFIXES.includes(role) || DUTY_SUFFIXES.includes(role)) return '';
  // (A modal and an adverb before the role word are the role's: 疾控部门要紧密配合.)
  const bare = clause.slice(0, -role.length).replace(MODAL_BEFORE_ROLE, '');
  // (A clause of the work with a role word at its end, 形成部门协同 / 营造全社会参与, names no unit.)
  if (WORK_VERB.test(bare)) return '';
  const names = clauseNames(bare);
  return names !== undefined && names.units > 0 && names.people === 0 ? `，${bare}${role}` : '';
}
/** Verbs that open the work, not a name: 形成, 营造, 动员, 引导 …. */
const WORK_VERB = /^(?:形成|营造|營造|吸引|动员|動員|引导|引導|让|讓|推动|推動|促进|促進|实现|實現|加强|加強|强化|強化|鼓励|鼓勵|带动|帶動|凝聚|汇聚|匯聚|调动|調動|确保|確保|做到|建立|健全|完善)/u;
/**
 * A lead given inside a sentence after what led to it, as a speech says it (冯主任强调：…高度重视，明确由区委办
 * 牵头，整合各单位意见，出台…): a clause `明确由X牵头` (确定由, 决定由) after the first, the work after it.
 * The division, with units named later to work with X, or undefined.
 */
function givenLead(sentence: string): string | undefined {
  if (!/(?:明确|明確|确定|確定|决定|決定)由/u.test(sentence)) return undefined;
  const said = sentence.slice(Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':')) + 1);
  const pieces = said.split(/[，,]/u).map((p) => p.trim());
  for (let k = 1; k < pieces.length - 1; k += 1) {
    const m = GIVEN_LEAD.exec(pieces[k] as string);
    const names = m === null ? undefined : clauseNames(m[1] as string);
    if (m === null || names === undefined || names.units === 0 || names.people > 0) continue;
    const work = pieces.slice(k + 1);
    if (hanCount(work.join('')) < 4) return undefined;
    // (明确由X负责, the units working with X named after it: X answers for the work, not leads it.)
    const role = /^(?:负责|負責)$/u.test(m[2] as string) ? '负责' : '牵头';
    return `${m[1] as string}${role}${work.map(closingUnits).join('')}`;
  }
  return undefined;
}
const GIVEN_LEAD = /^(?:明确|明確|确定|確定|决定|決定)由([^，,。；;：:（(《“]{2,40}?)(牵头|牽頭|负责|負責)(?:负责|負責)?$/u;

/** What a speech puts between the names and their role word (要紧密配合, 应积极配合, 全力配合). */
const MODAL_BEFORE_ROLE = /(?:要|应|應|须|須|将|將|需)?(?:紧密|緊密|密切|积极|積極|全力|主动|主動|大力|全面|做好|搞好)?$/u;

/** 会同 between names opening a sentence, with a modal before it (甲局要会同乙局). */
const JOINT_OPENING = /^(?![由即])((?:[^，,。；;：:（(《“、]|[（(][^（()）。，,]{1,8}[）)]){2,30}?)(?:要|将|將|须|須|应|應)?(?:会同|會同)(.+)$/u;

/**
 * `甲局要会同乙局、丙局，做好某某` (or the work run into the names: `甲局会同乙局做好某某`): the division
 * `甲局牵头，乙局、丙局配合`, or undefined. The names after 会同 are the longest run of names before the work.
 */
function jointOpening(clause: string, rest: string): string | undefined {
  const m = JOINT_OPENING.exec(clause);
  if (m === null) return undefined;
  const lead = clauseNames(m[1] as string);
  // (A collective's charge, 各级发展改革部门要会同…, is a requirement inside a task's text, not a task.)
  if (lead === undefined || lead.units !== 1 || lead.people > 0 || /^各|有关|相关|有關|相關/u.test(m[1] as string)) return undefined;
  const after = m[2] as string;
  const joined = (names: string): string => `${(m[1] as string).replace(OPENER, '')}牵头，${names}配合`;
  // The names after 会同 up to the comma (甲局要会同乙局、丙局，做好…)…
  const whole = clauseNames(after);
  if (rest !== '' && whole !== undefined && whole.units > 0 && whole.people === 0 && hanCount(rest) >= 4) return joined(after);
  // …or run into the work (甲局会同乙局、丙局做好… / 甲局会同乙局指导各乡镇…): the names before the last 、, then
  // the shortest name the work follows — the names stop at the work's verb.
  const cut = after.lastIndexOf('、', MAX_JOINT);
  const listed = cut < 0 ? '' : after.slice(0, cut + 1);
  if (listed !== '' && clauseNames(listed.slice(0, -1)) === undefined) return undefined;
  const last = after.slice(listed.length);
  for (let k = 2; k <= Math.min(last.length - 2, MAX_JOINT); k += 1) {
    const names = clauseNames(`${listed}${last.slice(0, k)}`);
    if (names === undefined || names.units === 0 || names.people > 0 || !isAgencyName(last.slice(0, k))) continue;
    if (hanCount(`${last.slice(k)}${rest}`) >= 4) return joined(`${listed}${last.slice(0, k)}`);
  }
  return undefined;
}
/** The longest run of names after 会同 read (the clause may be a long sentence: read no further). */
const MAX_JOINT = 60;

/** Chinese characters in a text (the work after a division needs a few). */
const hanCount = (text: string): number => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * The division opening a sentence, after at most one short lead-in clause: comma-separated
 * clauses, each names with a role word at its end (甲局牵头，乙局、丙局配合), at least one naming units
 * and one of them leading or answering for the work (牵头 / 负责), with the work following in the same
 * sentence. Returns the division's clauses (without 即 / 由) or undefined.
 */
export function openingDivision(sentence: string): string | undefined {
  const given = givenLead(sentence);
  if (given !== undefined) return given;
  // (A short bracket inside a name, 县(区、市)政府, is the name's.)
  // (An item's number, （一）, is no name's: a name's bracket follows its words.)
  // (A short quoted term inside the work, 做好“一网通办”改革, is the work's: a task quoted after its units,
  // 县甲局负责的“…”, is not a division opening a sentence.)
  const plain = sentence.replace(/(?<=\p{Script=Han})[（(][\p{Script=Han}、]{1,8}[）)]/gu, '').replace(/(?<![的：:])“[^“”"（()）：:]{1,16}”/gu, '');
  if (/[（(〔【[［：:“”"]/u.test(plain)) return undefined;
  // Blanks inside it: cells run together (办公室牵头，各科室配合 11月底前 2 完成…), not a sentence.
  // (A blank inside a title's words, 2022年度 某某示范村, is the title's.)
  // (…but a blank after a number or a role word, 配合 11月底前 / 负责 长期坚持, is between cells.)
  if (/\S[ \t\u3000]+(?=[\d０-９])|[\d０-９][ \t\u3000]+\S|(?:牵头|牽頭|配合|负责|負責|参与|參與|协助|協助|落实|落實)[ \t\u3000]+\S/u.test(sentence.trim())) return undefined;
  const pieces = sentence.split(/[，,]/u).map((p) => p.trim());
  let first = 0;
  if (pieces.length >= 2 && (pieces[0] as string).length <= MAX_LEAD_IN && LEAD_IN.test(pieces[0] as string)) first = 1;
  const clauses: string[] = [];
  let units = false;
  let leads = false;
  for (let k = first; k < pieces.length - 1; k += 1) {
    const clause = pieces[k] as string;
    const role = roleAtEnd(clause);
    if (role === undefined) break;
    const names = clauseNames(clause.slice(0, -role.length));
    if (names === undefined) break;
    if (names.units > 0) units = true;
    if (LEAD_SUFFIXES.includes(role) || DUTY_SUFFIXES.includes(role)) leads = true;
    // A leader named alone (由马娜牵头): labelled as one, so that the units are read without them.
    const bare = clause.slice(0, -role.length).replace(OPENER, '');
    clauses.push(names.units === 0 ? `${LEAD_SUFFIXES.includes(role) ? '牵头领导' : '责任领导'}：${bare}` : clause.replace(OPENER, ''));
  }
  // Names said to be the lead (县农委和农村能源办是秸秆综合利用的牵头部门，要着力拓展…).
  const said = clauses.length === 0 ? SAID_TO_BE.exec(pieces[first] as string) : null;
  if (said !== null) {
    const names = (said[1] as string).replace(OPENER, '').split(/、|和|及|與|与/u);
    const role = said[2] as string;
    const work = pieces.slice(first + 1).join('，');
    if (names.every((n) => isAgencyName(n)) && hanCount(work) >= 4) return `${names.join('、')}${/^(牵头|牽頭)$/u.test(role) ? '牵头' : '负责'}`;
  }
  // Names run straight into their duty (市规划局、市建设局负责建筑节能): the work follows in the same clause;
  // the units working with them may close the sentence (…，市乙局、市丙局积极配合).
  if (clauses.length === 0) {
    const opening = pieces[first] as string;
    const duty = DUTY_FIRST.exec(opening);
    // (With a modal, 要 / 将 / 须, the sentence is as often a charge: only bodies named with their level,
    // 县甲局要牵头…, are given the work — not 各乡镇要负责…, 项目单位要负责…, nor the government's own 县政府将牵头召开….)
    const charge = duty !== null && duty[2] !== undefined && !modalSubjects(duty[1] as string);
    const names = duty === null || charge ? undefined : clauseNames(duty[1] as string);
    // (各自 before the role word is dropped; 分别 and 共同 stay, the phrase reader knows 分别负责 and 共同负责.)
    if (duty !== null && names !== undefined && names.units > 0 && names.people === 0 && hanCount(opening.slice(duty[0].length)) >= 4) {
      const division = `${(duty[1] as string).replace(/各自$/u, '')}${duty[3] as string}`;
      return pieces.length - 1 > first ? `${division}${closingUnits(pieces[pieces.length - 1] as string)}` : division;
    }
    // 甲局要会同乙局、丙局，做好某某 / 甲局会同乙局做好某某: the first leads, the others co-operate.
    const joint = jointOpening(opening, pieces.slice(first + 1).join('，'));
    if (joint !== undefined) return joint;
  }
  const rest = pieces.slice(first + clauses.length).join('，');
  // A sentence of units alone (甲局牵头，乙局、丙局等单位配合。) closes the task before it.
  const last = roleAtEnd(rest);
  // (…its names listed with commas as often as with 、: 甲局牵头，乙局，丙局，丁局配合。)
  if (last !== undefined && rest.slice(0, -last.length).split('，').every((names) => clauseNames(names) !== undefined)) return undefined;
  if (!units || !leads || clauses.length === 0 || hanCount(rest) < 4) return undefined;
  // Units working with the lead may be named later in the sentence, after the work (由甲局牵头，对…排查，乙局要紧密配合，…).
  const later = pieces.slice(first + clauses.length).map(closingUnits).join('');
  return `${clauses.join('，')}${later}`;
}

/**
 * Marks the division of every sentence of running text that opens with one (see the file's
 * comment), except a sentence opening its line (the prose reader reads that one as an item opening
 * with its units) — unless the line is a paragraph of running text (indented, or any line of a
 * news story, with no number of its own). Inside a speech's point in a news story (一要…。), the
 * first sentence after its heading that gives the work to units is marked. In a story retelling a
 * division, a sentence with a unit for subject (市甲局要…) is marked as that unit's. Returns the text,
 * how many sentences were marked, and whether the story retells a division.
 */
export function markOpeningDivisions(text: string): { text: string; count: number; retold: boolean; news: boolean } {
  // A news story: its paragraphs open with sentences like any other, and its speech's points take the
  // first division after their heading. One retelling a division of work says who is to do what in
  // sentences with a unit for subject (市财政局要…): each a task there.
  const news = isNewsStory(text);
  const retold = news && retellsDivision(text);
  if (!news && !/牵头|牽頭|负责|負責/u.test(text)) return { text, count: 0, retold, news };
  let n = 0;
  const lines = text.split('\n').map((line) => {
    const before = n;
    // Sentences with their stops (。；; ！？), in order: every character kept.
    // (A lead-in closed by 如下： — 现将有关工作分工如下：— is a sentence of its own: the division after it opens one.)
    const sentences = line.split(/(?<=如下[：:])/u).flatMap((part) => part.match(/[^。；;！？!?]+[。；;！？!?]*|[。；;！？!?]+/gu) ?? []);
    if (sentences.length === 0) return line;
    // A paragraph of running text (indented, no number of its own) opens with a sentence like any other.
    // (In a news story every line with no number is one.)
    const paragraph = (news || /^[ \t\u3000]{2,}/u.test(line)) && numberedLine(line.trim()) === undefined && ordinalLine(line.trim()) === undefined;
    if (sentences.length < 2 && !paragraph) return line;
    let out = '';
    // Inside a task-level item (1. / （1） / ① / 一是), a division sentence gives the item's units: the
    // prose reader reads it so, titling the item by the words before it.
    let inItem = false;
    let point = false;
    let pointMarked = false;
    sentences.forEach((s, k) => {
      const body = s.replace(/[。；;！？!?]+$/u, '');
      const stop = s.slice(body.length);
      // (The item's marker opens the sentence, or follows its colon: 区长指出：一是…)
      const head = body.replace(/^[\s：:]+/u, '');
      const afterColon = body.slice(Math.max(body.lastIndexOf('：'), body.lastIndexOf(':')) + 1);
      const marker = numberedLine(head) ?? ordinalLine(head) ?? numberedLine(afterColon) ?? ordinalLine(afterColon);
      if (marker !== undefined) {
        inItem = TASK_LEVEL_STYLES.has(marker.style);
        point = marker.style === 'ordinal';
        pointMarked = false;
      }
      // (A sentence closed by its own division, …，由甲局负责 — as the subject-sentence reader writes them —
      // is read by that division: marked again, its words would stay in the title.)
      const closed = CLOSED_BY_DIVISION.test(body.trim());
      const open = !((k === 0 && !paragraph) || inItem || body.trim() === '' || closed);
      // (A story's point, 三要…。会议指出，…。县甲局要…。: the first sentence after its heading that gives the
      // work to units gives the point its units, however many sentences come between.)
      const inPoint = news && inItem && point && k > 0 && !pointMarked && body.trim() !== '' && !closed;
      const division = open || inPoint ? (openingDivision(body.trim()) ?? (retold ? subjectDivision(body.trim()) : undefined)) : undefined;
      if (inPoint && division !== undefined) pointMarked = true;
      if (division === undefined) {
        out += s;
        return;
      }
      n += 1;
      out += `${body}（${division}）${stop === '' ? '。' : stop}`;
    });
    return n === before ? line : out;
  });
  return { text: lines.join('\n'), count: n, retold, news };
}

/** A sentence closed by its division: …，由甲局负责 / …，由甲局牵头落实. */
const CLOSED_BY_DIVISION = /[，,]由[^，,。；;]{2,80}(?:负责|負責|牵头|牽頭|承办|承辦)[\p{Script=Han}]{0,4}$/u;

/** The verbs a story reports its meeting with. */
const NEWS_EVENT = /召开|召開|举行|舉行|主持|出席|参加|參加|列席|听取|聽取|印发|印發|公布|通报|通報|报告|報告|汇报|匯報|督促检查|督促檢查|督查|督办|督辦/u;

/** A unit to do what its sentence says (县甲局要…, 县甲局、县乙局将…): the units, responsible, or undefined. */
function subjectDivision(sentence: string): string | undefined {
  const at = subjectAt(sentence);
  // (负责 after a name is the division reader's, which knows its lead-ins: 截至目前，甲局负责项目5个 is progress.)
  if (at === undefined || DUTY_VERB.test(sentence.slice(at.end)) || /^(?:要|須|须)求/u.test(sentence.slice(at.end))) return undefined;
  // (What the story reports of the meeting itself, 某县于5月10日召开推进会, is no one's task.)
  if (NEWS_EVENT.test(sentence)) return undefined;
  // (A sentence closed by its own division, …，由市教育局负责, is read by that.)
  if (CLOSED_BY_DIVISION.test(sentence)) return undefined;
  // (A government saying what it will do, 市政府将定期督促检查, is the speaker's, not a unit's task; and
  // 上述 / 以上 units are no names.)
  if (/^(?:[省市县区州縣區]|本市|本县|本縣|本區|本区)?(?:人民)?政府$|^(?:國務院|国务院)$/u.test(at.subject) || /^(?:上述|以上|所有|全体|全體)/u.test(at.subject)) return undefined;
  // (A preposition opens no name: 以经营主体需求为导向….)
  if (/^(?:以|为|為|对|對|把|按|根据|根據|聚焦|围绕|圍繞|通过|通過|特别是|特別是|尤其是|会同|會同|用人单位|用人單位)/u.test(at.subject)) return undefined;
  if (hanCount(sentence.slice(at.end)) < 5) return undefined;
  const names = clauseNames(withoutEtc(at.subject));
  return names !== undefined && names.units > 0 && names.people === 0 ? `${withoutEtc(at.subject)}负责` : undefined;
}

/**
 * Whether the last sentence of a title opens with the division a bracket gives (a sentence marked
 * by {@link markOpeningDivisions}; in a story retelling a division, a sentence with a unit for subject too): the
 * sentences before it are not the task's.
 */
export function opensLastSentence(title: string, phrase: string | undefined, retold = false): boolean {
  if (phrase === undefined) return false;
  const last = title.slice(Math.max(title.lastIndexOf('。'), title.lastIndexOf('！'), title.lastIndexOf('？')) + 1).trim();
  return last !== '' && (openingDivision(last) === phrase || (retold && subjectDivision(last) === phrase));
}

/**
 * `由X督促…` / `由X组织…` opening an item (an inspection notice's 整改措施：由县甲局督促商户更换): 由 names the
 * body charged with the work, whatever its verb; X is responsible. A patch-holder's title before
 * the name (包片单位县甲局) is not part of it.
 */
const OPENING_AGENT = /^由((?:包片|包联|包聯|包保|挂包|掛包)单位|(?:包片|包联|包聯|包保|挂包|掛包)單位)?([^，,。；;：:（(《“由]{2,60}?)(督促|督导|督導|组织|組織|指导|指導|监督|監督|协调|協調|做好|抓好)/u;

export function openingAgent(sentence: string): { phrase: string; length: number } | undefined {
  const m = OPENING_AGENT.exec(sentence);
  if (m === null || !allAgencyNames(m[2] as string)) return undefined;
  return { phrase: `${m[2] as string}负责`, length: (m[0]).length - (m[3] as string).length };
}
