import { AlertTriangle, CheckCircle2, Circle, Clock, type LucideIcon, MinusCircle } from 'lucide-react';
import type { CellState, PlaybookStep } from '../../api/disruption-board-types.ts';

/** The six steps as the article names them, in its order: the board's columns. */
export const STEP_LABELS: Record<PlaybookStep, string> = {
  contact: 'Contact',
  communicate: 'Communicate',
  oversee: 'Oversee',
  time_frame: 'Time frame',
  plan: 'Plan',
  thank: 'Thank',
};

export const STEPS = Object.keys(STEP_LABELS) as PlaybookStep[];

/** Each state has an icon and a word as well as a colour: never colour alone. */
export const STATE_LOOK: Record<CellState, { label: string; icon: LucideIcon }> = {
  done: { label: 'Done', icon: CheckCircle2 },
  due: { label: 'Due', icon: Clock },
  overdue: { label: 'Overdue', icon: AlertTriangle },
  not_started: { label: 'Not started', icon: Circle },
  not_needed: { label: 'Not needed', icon: MinusCircle },
};

export const CELL_STATES = Object.keys(STATE_LOOK) as CellState[];
