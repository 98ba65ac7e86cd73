/** Says when requests are waiting (rate limited, retrying) while the page stays usable (to be built). */
export function RequestStatus() {
  return null;
}
