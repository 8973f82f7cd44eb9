import { useEffect, useState } from 'react';
import { todayIn, type BusinessDate } from '../../domain/dates';

/** Today in a time zone, re-read every minute so the screen turns over at the book's midnight. */
export function useToday(timeZone: string): BusinessDate {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return todayIn(timeZone, new Date(now));
}
