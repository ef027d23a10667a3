/** SharePanel (being built). */
export function SharePanel() {
  return null;
}
