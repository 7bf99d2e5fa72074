/** Offer text as a file to save: a Blob behind a temporary link, so nothing is sent anywhere. */
import type { RunRecord } from '../../state/index.ts';

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name such as driehoek-saskia-2026-11-22.md: the case and the day of the run's last change. */
export function reportFileName(record: RunRecord, extension: 'md' | 'json'): string {
  const date = new Date(record.updatedAt);
  const day = Number.isNaN(date.getTime())
    ? 'run'
    : [date.getFullYear(), date.getMonth() + 1, date.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
  const id = record.scenarioId.replace(/[^A-Za-z0-9_-]/g, '') || 'run';
  return `driehoek-${id}-${day}.${extension}`;
}
