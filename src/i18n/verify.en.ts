import type { verifyId } from './verify.id';

/** The messages of verify.id.ts in English, loaded only when the member chooses English. */
export const verifyEn: Record<keyof typeof verifyId, string> = {
  'verify.title': 'Check a statement',
  'verify.intro':
    'For cooperative officers: open the financial statement (PDF or JSON) a member sent. Lumbung checks the signature and recomputes every figure on this device, without internet.',
  'verify.choose': 'Choose a statement file',
  'verify.dropHint': 'Or drag a PDF or JSON file here. At most 20 MB.',
  'verify.checking': 'Checking {name}…',
  'verify.phase.read': 'Reading the file.',
  'verify.phase.verify': 'Matching the signature and recomputing the figures.',
  'verify.progress': '{percent}% done',
  'verify.sharedMissing': 'The shared file is no longer there. Choose the file here.',
  'verify.file': 'File: {name}',

  'verify.verdict.genuine': 'GENUINE',
  'verify.verdict.genuine.summary':
    'The signature is valid and every figure recomputes exactly from the entries in the statement.',
  'verify.verdict.altered': 'ALTERED',
  'verify.verdict.altered.summary':
    'Do not use this statement’s figures. The file was changed after it was signed, its figures do not add up, it holds what Lumbung could never have made, or another device signed it.',
  'verify.verdict.unreadable': 'CANNOT BE CHECKED',
  'verify.verdict.unreadable.summary':
    'This file holds no Lumbung statement that can be read. Ask the member to send the original PDF or JSON file again.',
  'verify.reason.signatureValid': 'Valid signature: the statement has not changed since it was signed.',
  'verify.reason.figuresConsistent': 'Every figure recomputes exactly from the entries.',
  'verify.reason.keyRegistered': 'The device code matches the one registered for this member.',
  'verify.reason.more': '… and {count} more problems.',
  'verify.reason.mismatch': '{figure} is stated as {stated}; recomputed, it is {computed}.',
  'verify.reason.schema': 'The statement does not follow the format: {place} ({issue}).',
  'verify.place.row': 'row {row}',
  'verify.place.envelope': 'The file’s envelope',
  'verify.issue.type': 'the wrong kind of value',
  'verify.issue.tooBig': 'too large or too long',
  'verify.issue.tooSmall': 'too small, too short or empty',
  'verify.issue.unknownKeys': 'fields it does not know',
  'verify.issue.value': 'not a valid value',
  'verify.figure.rpc': 'Repayment capacity (RPC)',
  'verify.figure.daysInPeriod': 'Days in the period',
  'verify.figure.categoryAmount': 'Category {category}',
  'verify.figure.accountBalance': 'Balance of account {account}',
  'verify.figure.months': 'Number of months in the statement',
  'verify.figure.accounts': 'The list of accounts',
  'verify.figure.warnings': 'Discipline warnings',
  'verify.figure.source': 'Where H or I come from',
  'verify.figure.positionOpening': '{line} at the start of the period',
  'verify.figure.positionClosing': '{line} at the end of the period',
  'verify.figure.creditTotal': '{side}',
  'verify.figure.creditContacts': '{side}: number of contacts',
  'verify.figure.creditAging': '{side} ({bucket})',
  'verify.figure.other': 'A figure',

  'verify.reason.handedOver':
    'New device, handed over by the registered device {from} on {date}: the member moved to a new phone and the old one signed the handover.',
  'verify.key.handover':
    'This key was handed over from device {from} on {date} (the member moved to a new phone).',
  'verify.key.handoverForged':
    'The key handover in this statement is forged: it was not signed by the old device it names.',
  'verify.qr.title': 'Printed copy: scan the QR code',
  'verify.qr.intro':
    'A printed statement? Photograph or scan the QR code on the last page. It carries the main figures signed by the member’s phone.',
  'verify.qr.photo': 'Photograph the QR code',
  'verify.qr.source': 'QR code of a printed copy',
  'verify.qr.genuine.summary':
    'The QR code’s signature is valid: the figures below are the ones the member’s phone signed. Compare them with the figures printed on the page.',
  'verify.qr.reading': 'Checking the QR code…',
  'verify.qr.summary.title': 'What the QR code carries',
  'verify.qr.summary.code': 'Statement code',
  'verify.qr.only':
    'The QR code vouches only for these figures (period, revenue, net profit, closing balance, statement code), not for the rest of the printed page. To check every figure, ask for the PDF or JSON file.',
  'verify.proof.title': 'What does a valid signature mean?',
  'verify.proof.does': 'It proves:',
  'verify.proof.doesText':
    'the statement has not changed by a single character since this key signed it; when the device code matches the one registered for the member, it was made on that member’s phone. Matching figures mean the totals are the honest arithmetic of the entries in the file.',
  'verify.proof.doesNot': 'It does not prove:',
  'verify.proof.doesNotText':
    'that the entries are true — a member can type in sales that never happened. Nor that the book was kept day by day (the discipline section relies on the member’s phone clock), that the opening balance is right, or that nothing is missing outside the period. The printed PDF pages are not signed; only the file inside them and the figures in the QR code are.',

  'verify.key.title': 'Signing device code',
  'verify.key.none': 'No valid device code.',
  'verify.key.matches': 'Matches: this code is registered for member {member} since {since}.',
  'verify.key.differs.title': 'WARNING: a different device code!',
  'verify.key.differs':
    'Member {member} is registered with device code {registered}. This statement was signed by another device: it may not come from this member, or the member changed phones. Ask the member directly before using it.',
  'verify.key.unregistered.title': 'CAUTION: member not registered!',
  'verify.key.unregistered':
    'Member {member} is not registered on this device, so nothing yet shows this statement comes from that member’s phone: anyone can make a statement with a valid signature. Compare the device code below with the one on the member’s phone (Settings), in front of the member, then register it.',
  'verify.key.noMember': 'This statement names no member number. Fill it in to register this code.',
  'verify.key.register': 'Register this code for the member',
  'verify.key.replace': 'Member changed phones: register this new code',
  'verify.key.saved': 'Saved: device code of member {member}.',
  'verify.key.help':
    'This list is kept on this officer’s device only. Later statements from the same member are matched automatically.',
  'verify.registry.title': 'Members registered on this device ({count})',
  'verify.registry.since': 'registered {date}',
  'verify.registry.forget': 'Remove',
  'verify.registry.forgetOne': 'Remove the registration of member {member}',

  'verify.content.title': 'Statement contents',
  'verify.content.untrusted': 'This statement is not genuine: the figures below are only what the file says.',

  'verify.calc.title': 'Work out repayment capacity',
  'verify.calc.intro':
    'Use your cooperative’s ratio and your own figures. M comes from the statement; H and I start as the statement states them.',
  'verify.calc.ratio': 'Cooperative ratio r (%)',
  'verify.calc.priveAverage': 'Average drawings in the entries: {amount} a month.',
  'verify.calc.pokokAverage': 'Average principal repaid in the entries: {amount} a month.',
  'verify.calc.loan': 'Proposed loan',
  'verify.calc.amount': 'Loan amount',
  'verify.calc.months': 'Term (months)',
  'verify.calc.monthsError': 'Enter 1 to 600 months.',
  'verify.calc.rate': 'Flat interest per month (%)',
  'verify.calc.rateError': 'Enter the monthly rate, e.g. 1.5.',
  'verify.calc.fits':
    'Instalment {instalment} a month: FITS within repayment capacity ({headroom} to spare).',
  'verify.calc.exceeds': 'Instalment {instalment} a month: EXCEEDS repayment capacity by {headroom}.',

  'error.file.empty': 'The file is empty.',
  'error.file.encoding': 'The file is not UTF-8 text.',
  'error.file.notJson': 'The file is not complete JSON (damaged or cut short).',
  'error.file.duplicateKey':
    'The file writes “{key}” twice (at {path}), so it can say two different things. Such a statement cannot be checked; ask the member for the original file.',
  'error.file.tooLarge': 'The file is too large ({size}); at most {max}. It was not read.',
  'error.file.unreadable': 'The file cannot be read.',
  'error.pdf.truncated': 'The PDF is cut short (incomplete). Ask for the whole file.',
  'error.pdf.unreadable': 'The PDF cannot be read.',
  'error.pdf.noStatement': 'This PDF carries no statement.json attachment, so it cannot be checked.',
  'error.pdf.tooLarge':
    'The file is too large: this PDF holds more than {max} once unpacked (or is packed suspiciously tightly). It was not checked.',
  'error.format.unknown': 'Not a Lumbung statement (lumbung.statement/1).',
  'error.schema.invalid': 'The statement does not follow the format at {path} ({issue}).',
  'error.signature.missing': 'The statement is not signed.',
  'error.signature.malformed': 'The signature block does not follow the format.',
  'error.signature.badKey': 'The public key in the file is not valid.',
  'error.signature.invalid': 'The signature does not match: the statement was changed after it was signed.',
  'error.fingerprint.stated':
    'The stated device code ({stated}) is not that of the key in the file ({actual}).',
  'error.fingerprint.mismatch':
    'Signed by device {actual}, not the device registered for this member ({expected}).',
  'error.identity.notCanonical':
    '{field} “{value}” is not written the way Lumbung always writes it (it holds lookalike or invisible characters: {characters}). A statement made by the app never does.',
  'error.identity.memberNumber':
    'Member number “{value}” is not a valid member number (it holds characters other than A–Z, 0–9, dots, slashes and plain hyphens: {characters}).',
  'error.period.notWholeMonths':
    'The period {from} to {to} is not whole months. A Lumbung statement always covers whole calendar months, so a monthly average of this period cannot be trusted.',
  'error.period.notEnded':
    'The statement was made on {madeOn}, but its period only ends on {to}. Lumbung makes a statement only once its period is over.',
  'error.rows.recordedAfterStatement':
    '{count} records were recorded after the statement was made (for example the record dated {date}, recorded {recordedOn}).',
  'error.rows.recordedTooEarly':
    '{count} records were recorded more than a year before their date (for example the record dated {date}, recorded {recordedOn}).',
  'error.row.duplicateId': 'Entry {id} appears more than once.',
  'error.row.outsidePeriod': 'Entry {id} is dated {date}, outside the period.',
  'error.row.kindDirection': 'Entry {id}: kind {kind} does not match direction {direction}.',
  'error.row.sameAccount': 'Transfer {id} goes from and to the same account.',
  'error.account.duplicate': 'Account {account} is listed twice.',
  'error.figures.mismatch': 'Figure {field} says {stated}; recomputed it is {computed}.',
  'error.figures.uncomputable': 'The figures cannot be recomputed (out of range).',
  'error.qr.unreadable': 'The QR code is not a Lumbung summary.',
  'error.handover.invalid':
    'Handover {step} ({from} → {to}) was not signed by that old device: a forged handover.',
  'error.receipt.invalid':
    'Server receipt {receipt} is not signed by the server key the statement carries: a forged or altered receipt.',
  'error.receipt.book': 'Server receipt {receipt} is for another book ({book}), not this statement’s.',
  'error.receipt.serverKey':
    'The receipts in this statement are signed by server key {stated}, not by the cooperative’s server key {expected}.',
  'verify.witness.title': 'Witnessed by the cooperative’s server',
  'verify.witness.upTo':
    'The cooperative’s server witnessed this book’s chain up to revision {seq} on {date} ({count} valid receipts): {recorded} of the period’s {total} records were recorded before then.',
  'verify.witness.none': 'This statement carries no valid server receipt.',
  'verify.witness.keyMatches': 'Server key {fingerprint} is the cooperative’s server key.',
  'verify.witness.keyUnchecked':
    'Server key {fingerprint} is not checked yet: compare it with the cooperative’s server key fingerprint before trusting these receipts.',
  'error.handover.broken':
    'The handover chain breaks at step {step} ({from} → {to}): it does not lead to the signing device.',
  'error.keyring.handoverSessionKey':
    'This phone cannot keep its signing key (perhaps a private window), so the handover cannot be kept.',
  'error.keyring.handoverNotForThisDevice':
    'This handover code is for another phone, not this one. Show this phone’s code to the old phone and try again.',
  'error.keyring.handoverInvalid': 'This handover code is not valid (its signature does not match).',
  'error.pdf.unbound':
    'This PDF was made by an older Lumbung: its pages are not yet bound to the signed statement, so what they show cannot be checked. Ask for the JSON file (which can still be checked) or a new PDF.',
  'error.pdf.layoutUnknown':
    'This PDF is drawn in layout {layout} of a newer Lumbung. Update the app to check its pages.',
  'error.pdf.layoutRetired':
    'This PDF was drawn in an older layout ({layout}) that this app no longer draws again, so its pages cannot be checked. Its JSON file can still be checked: ask for the JSON or a new PDF.',
  'error.pdf.changed':
    'The pages or contents of this PDF are not those Lumbung draws of the signed statement it carries: something was changed, added or swapped after it was made. Do not trust the figures on its pages.',
  'error.pdf.appended':
    'Something was added after the end of this PDF once it was made (an incremental update): a PDF reader may show pages or an attachment other than the signed ones.',
  'error.pdf.qrMismatch': 'The QR code this PDF carries does not belong to the signed statement inside it.',
  'error.keyring.memberRequired': 'Enter the member number.',
  'error.keyring.memberTooLong': 'A member number can be at most {max} characters.',
  'error.keyring.memberInvalid':
    'A member number holds only the letters A–Z, digits 0–9, dots, slashes and plain hyphens (-). Type it again.',
  'error.keyring.fingerprintInvalid': 'The device code is not valid.',
};
