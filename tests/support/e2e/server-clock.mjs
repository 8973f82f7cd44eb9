// Preloaded into the built server (`node --import`) by the browser test that lives through a week:
// the process's clock, and so the embedded PostgreSQL's `now()` inside it, follows the time the
// test sets. On SIGUSR2 it reads the wanted time (epoch milliseconds) from the file named by
// LUMBUNG_TEST_CLOCK and runs on from there.
import { readFileSync } from 'node:fs';

const RealDate = globalThis.Date;
let offset = 0;

process.on('SIGUSR2', () => {
  offset = Number(readFileSync(String(process.env.LUMBUNG_TEST_CLOCK), 'utf8')) - RealDate.now();
});

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
