import { describe, expect, it } from "vitest";
import { videoSource } from "./source";

describe("videoSource", () => {
  it.each([
    ["https://www.youtube.com/watch?v=botloomdemo", { type: "youtube", id: "botloomdemo" }],
    ["https://youtu.be/abc-123", { type: "youtube", id: "abc-123" }],
    ["https://youtube.com/shorts/xyz_9", { type: "youtube", id: "xyz_9" }],
    ["https://vimeo.com/123456", { type: "vimeo", id: "123456" }],
    ["https://www.tiktok.com/@someone/video/7012", { type: "tiktok", id: "7012" }],
    ["https://gumlet.tv/watch/abc", { type: "gumlet", id: "abc" }],
    ["https://botloom.test/clip.mp4", { type: "url" }],
    [undefined, { type: "url" }],
  ])("reads %s", (url, expected) => {
    expect(videoSource(url)).toEqual(expected);
  });
});
