import { App } from 'antd';
import { useCallback } from 'react';
import { errorText } from './errors';

/** Runs one user action; resolves to whether it succeeded, and never rejects. */
export type RunAction = (successText: string | null, action: () => Promise<unknown>) => Promise<boolean>;

/**
 * The one way to run what a user asked for: on success show `successText` (none when null), on
 * failure show the error in the server's own words. Callers close dialogs or move on when it
 * resolves to true; follow-up work that needs the action's result belongs inside `action`.
 */
export function useAction(): RunAction {
  const { message } = App.useApp();
  return useCallback<RunAction>(
    async (successText, action) => {
      try {
        await action();
        if (successText !== null) void message.success(successText);
        return true;
      } catch (err) {
        void message.error(errorText(err));
        return false;
      }
    },
    [message],
  );
}
