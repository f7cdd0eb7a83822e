// Opening several files at once (multiple selection, a folder, or several dropped): each is read
// by core like a single file; two or more that read become the plans to compare.
import { TableParseError, formatDiagnostic } from '@fengong/core';
import { MAX_VIEWER_BYTES } from '../app/open.js';
import { t } from '../i18n.js';
import { networkFromBytes } from '../network.js';
import type { Lang } from '../state.js';
import type { Messages } from '../ui/messages.js';
import { planLabel, type Plan, type Plans } from './plans.js';

/**
 * Reads `files`; lists the ones that cannot be read (with their lines) and keeps the rest. Two or
 * more plans replace the opened plans; one is opened as a single table (`openOne`); none keeps the
 * current view. Returns how many were read.
 */
export async function openPlans(files: readonly File[], plans: Plans, messages: Messages, lang: () => Lang, openOne: (file: File) => Promise<boolean>): Promise<number> {
  if (files.length === 1 && files[0] !== undefined) {
    plans.clear();
    return (await openOne(files[0])) ? 1 : 0;
  }
  const read: Plan[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const name = file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name;
    if (file.size > MAX_VIEWER_BYTES) {
      problems.push(t(lang(), 'errorTooLarge', { file: name, size: (file.size / 1024 / 1024).toFixed(1), max: (MAX_VIEWER_BYTES / 1024 / 1024).toFixed(1) }));
      continue;
    }
    try {
      const network = await networkFromBytes(await file.arrayBuffer(), file.name);
      if (network.table === undefined) continue;
      read.push({ label: planLabel(file.name), file: name, network, table: network.table });
    } catch (error) {
      const lines = error instanceof TableParseError ? error.diagnostics.map(formatDiagnostic) : [error instanceof Error ? error.message : String(error)];
      problems.push(...lines.map((l) => `${name}: ${l}`));
    }
  }
  if (read.length >= 2) {
    plans.set(read);
    const heading = t(lang(), 'openedPlans', { n: read.length, names: plans.plans.map((p) => p.label).join(', ') });
    if (problems.length > 0) messages.error(heading, problems);
    else messages.notice(heading);
  } else if (read.length === 1 && read[0] !== undefined) {
    plans.clear();
    const one = files.find((f) => f.name === read[0]?.network.meta.file);
    if (one !== undefined) await openOne(one);
    if (problems.length > 0) messages.error(t(lang(), 'plansNeedTwo'), problems);
  } else {
    messages.error(t(lang(), 'plansNoneRead'), problems);
  }
  return read.length;
}
