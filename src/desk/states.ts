// The states a translator sees per key. The workflow's (missing, machine, edited, reviewed,
// stale) plus `broken`: a value that cannot be rendered (a figure or tag lost or invented,
// still the source text), which holds its language like a missing one.

import { KEY_STATES, type KeyState } from '../translate/workflow/index.js';

export type DeskState = KeyState | 'broken';

/** In the order a translator works through them. */
export const DESK_STATES: readonly DeskState[] = ['broken', 'missing', 'stale', 'machine', 'edited', 'reviewed'];

/** Keys in these states need a translator. */
export const NEEDS_WORK: ReadonlySet<DeskState> = new Set(['broken', 'missing', 'stale', 'machine']);

// Every workflow state has its place in the desk's order.
for (const state of KEY_STATES) if (!DESK_STATES.includes(state)) throw new Error(`desk: no place for key state ${state}`);
