export interface StateFacts {
  origin: 'server' | 'client';
  /**
   * Whether it should outlive the page: in a link (view state someone may bookmark or share),
   * on this device only (a preference, a draft), or not at all.
   */
  outlives: 'link' | 'device' | 'no';
  readers: 'one' | 'siblings' | 'far';
}

export interface Placement {
  place: string;
  why: string;
}

/** Where a piece of state should live, from three facts about it; the reasons are the guide's. */
export function recommendPlacement(facts: StateFacts): Placement {
  if (facts.origin === 'server') {
    return {
      place: 'A server-state cache (TanStack Query or RTK Query)',
      why: 'The server owns it: you need caching, staleness, retries and invalidation, not a reducer you write by hand.',
    };
  }
  if (facts.outlives === 'link') {
    return {
      place: 'The URL (search params)',
      why: 'A link or a bookmark brings the same view back, on any device, and a reload keeps it too; the router is already the store. For view state: filters, the sort, the page, the open tab.',
    };
  }
  if (facts.outlives === 'device') {
    return {
      place: 'Browser storage (localStorage, e.g. Jotai’s atomWithStorage or Zustand’s persist)',
      why: 'It comes back after a reload on this device and stays out of links, where it would override the next reader’s own choice: preferences such as density or theme, a draft not sent yet. Check what you read: an older version or another tab may have written it.',
    };
  }
  if (facts.readers === 'one') {
    return {
      place: 'Local state (useState) in that component',
      why: 'Colocated state re-renders only its owner and is deleted with it.',
    };
  }
  if (facts.readers === 'siblings') {
    return {
      place: 'Lifted to the nearest common parent',
      why: 'Pass it down as props; a store would make more of the tree depend on it than needs to.',
    };
  }
  return {
    place: 'A client store: a Jotai atom, a Redux Toolkit slice, or a Zustand store',
    why: 'Components far apart need it; a store lets each subscribe to just the part it reads.',
  };
}
