/**
 * What a phone and a facilitator's tab keep between visits to room mode: the phone's anonymous
 * device id (one vote per device per choice point, kept across reconnects), and the presenter's
 * key from the URL the server printed.
 */
const DEVICE_KEY = 'driehoek.room.device';
const PRESENTER_KEY = 'driehoek.room.presenterKey';

/** A random id that says nothing about the phone or its owner. */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** This phone's device id; a new one when storage is unavailable (a private window). */
export function deviceId(): string {
  try {
    const known = localStorage.getItem(DEVICE_KEY);
    if (known && /^[A-Za-z0-9_-]{16,64}$/.test(known)) return known;
    const id = randomId();
    localStorage.setItem(DEVICE_KEY, id);
    return id;
  } catch {
    return randomId();
  }
}

/**
 * The presenter's key lives in this tab only (sessionStorage): it survives a reload and the move
 * from the facilitator's start page to the presenter view, and never reaches another tab or phone.
 */
export function presenterKey(): string | null {
  try {
    return sessionStorage.getItem(PRESENTER_KEY);
  } catch {
    return null;
  }
}

export function rememberPresenterKey(key: string): void {
  try {
    sessionStorage.setItem(PRESENTER_KEY, key);
  } catch {
    // Without storage the key lasts as long as the page: the facilitator opens the printed URL again.
  }
}
