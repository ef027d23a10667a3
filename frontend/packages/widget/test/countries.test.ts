import { describe, expect, it } from "vitest";
import { internationalNumber } from "../src/countries";

describe("phone numbers", () => {
  it("prefixes the country code and drops the national 0", () => {
    expect(internationalNumber("33", "06 12 34 56 78")).toBe("+33612345678");
    expect(internationalNumber("33", "+1 555 0100")).toBe("+15550100");
    expect(internationalNumber("44", "0044 20 7946 0958")).toBe("+442079460958");
    expect(internationalNumber(undefined, "555-0100")).toBe("5550100");
  });
});
