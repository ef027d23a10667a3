/** VariablesPanel (being built). */
export function VariablesPanel() {
  return null;
}
