import { useReducer, useState } from 'react';
import { initialState, selectOpenCount, selectVisibleTasks, tasksReducer, type TasksState } from './tasks';

const FILTERS: TasksState['filter'][] = ['all', 'open', 'done'];

export default function App() {
  const [state, dispatch] = useReducer(tasksReducer, initialState);
  const [title, setTitle] = useState('');
  return (
    <main>
      <h1>Tasks</h1>
      <p>{selectOpenCount(state)} open</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          dispatch({ type: 'added', title });
          setTitle('');
        }}
      >
        <label>
          New task <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>{' '}
        <button type="submit">Add</button>
      </form>
      <p>
        {FILTERS.map((filter) => (
          <label key={filter}>
            <input type="radio" name="filter" checked={state.filter === filter} onChange={() => dispatch({ type: 'filterChanged', filter })} /> {filter}{' '}
          </label>
        ))}
      </p>
      <ul>
        {selectVisibleTasks(state).map((task) => (
          <li key={task.id}>
            <label>
              <input type="checkbox" checked={task.done} onChange={() => dispatch({ type: 'toggled', id: task.id })} /> {task.title}
            </label>{' '}
            <button type="button" onClick={() => dispatch({ type: 'removed', id: task.id })}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
