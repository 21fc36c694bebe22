import { useId, useState } from 'react';
import { recommendPlacement, type StateFacts } from './statePlacement.ts';

const questions: {
  key: keyof StateFacts;
  legend: string;
  options: { value: string; label: string }[];
}[] = [
  {
    key: 'origin',
    legend: 'Where does the value come from?',
    options: [
      { value: 'server', label: 'The server (others can change it)' },
      { value: 'client', label: 'This user, in this tab' },
    ],
  },
  {
    key: 'outlives',
    legend: 'Should it outlive the page (a reload, a closed tab)?',
    options: [
      { value: 'link', label: 'Yes, and a link should carry it (a view to bookmark or share)' },
      { value: 'device', label: 'Yes, on this device only (a preference, a draft)' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    key: 'readers',
    legend: 'Which components read it?',
    options: [
      { value: 'one', label: 'One component' },
      { value: 'siblings', label: 'A few neighbours' },
      { value: 'far', label: 'Components far apart in the tree' },
    ],
  },
];

/** A small decision guide: three answers about a piece of state, one recommendation. */
export default function StatePlacementGuide() {
  const id = useId();
  const [facts, setFacts] = useState<StateFacts>({ origin: 'client', outlives: 'no', readers: 'one' });
  const advice = recommendPlacement(facts);

  return (
    <div className="state-guide" data-island="state-placement-guide">
      {questions.map((q) => (
        <fieldset key={q.key}>
          <legend>{q.legend}</legend>
          {q.options.map((o) => (
            <label key={o.value}>
              <input
                type="radio"
                name={`${id}-${q.key}`}
                value={o.value}
                checked={facts[q.key] === o.value}
                onChange={() => setFacts((f) => ({ ...f, [q.key]: o.value }))}
              />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      ))}
      <output className="state-guide__advice" aria-live="polite">
        <strong>{advice.place}</strong>
        <span>{advice.why}</span>
      </output>
    </div>
  );
}
