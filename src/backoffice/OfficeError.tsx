/** Why the server refused or could not be reached, announced as it appears; nothing when all is well. */
export function OfficeError({ text, testId }: { text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <p className="office-error" role="alert" data-testid={testId}>
      {text}
    </p>
  );
}
