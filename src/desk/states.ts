// The order the desk shows key states in. The states themselves, and which key is in which,
// come from the workflow's one module (language-state.ts), so the desk and the CLI agree.

import { KEY_STATUSES, type KeyStatus } from '../translate/workflow/index.js';

export type DeskState = KeyStatus;

/** In the order a translator works through them. */
export const DESK_STATES: readonly DeskState[] = ['broken', 'missing', 'stale', 'machine', 'edited', 'reviewed'];

/** Keys in these states need a translator. */
export const NEEDS_WORK: ReadonlySet<DeskState> = new Set(['broken', 'missing', 'stale', 'machine']);

// Every workflow state has its place in the desk's order.
for (const state of KEY_STATUSES) if (!DESK_STATES.includes(state)) throw new Error(`desk: no place for key state ${state}`);
