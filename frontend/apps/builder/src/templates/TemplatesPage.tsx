/** `/templates`: the gallery of starter bots. */
export function TemplatesPage() {
  return <main className="page" />;
}
