import { useId } from 'react';

/** One of Home's offers: what it proposes, the step as a link and a button that sets it aside. */
export interface OfferCardProps {
  title: string;
  text: string;
  /** The step offered: a link, and what else happens when it is followed. */
  action: { href: string; label: string; onClick?: () => void };
  /** Sets the offer aside. */
  later: { label: string; onClick: () => void };
  /** `card`: a card headed by its title; `note`: a small tinted note, its title named to assistive tech only. */
  look?: 'card' | 'note';
  /** Extra class names, for a feature's own spacing or colours. */
  className?: string;
}

/** A card (or a note) on Home that offers the member one step, which they may also put off. */
export function OfferCard({ title, text, action, later, look = 'card', className }: OfferCardProps) {
  const headingId = useId();
  const small = look === 'note' ? ' btn-small' : '';
  const actions = (
    <div className="row-actions">
      <a className={`btn btn-primary${small}`} href={action.href} onClick={action.onClick}>
        {action.label}
      </a>
      <button type="button" className={`btn${small}`} onClick={later.onClick}>
        {later.label}
      </button>
    </div>
  );
  if (look === 'note')
    return (
      <aside className={className} aria-label={title}>
        <p>{text}</p>
        {actions}
      </aside>
    );
  return (
    <section className={className === undefined ? 'card' : `card ${className}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{text}</p>
      {actions}
    </section>
  );
}
