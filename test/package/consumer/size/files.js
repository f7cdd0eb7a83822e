// Reading .docx and .xlsx bytes in the browser.
import { parseFile } from '@fengong/core';
globalThis.result = parseFile(globalThis.bytes);
