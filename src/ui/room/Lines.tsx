/** A scene's lines as the room reads them: who speaks, then what they say, or narration. */
import { localize, type Language, type Line, type Scenario } from '../../engine/index.ts';

export function LineList({
  lines,
  scenario,
  language,
  className = 'room-lines',
}: {
  lines: Line[];
  scenario: Scenario;
  language: Language;
  className?: string;
}) {
  return (
    <div className={className}>
      {lines.map((line, i) => (
        <p
          key={i}
          className={line.speaker ? 'room-line' : 'room-line room-line--narration'}
          aria-current={i === lines.length - 1 || undefined}
        >
          {line.speaker && (
            <span className="room-speaker">
              {scenario.cast[line.speaker]?.name ?? line.speaker}:{' '}
            </span>
          )}
          {localize(line.text, language)}
        </p>
      ))}
    </div>
  );
}
