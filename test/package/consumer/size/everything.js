// Everything both entry points export.
import * as core from '@fengong/core';
import * as datasets from '@fengong/core/datasets';
globalThis.result = [core, datasets];
