import type { StatedMeasurement, StoryMeasurement } from '../../../playground/examples/migration-measure/storySteps.ts';

/** What "Run the story" counts, in the order both tables show it. */
export const MEASURES: readonly { key: keyof StoryMeasurement; label: string }[] = [
  { key: 'requests', label: 'Requests' },
  { key: 'dispatches', label: 'Redux actions dispatched' },
  { key: 'renders', label: 'Component renders' },
  { key: 'unnecessaryRenders', label: 'Unnecessary renders' },
];

/** A step's numbers (`playground/examples/migration-measure/measured/step-N.json`): example id → counts. */
export type StepMeasurements = Record<string, StatedMeasurement>;
