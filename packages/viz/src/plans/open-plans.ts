// Opening several files at once (multiple selection, a folder, or several dropped): each is read
// by core like a single file; two or more that read become the plans to compare.
import { MAX_VIEWER_BYTES } from '../app/open.js';
import { t } from '../i18n.js';
import { networkFromBytes } from '../network.js';
import type { Lang } from '../state.js';
import { errorLines } from '../ui/diagnostic-text.js';
import type { Messages } from '../ui/messages.js';
import { planLabel, type Plan, type Plans } from './plans.js';

/**
 * Reads `files`; lists the ones that cannot be read (with their lines) and keeps the rest. Two or
 * more plans replace the opened plans; one is opened as a single table (`openOne`); none keeps the
 * current view. Returns how many were read.
 */
export async function openPlans(files: readonly File[], plans: Plans, messages: Messages, openOne: (file: File) => Promise<boolean>): Promise<number> {
  if (files.length === 1 && files[0] !== undefined) {
    plans.clear();
    return (await openOne(files[0])) ? 1 : 0;
  }
  const read: Plan[] = [];
  /** Each file's problems, written in the language shown (a switch rewrites them). */
  const problems: ((lang: Lang) => string[])[] = [];
  const problemLines = (l: Lang): string[] => problems.flatMap((p) => p(l));
  for (const file of files) {
    const name = file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name;
    if (file.size > MAX_VIEWER_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      problems.push((l) => [t(l, 'errorTooLarge', { file: name, size, max: (MAX_VIEWER_BYTES / 1024 / 1024).toFixed(1) })]);
      continue;
    }
    try {
      const network = await networkFromBytes(await file.arrayBuffer(), file.name);
      if (network.table === undefined) continue;
      read.push({ label: planLabel(file.name), file: name, network, table: network.table });
    } catch (error) {
      problems.push((l) => errorLines(error, l).map((line) => `${name}: ${line}`));
    }
  }
  if (read.length >= 2) {
    plans.set(read);
    const names = plans.plans.map((p) => p.label).join(', ');
    const heading = (l: Lang): string => t(l, 'openedPlans', { n: read.length, names });
    if (problems.length > 0) messages.error(heading, problemLines);
    else messages.notice(heading);
  } else if (read.length === 1 && read[0] !== undefined) {
    plans.clear();
    const one = files.find((f) => f.name === read[0]?.network.meta.file);
    if (one !== undefined) await openOne(one);
    if (problems.length > 0) messages.error((l) => t(l, 'plansNeedTwo'), problemLines);
  } else {
    messages.error((l) => t(l, 'plansNoneRead'), problemLines);
  }
  return read.length;
}
