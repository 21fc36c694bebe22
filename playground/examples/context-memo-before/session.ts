import { createContext, use } from 'react';
import type { User } from '@/mocks/browser';

export interface Session {
  /** The signed-in user; null while `GET /me` loads, or after signing out. */
  user: User | null;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionContext>');
  return session;
}
