import { formatRupiah } from '../domain/money';

/** A Rupiah amount, tinted by sign when asked. */
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
  return <span className={['money', tone, className].filter(Boolean).join(' ')}>{formatRupiah(value)}</span>;
}
