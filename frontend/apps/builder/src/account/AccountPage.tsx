/** `/account`: the user's profile and API tokens. */
export function AccountPage() {
  return <main className="page" />;
}
