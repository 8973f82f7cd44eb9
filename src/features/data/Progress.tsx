/** A step of a long job, read out to screen readers as it changes. */
export function Progress({ label, step, steps }: { label: string; step: number; steps: number }) {
  return (
    <div className="data-progress" role="status">
      <progress max={steps} value={step} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
