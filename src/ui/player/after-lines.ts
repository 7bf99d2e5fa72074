/**
 * Marks the one element of what follows a scene's lines that takes focus once the reader has
 * revealed the last line (see SceneLines): non-interactive (tabIndex -1), so that no Enter on it
 * chooses, continues or leaves for the debrief.
 */
export const AFTER_LINES = { 'data-after-lines': '' } as const;
export const AFTER_LINES_SELECTOR = '[data-after-lines]';
