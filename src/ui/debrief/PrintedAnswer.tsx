import { WriteSpace } from './WriteSpace.tsx';

/**
 * A reflection answer on paper: a text box cuts long answers off, so the answer is printed as
 * text; an empty one is a lined box to write in by hand. Hidden on screen and from assistive
 * technology (the text box is there).
 */
export function PrintedAnswer({ answer }: { answer: string }) {
  return answer.trim() ? (
    <p className="debrief-print-answer print-only" aria-hidden="true">
      {answer}
    </p>
  ) : (
    <div className="debrief-print-answer debrief-print-answer--blank print-only" aria-hidden="true">
      <WriteSpace lines={5} />
    </div>
  );
}
