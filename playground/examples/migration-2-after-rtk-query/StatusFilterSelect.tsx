import { STATUS_FILTERS, type StatusFilter } from './filters';

export default function StatusFilterSelect({ value, onChange }: { value: StatusFilter; onChange: (value: StatusFilter) => void }) {
  return (
    <label>
      Status{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as StatusFilter)}>
        {STATUS_FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {filter === 'all' ? 'all' : filter.replace('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}
