/**
 * A random id for runs and branches. crypto.randomUUID exists only in secure contexts; a workshop
 * laptop serving the app over the local network is not one, so build the id from random bytes.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
