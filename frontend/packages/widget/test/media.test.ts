import { describe, expect, it } from "vitest";
import { videoEmbedUrl } from "../src/media";

describe("videos", () => {
  it("builds player URLs from the type and id, or from the URL", () => {
    expect(videoEmbedUrl({ type: "youtube", id: "dQw4w9WgXcQ", url: "x" })).toBe("https://www.youtube.com/embed/dQw4w9WgXcQ");
    expect(videoEmbedUrl({ url: "https://youtu.be/dQw4w9WgXcQ", queryParamsStr: "start=3" })).toBe(
      "https://www.youtube.com/embed/dQw4w9WgXcQ?start=3",
    );
    expect(videoEmbedUrl({ url: "https://vimeo.com/123456" })).toBe("https://player.vimeo.com/video/123456");
    expect(videoEmbedUrl({ url: "https://www.tiktok.com/@a/video/7012345678" })).toBe("https://www.tiktok.com/embed/v2/7012345678");
    expect(videoEmbedUrl({ url: "https://example.com/clip.mp4", type: "url" })).toBeUndefined();
  });
});
