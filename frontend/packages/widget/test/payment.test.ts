import { describe, expect, it } from "vitest";
import { billingDetails, payButtonLabel } from "../src/payment";

describe("payment input", () => {
  it("sends the block's payer details as Stripe's billing details", () => {
    const options = {
      additionalInformation: {
        name: "Ada",
        email: "ada@example.com",
        phoneNumber: "+33612345678",
        address: { line1: "1 rue", city: "Paris", postalCode: "75001", country: "" },
      },
    };
    expect(billingDetails(options)).toEqual({
      name: "Ada",
      email: "ada@example.com",
      phone: "+33612345678",
      address: { line1: "1 rue", city: "Paris", postal_code: "75001" },
    });
    expect(billingDetails({})).toEqual({});
  });

  it("labels the pay button with the price", () => {
    expect(payButtonLabel({ labels: { button: "Pay now" } }, "€12.50")).toBe("Pay now €12.50");
    expect(payButtonLabel({}, undefined)).toBe("Pay");
  });
});
