/** `/typebots/:typebotId/results/analytics`: the bot's analytics (filled by the analytics part). */
import type { LoadedBot } from "../loadedBot";

export function AnalyticsPage(_props: { typebotId: string; bot: LoadedBot }) {
  return <main className="results-page" />;
}
