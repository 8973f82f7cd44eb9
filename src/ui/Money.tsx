import { Fragment } from 'react';
import { formatRupiah } from '../domain/money';

/** A Rupiah amount, tinted by sign when asked; a long one wraps between thousands groups only. */
export function Money({
  value,
  signed = false,
  className,
}: {
  value: number;
  signed?: boolean;
  className?: string;
}) {
  const tone = signed ? (value > 0 ? 'money-pos' : value < 0 ? 'money-neg' : '') : '';
  // "Rp 1.234.567" → "Rp 1." "234." "567": a line may end after a dot, never inside a group.
  const parts = formatRupiah(value).split(/(?<=\.)/);
  return (
    <span className={['money', tone, className].filter(Boolean).join(' ')}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className="money-part">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
