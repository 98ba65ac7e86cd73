/** Says when the dashboard is signed out, with the way back for this set-up (to be built). */
export function SessionBanner() {
  return null;
}
