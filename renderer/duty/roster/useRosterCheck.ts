import { useEffect, useState } from 'react';
import type { RosterProblem, RosterSlot } from '../../../shared/duty/roster-schemas';
import { useApi } from '../../api/context';

/** The roster's problems, asked again once edits pause for a moment; the last answer wins. */
export function useRosterCheck(query: { unitId: string; from: string; to: string; slots: RosterSlot[] } | null): { problems: RosterProblem[] | undefined; checking: boolean } {
  const api = useApi();
  const [problems, setProblems] = useState<RosterProblem[] | undefined>(undefined);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!query) return;
    let current = true;
    setChecking(true);
    const timer = setTimeout(() => {
      api.duty.check(query).then(
        (found) => current && setProblems(found),
        () => current && setProblems(undefined),
      ).finally(() => current && setChecking(false));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  return { problems, checking };
}
