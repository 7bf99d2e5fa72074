/** Register the service worker that keeps the built app for offline use (built app only). */
export function registerOffline() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Without it the app still works online; there is nothing the user needs to do.
    });
  });
}
