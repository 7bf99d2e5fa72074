/**
 * The keys facilitators' clickers send, and the keyboard's: what each key means in room mode, and
 * when a key belongs to something else (typing a count, pressing a focused button).
 */
export type RoomKeyAction =
  'next' | 'back' | 'blackout' | 'voting' | 'reveal' | 'timer' | 'fullscreen' | 'help';

/** Where typing goes: keys pressed here are text, never commands. */
const TYPING = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';
/** Where Space (and Enter) press the focused control itself. */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="link"]';

/** The command a key press asks for, or undefined when it is not a room key or not ours here. */
export function roomKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): RoomKeyAction | undefined {
  // Ctrl/Cmd/Alt combinations are the browser's (copy, reload, switching tabs).
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return target?.closest(PRESSABLE) ? undefined : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 'v':
    case 'V':
      return 'voting';
    case 'r':
    case 'R':
      return 'reveal';
    case 't':
    case 'T':
      return 'timer';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

/** Fullscreen of this window, on or off: a window can only go fullscreen on a gesture in itself. */
export function toggleFullscreen(doc: Document = document) {
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => {});
  else void doc.documentElement.requestFullscreen?.().catch(() => {});
}
