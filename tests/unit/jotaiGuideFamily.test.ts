import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Atom } from 'jotai';
import type { atomFamily } from 'jotai-family';
import { declaredNames, guideCodeBlocks, importBlock } from './support/guideCodeBlocks';

const PAGE = 'content/docs/patterns/jotai.mdx';
const block = guideCodeBlocks().find((b) => b.page === PAGE && declaredNames(b).includes('taskOpened'));

type CommentsFamily = ReturnType<typeof atomFamily<string, Atom<unknown>>>;
interface FamilyBlock {
  commentsAtom: CommentsFamily;
  taskOpened: (taskId: string) => void;
  KEEP: number;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the Jotai guide's removal policy for commentsAtom", () => {
  it('is on the page', () => {
    expect(block).toBeDefined();
  });

  beforeEach(() => {
    vi.spyOn(console, 'log').mockImplementation(() => {}); // the block logs `true`
  });

  it('forgets the least recently opened task once more than KEEP were opened, and keeps one opened again', async () => {
    const { commentsAtom, taskOpened, KEEP } = await importBlock<FamilyBlock>(block!, ['commentsAtom', 'taskOpened', 'KEEP']);
    const ids = Array.from({ length: KEEP + 1 }, (_, n) => `task_${String(n + 1).padStart(3, '0')}`);
    const atoms = new Map(ids.map((id) => [id, commentsAtom(id)]));

    for (const id of ids.slice(0, KEEP)) taskOpened(id);
    taskOpened(ids[0]); // used again: now the most recent
    taskOpened(ids[KEEP]); // one too many: the least recently used goes, ids[1]

    expect(commentsAtom(ids[0])).toBe(atoms.get(ids[0]));
    expect(commentsAtom(ids[KEEP])).toBe(atoms.get(ids[KEEP]));
    expect(commentsAtom(ids[1])).not.toBe(atoms.get(ids[1]));
  });

  it('an age rule on createdAt replaces the member in use when it is read again, and never frees one nobody reads', async () => {
    vi.useFakeTimers();
    const { commentsAtom } = await importBlock<FamilyBlock>(block!, ['commentsAtom']);
    const open = commentsAtom('task_open');
    commentsAtom('task_forgotten');
    commentsAtom.setShouldRemove((createdAt) => Date.now() - createdAt > 5 * 60_000);

    vi.advanceTimersByTime(5 * 60_000 + 1);
    // The block itself created task_138. Nothing is freed by age alone:
    expect([...commentsAtom.getParams()]).toEqual(['task_138', 'task_open', 'task_forgotten']);
    expect(commentsAtom('task_open')).not.toBe(open); // the open task's next render gets a new atom
    expect([...commentsAtom.getParams()]).toContain('task_forgotten');
  });
});
