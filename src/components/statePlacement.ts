export interface StateFacts {
  origin: 'server' | 'client';
  shareable: 'yes' | 'no';
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
  if (facts.shareable === 'yes') {
    return {
      place: 'The URL (search params)',
      why: 'It survives a reload and can be shared as a link; the router is already the store.',
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
