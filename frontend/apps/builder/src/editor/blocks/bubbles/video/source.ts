/** Which player a video URL needs, like Typebot's: the provider and its video id. */
export interface VideoSource {
  type: "url" | "youtube" | "vimeo" | "tiktok" | "gumlet";
  id?: string;
}

const PROVIDERS: { type: VideoSource["type"]; pattern: RegExp }[] = [
  {
    type: "youtube",
    pattern: /(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([\w-]+)/,
  },
  { type: "vimeo", pattern: /vimeo\.com\/(?:video\/)?(\d+)/ },
  { type: "tiktok", pattern: /tiktok\.com\/@[\w.-]+\/video\/(\d+)/ },
  { type: "gumlet", pattern: /gumlet\.(?:tv\/watch|io\/embed)\/([\w-]+)/ },
];

/** The provider and id of a video URL; a file URL (or anything else) plays as is. */
export function videoSource(url: string | undefined): VideoSource {
  for (const { type, pattern } of PROVIDERS) {
    const match = url?.match(pattern);
    if (match) return { type, id: match[1] };
  }
  return { type: "url" };
}
