/** Ruled lines to write on, for paper: an unanswered question or an empty name on the printout. */
export function WriteSpace({ lines }: { lines: number }) {
  return (
    <span className="debrief-write-space" data-lines={lines}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="debrief-write-line" />
      ))}
    </span>
  );
}
