// The page's own words outside the components: the document's language and title, and the names
// screen readers give the page's landmarks (index.html), in the language shown.
import { t, type StringKey } from '../i18n.js';
import type { Lang } from '../state.js';

/** Landmark element id → the string naming it. */
const LANDMARKS: Readonly<Record<string, StringKey>> = {
  controls: 'landmarkControls',
  graph: 'landmarkGraph',
  matrix: 'landmarkMatrix',
  difference: 'landmarkDifference',
  'side-by-side': 'landmarkSideBySide',
  details: 'details',
};

/** Sets `<html lang>`, the document title and the landmarks' `aria-label`s for `lang`. */
export function applyPageLanguage(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = t(lang, 'appName');
  for (const [id, key] of Object.entries(LANDMARKS)) document.getElementById(id)?.setAttribute('aria-label', t(lang, key));
}
