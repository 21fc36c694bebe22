import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TaskList from './TaskList';

const tasks = [
  { id: 1, title: 'Write the tests', done: false },
  { id: 2, title: 'Read the guide', done: true },
];

// Unmount what each test rendered (Testing Library does it by itself only with Vitest's globals on).
afterEach(cleanup);

// Find things the way a person does (by role and name), and act as a person does (user-event).
describe('TaskList', () => {
  it('says how many tasks are open', () => {
    render(<TaskList initialTasks={tasks} />);
    expect(screen.getByRole('status').textContent).toBe('1 open');
  });

  it('marks a task done when its checkbox is clicked', async () => {
    const user = userEvent.setup();
    render(<TaskList initialTasks={tasks} />);
    await user.click(screen.getByRole('checkbox', { name: 'Write the tests' }));
    expect(screen.getByRole('checkbox', { name: 'Write the tests' })).toHaveProperty('checked', true);
    expect(screen.getByRole('status').textContent).toBe('All done');
  });

  it('adds the task typed in the box', async () => {
    const user = userEvent.setup();
    render(<TaskList initialTasks={tasks} />);
    await user.type(screen.getByRole('textbox', { name: 'New task' }), 'Ship it');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('checkbox', { name: 'Ship it' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'New task' })).toHaveProperty('value', '');
  });
});
