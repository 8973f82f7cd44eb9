import type { syncScreensId } from './sync-screens.id';

/** English for the sync screens. */
export const syncScreensEn: Record<keyof typeof syncScreensId, string> = {
  'sync.title': 'Keep at the cooperative',
  'sync.intro':
    'The cooperative keeps a locked copy of this book. If the phone is lost or broken, the book can be restored on a new phone. The cooperative cannot read it.',
  'sync.address': 'Cooperative server address',
  'sync.code': 'Enrolment code from the officer',
  'sync.scan': 'Photograph the branch’s QR code',
  'sync.start': 'Enrol this phone and keep the book',
  'sync.starting': 'Enrolling and making the key… (a few seconds)',
  'sync.addressInvalid': 'This server address is not recognised. Write it like https://kopdit.example.id',
  'sync.codeRequired': 'Enter the enrolment code from the cooperative officer.',
  'sync.qrUnreadable': 'This QR code is not a cooperative enrolment code.',
  'sync.recovery.title': 'Recovery code',
  'sync.recovery.explain':
    'This code is the only way to open the copy of your book on a new phone. The cooperative does not keep it and cannot make it again. It is shown only now.',
  'sync.recovery.keep': 'Write it on paper and keep it somewhere safe, or save it as a picture.',
  'sync.recovery.image': 'Save as a picture',
  'sync.recovery.confirmLabel': 'Type the code you wrote down again, to be sure',
  'sync.recovery.confirm': 'I have written it down',
  'sync.recovery.mismatch': 'The typed code is not the same yet. Check what you wrote.',
  'sync.recovery.done':
    'Recovery code noted. The book is sent to the cooperative whenever there is internet.',
  'sync.restore.title': 'Restore from the cooperative',
  'sync.restore.intro':
    'Lost the old phone? Ask the officer for a new enrolment code, and have the recovery code you wrote down ready.',
  'sync.restore.connect': 'Connect',
  'sync.restore.connecting': 'Connecting…',
  'sync.restore.choose': 'Choose the book to restore',
  'sync.restore.book': 'Book {id}… · {count} changes · last {when}',
  'sync.restore.none': 'The cooperative’s server holds no book of this member yet.',
  'sync.restore.code': 'Recovery code',
  'sync.restore.start': 'Restore the book',
  'sync.restore.progress': 'Downloading the history: {done} of {total}',
  'sync.restore.checking': 'Opening and checking the history…',
  'sync.restore.done': 'Book restored: {name}.',
  'error.syncCall.offline':
    'The cooperative’s server cannot be reached. Check the internet and the address, then try again.',
  'error.syncCall.refused': 'The cooperative’s server refused: {message}',
  'error.syncCall.busy':
    'The cooperative’s server is checking other statements. This one was not taken yet; send it again in a moment.',
  'error.syncCall.answer': 'The cooperative server’s answer cannot be read.',
  'error.sync.bookHere': 'This book is already on this phone. Nothing was changed.',
};
