/** The fewest and most digits a PIN may have. */
export const PIN_LENGTH = { min: 4, max: 6 } as const;

/** Why a PIN cannot be used, or null when it can. */
export type PinProblem = 'lock.pin.digits' | 'lock.pin.mismatch';

/** Checks a new PIN (and its repetition): 4–6 digits, typed the same twice. */
export function newPinProblem(pin: string, repeated: string): PinProblem | null {
  if (!isPinShaped(pin)) return 'lock.pin.digits';
  return pin === repeated ? null : 'lock.pin.mismatch';
}

/** Whether a text is 4–6 ASCII digits. */
export const isPinShaped = (pin: string): boolean =>
  new RegExp(`^[0-9]{${PIN_LENGTH.min},${PIN_LENGTH.max}}$`).test(pin);
