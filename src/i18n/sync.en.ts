import type { syncId } from './sync.id';

/** The messages of sync.id.ts in English. */
export const syncEn: Record<keyof typeof syncId, string> = {
  'sync.status.safe': 'Kept at the cooperative: {when}',
  'sync.status.todayAt': 'today {time}',
  'sync.status.never': 'Not yet kept at the cooperative',
  'sync.status.waiting': '{count} changes waiting to be sent',
  'sync.status.offline': '{count} changes waiting for the internet',
  'sync.status.fork':
    'Sending stopped: the history on the server differs from this phone’s (another phone may have written this book). Nothing was merged or deleted. Contact the cooperative officer.',
  'sync.status.behind':
    'Sending stopped: the server has newer records of this book from another phone. Only one phone may write a book.',
  'sync.status.refused': 'Sending stopped. The server answered: {message}',
  'sync.status.member': 'Member {member} · {origin}',
};
