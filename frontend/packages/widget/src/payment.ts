/**
 * The payment input: Stripe's Payment Element for the PaymentIntent the server opened. Stripe.js
 * loads from js.stripe.com only when a payment input shows. On success the reply is the success
 * label; the server asks Stripe whether the payment really went through before going on.
 */
import { h } from "./dom";
import type { InputHost } from "./inputs";
import type { ChatInput } from "./types";

/** Where Stripe.js is served from (Stripe asks that it is never bundled or self-hosted). */
export const STRIPE_JS_URL = "https://js.stripe.com/v3";

type Opts = Record<string, any>;

interface StripeAddress {
  country?: string;
  line1?: string;
  line2?: string;
  state?: string;
  city?: string;
  postal_code?: string;
}

/** The payer's details the block gives, as Stripe's `billing_details` (blank ones left out). */
export function billingDetails(options: Opts): Record<string, any> {
  const info: Opts = options.additionalInformation ?? {};
  const details: Record<string, any> = {};
  if (info.name) details.name = info.name;
  if (info.email) details.email = info.email;
  if (info.phoneNumber) details.phone = info.phoneNumber;
  const address: StripeAddress = {};
  const given: Opts = info.address ?? {};
  for (const [from, to] of [
    ["country", "country"],
    ["line1", "line1"],
    ["line2", "line2"],
    ["state", "state"],
    ["city", "city"],
    ["postalCode", "postal_code"],
  ] as const) {
    if (given[from]) address[to] = given[from];
  }
  if (Object.keys(address).length) details.address = address;
  return details;
}

/** The pay button's text: the block's label, then the price (`Pay €12.50`). */
export function payButtonLabel(options: Opts, amountLabel: string | undefined): string {
  return [options.labels?.button || "Pay", amountLabel].filter(Boolean).join(" ");
}

let stripeJs: Promise<any> | undefined;

/** Stripe.js's `Stripe` function, its script added to the page once. */
function loadStripe(): Promise<any> {
  const w = window as any;
  if (w.Stripe) return Promise.resolve(w.Stripe);
  stripeJs ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = STRIPE_JS_URL;
    script.async = true;
    script.onload = () => (w.Stripe ? resolve(w.Stripe) : reject(new Error("Stripe.js did not load")));
    script.onerror = () => {
      stripeJs = undefined;
      reject(new Error("Stripe.js did not load"));
    };
    document.head.appendChild(script);
  });
  return stripeJs;
}

/** The payment form, or an alert when the server could not open a payment. */
export function paymentInput(input: ChatInput, host: InputHost): HTMLElement {
  const o: Opts = input.options ?? {};
  const runtime = input.runtimeOptions;
  if (!runtime?.paymentIntentSecret || !runtime.publicKey) {
    return h("div", { class: "bl-alert", role: "alert" }, "Payment is not available in this chat.");
  }
  const element = h("div", { class: "bl-payment-element" });
  const alert = h("div", { class: "bl-alert", role: "alert", hidden: true });
  const button = h(
    "button",
    { type: "submit", class: "bl-button typebot-button", disabled: true },
    payButtonLabel(o, runtime.amountLabel),
  );
  const fail = (message: string) => {
    alert.textContent = message;
    alert.hidden = false;
  };
  let stripe: any;
  let elements: any;
  const billing = billingDetails(o);
  const form = h(
    "form",
    {
      class: "bl-form bl-framed bl-column bl-payment",
      novalidate: true,
      onsubmit: (async (event: Event) => {
        event.preventDefault();
        if (!stripe || button.disabled) return;
        button.disabled = true;
        alert.hidden = true;
        const { error, paymentIntent } = await stripe.confirmPayment({
          elements,
          confirmParams: { return_url: location.href, payment_method_data: { billing_details: billing } },
          redirect: "if_required",
        });
        if (error || paymentIntent?.status !== "succeeded") {
          button.disabled = false;
          return fail(error?.message || o.retryMessageContent || "Payment failed. Please, try again.");
        }
        const success = o.labels?.success || "Success";
        host.submit({ type: "text", text: success }, success);
      }) as EventListener,
    },
    element,
    alert,
    button,
  );
  loadStripe()
    .then((Stripe) => {
      stripe = Stripe(runtime.publicKey);
      elements = stripe.elements({ clientSecret: runtime.paymentIntentSecret });
      const payment = elements.create("payment", { defaultValues: { billingDetails: billing } });
      payment.mount(element);
      button.disabled = false;
    })
    .catch((error: Error) => fail(error.message));
  return form;
}
