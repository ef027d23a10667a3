/** `/typebots/:typebotId/results`: the bot's results table and analytics. */
export function ResultsRoute() {
  return <main className="page" />;
}
