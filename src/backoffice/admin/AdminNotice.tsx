import type { AdminMessage } from './use-admin-list';

/** The notice under an admin list, announced as it changes: what was saved, or why the server refused. */
export function AdminNotice({ message, testId }: { message: AdminMessage | null; testId?: string }) {
  return (
    <div aria-live="polite">
      {message && (
        <p className={message.error ? 'office-error' : 'office-notice'} data-testid={testId}>
          {message.text}
        </p>
      )}
    </div>
  );
}
