/** Show-of-hands counts as typed: a field's text, and the count it stands for if it is one. */

/** Counts typed per option id, as text: kept as typed, so a wrong entry is shown, never lost. */
export type HandDrafts = Record<string, string>;

/** The count a field's text stands for; undefined when it is not a whole number of 0 or more. */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The options whose typed text is not a count. */
export function invalidOptions(drafts: HandDrafts): string[] {
  return Object.entries(drafts)
    .filter(([, text]) => parseCount(text) === undefined)
    .map(([option]) => option);
}

/** The counts to send: the valid typed ones over the counts the flow already has. */
export function countsFrom(drafts: HandDrafts, current: Record<string, number>) {
  const counts = { ...current };
  for (const [option, text] of Object.entries(drafts)) {
    const count = parseCount(text);
    if (count !== undefined) counts[option] = count;
  }
  return counts;
}
