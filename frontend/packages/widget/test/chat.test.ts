import { describe, expect, it } from "vitest";
import { replyText } from "../src/actions";
import { ApiError } from "../src/api";
import { startErrorMessage } from "../src/chat";

describe("start errors", () => {
  it("shows Typebot's messages", () => {
    expect(startErrorMessage(new ApiError(404, "Not Found"))).toBe("The bot you're looking for doesn't exist.");
    expect(startErrorMessage(new ApiError(403, "This origin is not allowed"))).toBe("This origin is not allowed");
    expect(startErrorMessage(new ApiError(500, "Internal Server Error"))).toBe(
      "Error! Couldn't initiate the chat. (Internal Server Error)",
    );
    expect(startErrorMessage(new ApiError(0, "Failed to fetch"))).toBe("Error! Could not reach server. Check your connection.");
  });
});

describe("script results", () => {
  it("sends strings as they are and other values as JSON", () => {
    expect(replyText("hello")).toBe("hello");
    expect(replyText(42)).toBe("42");
    expect(replyText(["a", "b"])).toBe('["a","b"]');
    expect(replyText(undefined)).toBeUndefined();
  });
});
