/** Where embedded videos are played from (pure, so it can be tested). */
import type { VideoContent } from "./types";

const PATTERNS: [VideoContent["type"], RegExp][] = [
  ["youtube", /(?:youtube\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([\w-]{6,})/],
  ["vimeo", /vimeo\.com\/(?:video\/)?(\d+)/],
  ["tiktok", /tiktok\.com\/.*video\/(\d+)/],
  ["gumlet", /gumlet\.(?:tv|io)\/(?:watch|embed)\/([\w-]+)/],
];

/** The video's provider and id, from its fields or read from its URL. */
export function parseVideo(content: VideoContent): { type: NonNullable<VideoContent["type"]>; id?: string } {
  if (content.type && content.type !== "url" && content.id) return { type: content.type, id: content.id };
  for (const [type, pattern] of PATTERNS) {
    const match = content.url ? pattern.exec(content.url) : null;
    if (match) return { type: type!, id: match[1] };
  }
  return { type: "url" };
}

/** The player URL for an embedded video, or undefined for a plain file. */
export function videoEmbedUrl(content: VideoContent): string | undefined {
  const { type, id } = parseVideo(content);
  if (type === "url" || !id) return undefined;
  const query = content.queryParamsStr ? `?${content.queryParamsStr.replace(/^\?/, "")}` : "";
  const base: Record<string, string> = {
    youtube: `https://www.youtube.com/embed/${id}`,
    vimeo: `https://player.vimeo.com/video/${id}`,
    tiktok: `https://www.tiktok.com/embed/v2/${id}`,
    gumlet: `https://play.gumlet.io/embed/${id}`,
  };
  return base[type] + query;
}
