import { describe, expect, it } from "vitest";
import {
  type CredentialsField,
  credentialsData,
  fieldProblems,
  googleOutcome,
  groupByKind,
  type StoredCredentials,
} from "./credentialsForm";

const field = (key: string, kind: CredentialsField["kind"] = "text", required = false): CredentialsField => ({
  key,
  label: key,
  kind,
  required,
});

const SMTP = [
  field("host"),
  field("port", "number"),
  field("password", "secret"),
  field("isTlsEnabled", "boolean"),
  field("from.email"),
  field("from.name"),
];

describe("credentialsData", () => {
  it("nests dotted keys, sends numbers as numbers and leaves blanks out", () => {
    const { data, missing } = credentialsData(SMTP, {
      host: " smtp.example.com ",
      port: "587",
      password: "",
      isTlsEnabled: false,
      "from.email": "bot@example.com",
    });
    expect(data).toEqual({ host: "smtp.example.com", port: 587, from: { email: "bot@example.com" } });
    expect(missing).toEqual([]);
  });

  it("sends a ticked box and names the required fields left blank", () => {
    const url = field("url", "text", true);
    expect(credentialsData([url, field("isTlsEnabled", "boolean")], { isTlsEnabled: true })).toEqual({
      data: { isTlsEnabled: true },
      missing: [url],
    });
  });

  it("keeps a number field the server will refuse as typed, so its message names it", () => {
    expect(credentialsData([field("port", "number")], { port: "abc" }).data).toEqual({ port: "abc" });
  });
});

describe("groupByKind", () => {
  const entry = (name: string, type: string): StoredCredentials => ({
    id: name,
    name,
    type,
    workspaceId: "w",
    createdAt: "2026-12-01T00:00:00Z",
  });

  it("groups by kind name, entries by name, unknown types under their own name", () => {
    const groups = groupByKind(
      [entry("b", "openai"), entry("a", "openai"), entry("mail", "smtp"), entry("x", "legacy")],
      [
        { type: "smtp", name: "SMTP", connect: "form", available: true, fields: [] },
        { type: "openai", name: "OpenAI", connect: "form", available: true, fields: [] },
      ],
    );
    expect(groups.map((g) => [g.name, g.entries.map((e) => e.name)])).toEqual([
      ["legacy", ["x"]],
      ["OpenAI", ["a", "b"]],
      ["SMTP", ["mail"]],
    ]);
  });
});

describe("googleOutcome", () => {
  it("reads only the outcomes the server sends", () => {
    expect(googleOutcome("?googleSheets=connected")).toBe("connected");
    expect(googleOutcome("?googleSheets=<script>")).toBeNull();
    expect(googleOutcome("")).toBeNull();
  });
});

describe("fieldProblems", () => {
  it("names the fields of data the server refused", () => {
    const body = {
      message: "Invalid http proxy credentials",
      data: {
        problems: [
          { path: "data.url", message: "must be the proxy's address" },
          { path: "data.from.email", message: "not an email" },
          { path: "name", message: "too long" },
        ],
      },
    };
    expect(fieldProblems(body)).toEqual({ url: "must be the proxy's address", "from.email": "not an email" });
    expect(fieldProblems({ message: "x" })).toEqual({});
    expect(fieldProblems(undefined)).toEqual({});
  });
});
