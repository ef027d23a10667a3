/** Which of a bot's screens an address shows. */
export type BotView = "flow" | "theme" | "settings";

/** The screen named by the last part of `/typebots/:typebotId/<edit|theme|settings>`. */
export function botViewOf(pathname: string): BotView {
  if (pathname.endsWith("/theme")) return "theme";
  if (pathname.endsWith("/settings")) return "settings";
  return "flow";
}
