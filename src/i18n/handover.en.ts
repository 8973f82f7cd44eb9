import type { handoverId } from './handover.id';

/** The messages of handover.id.ts in English. */
export const handoverEn: Record<keyof typeof handoverId, string> = {
  'handover.title': 'Moving to a new phone',
  'handover.intro':
    'The signing key never leaves the phone, not even in a backup. A new phone has a new device code. So that the cooperative still recognises your statements, the old phone signs a handover to the new phone.',
  'handover.keptFrom':
    'This phone received a handover from the old phone ({date}). Statements from this phone carry it, so an officer who registered the old code still sees GENUINE.',
  'handover.copy': 'Copy',
  'handover.photo': 'Photograph the QR code on the other phone',
  'handover.new.title': 'This is the new phone',
  'handover.new.step1':
    '1. On the old phone, open Settings → Moving to a new phone → This is the old phone, then scan or paste this code:',
  'handover.new.keyCode': 'This phone’s code for the handover',
  'handover.new.step2': '2. Scan or paste the handover code the old phone shows:',
  'handover.new.handoverCode': 'Handover code from the old phone',
  'handover.new.keep': 'Keep the handover',
  'handover.new.kept': 'Handover kept. The next statements from this phone carry it.',
  'handover.new.unreadable':
    'This is not a Lumbung handover code (LMBH1…). Check the code from the old phone again.',
  'handover.old.title': 'This is the old phone',
  'handover.old.step1': 'Scan or paste the code the new phone shows (This is the new phone, step 1):',
  'handover.old.keyCode': 'Code from the new phone',
  'handover.old.unreadable':
    'This is not a Lumbung phone code (LMBK1…). Check the code on the new phone again.',
  'handover.old.confirm':
    'The new phone’s device code (make sure it is the one in the new phone’s Settings):',
  'handover.old.sign': 'Hand over to this new phone',
  'handover.old.refused': 'Cannot hand over: that code is this phone’s own, or this key has moved too often.',
  'handover.old.signed': 'Handover signed. Scan or paste this code on the new phone (step 2):',
  'handover.old.handoverCode': 'Handover code',
  'handover.lost.title': 'Old phone lost or broken?',
  'handover.lost.text':
    'Without the old phone no handover can be signed. An officer who registered the old code will see statements from this phone as ALTERED (a different device code). Go to the cooperative’s branch and ask the officer to register this new device code: {code}.',
};
