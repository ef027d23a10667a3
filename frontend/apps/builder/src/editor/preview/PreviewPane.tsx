/** PreviewPane (being built). */
export function PreviewPane() {
  return null;
}
